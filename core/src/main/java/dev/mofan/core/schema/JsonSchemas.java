package dev.mofan.core.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mofan.core.format.internal.DocumentSchemas;
import dev.mofan.core.rules.RuleRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON Schemas (draft 2020-12) of the three documents a portal sends: a scheme (指标体系), an org
 * tree (组织机构) and evidence (佐证记录), for a front-end that validates forms and uploads before they
 * reach the library. Generated on demand from the readers' own property lists and the model's
 * vocabularies, with the parameters of every rule in the registry, so a plug-in rule on the class
 * path appears in {@link #scheme()}. The same schemas, for the built-in rules, ship in the jar under
 * {@code dev/mofan/core/schema/} and in {@code docs/schema/}.
 *
 * <pre>{@code
 * String schema = JsonSchemas.ofDefaults().scheme();   // hand it to the front-end's validator
 * }</pre>
 *
 * A document the schema accepts may still be refused by the reader (an unknown parent, maxima that
 * do not add up): the reader is the judge, the schema the first check.
 */
public final class JsonSchemas {

    /** The documents there is a schema for, as {@code mofan schema} names them. */
    public static final List<String> DOCUMENTS = List.of("scheme", "orgs", "evidence");

    /** Two-space indents and LF line ends on every platform, so the files in docs/schema/ compare equal. */
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private final RuleRegistry rules;

    private JsonSchemas(RuleRegistry rules) {
        this.rules = rules;
    }

    /** {@return the schemas for the rules the service loader finds: the built-in ones and any plug-in} */
    public static JsonSchemas ofDefaults() {
        return new JsonSchemas(RuleRegistry.ofDefaults());
    }

    /**
     * {@return the schemas for the rules of {@code rules}}
     *
     * @param rules the rules whose parameters the scheme schema describes
     */
    public static JsonSchemas of(RuleRegistry rules) {
        return new JsonSchemas(Objects.requireNonNull(rules, "rules"));
    }

    /** {@return the schema of scheme documents, as JSON text} */
    public String scheme() {
        return text(DocumentSchemas.scheme(rules));
    }

    /** {@return the schema of org documents, as JSON text} */
    public String orgs() {
        return text(DocumentSchemas.orgs());
    }

    /** {@return the schema of evidence documents, as JSON text} */
    public String evidence() {
        return text(DocumentSchemas.evidence());
    }

    /**
     * {@return the schema of the document {@code name}, one of {@link #DOCUMENTS}; empty for another name}
     *
     * @param name the document's name, such as {@code scheme}
     */
    public Optional<String> named(String name) {
        return switch (String.valueOf(name)) {
            case "scheme" -> Optional.of(scheme());
            case "orgs" -> Optional.of(orgs());
            case "evidence" -> Optional.of(evidence());
            default -> Optional.empty();
        };
    }

    private static String text(ObjectNode schema) {
        try {
            return WRITER.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A schema tree always writes", e);
        }
    }
}
