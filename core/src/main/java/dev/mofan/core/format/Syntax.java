package dev.mofan.core.format;

import dev.mofan.model.text.Label;
import dev.mofan.model.text.Term;
import java.nio.file.Path;
import java.util.Locale;

/** The syntaxes a document can be written in. */
public enum Syntax implements Term {
    /** JSON (RFC 8259), UTF-8. */
    JSON("JSON", "JSON"),
    /** YAML 1.1 as read by SnakeYAML, UTF-8; aliases are not accepted. */
    YAML("YAML", "YAML");

    private final Label label;

    Syntax(String zh, String en) {
        this.label = Label.of(zh, en);
    }

    @Override
    public Label label() {
        return label;
    }

    /**
     * {@return YAML for a name ending in {@code .yaml} or {@code .yml} (any case), JSON otherwise}
     *
     * @param file the file
     */
    public static Syntax of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
    }
}
