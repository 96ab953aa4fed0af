package dev.mofan.cli;

import dev.mofan.core.schema.JsonSchemas;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mofan schema scheme|orgs|evidence}: the JSON Schema of a document format, for a front-end. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = MofanCommand.Version.class,
        description = {"Print the JSON Schema (draft 2020-12) of a document format, with the parameters of every "
                + "rule on the class path, for a front-end that checks forms and uploads (docs/schema/).",
            "The reader stays the judge: a document the schema accepts may still be refused for a reference, "
                + "a duplicate id or maxima that do not add up."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption lang;

    @Parameters(index = "0", paramLabel = "DOCUMENT", completionCandidates = Documents.class,
            description = "scheme (指标体系), orgs (组织机构) or evidence (佐证记录)")
    private String document;

    @Override
    public Integer call() {
        Optional<String> schema = JsonSchemas.ofDefaults().named(document);
        if (schema.isEmpty()) {
            CliProblems.option(spec.commandLine().getErr(), lang.language, CliProblems.SCHEMA_DOCUMENT, document,
                    String.join(", ", JsonSchemas.DOCUMENTS));
            return ExitCodes.INVALID_INPUT;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(schema.get());
        out.flush();
        return ExitCodes.OK;
    }

    /** The document names, for help and shell completion. */
    static final class Documents implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return JsonSchemas.DOCUMENTS.iterator();
        }
    }
}
