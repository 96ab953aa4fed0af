package dev.mofan.cli;

import dev.mofan.model.text.Language;
import picocli.CommandLine.Option;

/** The {@code --lang} option shared by commands that print problems. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Language of problem messages: en or zh (default: ${DEFAULT-VALUE}).")
    Language language;
}
