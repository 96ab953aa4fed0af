package dev.mofan.core.format.internal;

import dev.mofan.core.rules.RuleRegistry;
import dev.mofan.core.schema.JsonSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the schemas of the built-in rules as {@code NAME.schema.json} into a directory: run by the
 * build (exec-maven-plugin, process-classes) into the jar's {@code dev/mofan/core/schema/}, and by
 * hand into {@code docs/schema/} when a format changes (a test compares the two).
 */
public final class SchemaFiles {

    private SchemaFiles() {
    }

    /**
     * Writes the three schemas into the directory {@code args[0]}, creating it if needed.
     *
     * @param args the directory to write into, as the only argument
     * @throws IOException if the directory or a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        JsonSchemas schemas = JsonSchemas.of(RuleRegistry.ofDefaults());
        for (String name : JsonSchemas.DOCUMENTS) {
            Files.writeString(dir.resolve(fileName(name)), schemas.named(name).orElseThrow(), StandardCharsets.UTF_8);
        }
    }

    /**
     * {@return the file name of the schema of document {@code name}}
     *
     * @param name the document's name, such as {@code scheme}
     */
    public static String fileName(String name) {
        return name + ".schema.json";
    }
}
