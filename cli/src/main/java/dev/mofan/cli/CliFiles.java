package dev.mofan.cli;

import dev.mofan.core.format.EvidenceFormat;
import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.core.format.SchemeFormat;
import dev.mofan.model.task.TaskCatalogue;
import dev.mofan.core.format.TaskCatalogueFormat;
import dev.mofan.core.tasks.BundledTaskCatalogues;
import dev.mofan.core.schemes.BundledSchemes;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.evidence.Evidence;
import dev.mofan.model.evidence.EvidenceRecord;
import dev.mofan.model.scheme.Scheme;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reading and writing the files commands are pointed at, with every failure reported as a problem line. */
final class CliFiles {

    private static final OrgDirectoryFormat ORGS = OrgDirectoryFormat.ofDefaults();
    private static final EvidenceFormat EVIDENCE = EvidenceFormat.ofDefaults();

    private CliFiles() {
    }

    /** The directory in {@code file}; empty when it has problems, which are printed to {@code out}. */
    static Optional<OrgDirectory> readOrgs(Path file, Language language, PrintWriter out) {
        return read(file, ORGS::read, language, out);
    }

    /** The evidence in {@code file}; empty when it has problems, which are printed to {@code out}. */
    static Optional<Evidence> readEvidence(Path file, Language language, PrintWriter out) {
        return read(file, EVIDENCE::read, language, out);
    }

    /**
     * The records of {@code files}, one after the other; empty when any has problems, which are
     * printed to {@code out}, each after its file's name when there is more than one file.
     */
    static Optional<Evidence> readEvidence(List<Path> files, Language language, PrintWriter out) {
        if (files.size() == 1) {
            return readEvidence(files.get(0), language, out);
        }
        List<EvidenceRecord> records = new ArrayList<>();
        boolean ok = true;
        for (Path file : files) {
            Optional<Evidence> read = read(file, EVIDENCE::read, language, out, file + ": ");
            read.ifPresent(evidence -> records.addAll(evidence.records()));
            ok &= read.isPresent();
        }
        return ok ? Optional.of(Evidence.of(records)) : Optional.empty();
    }

    /**
     * The bundled scheme named {@code idOrFile}, or the scheme in that file; empty when there is
     * neither or the file has problems, which are printed to {@code out}.
     */
    static Optional<Scheme> readScheme(String idOrFile, Language language, PrintWriter out) {
        if (BundledSchemes.IDS.contains(idOrFile)) {
            return BundledSchemes.find(idOrFile);
        }
        Path file = Path.of(idOrFile);
        if (!Files.exists(file)) {
            out.println(Violation.of("$", CliProblems.SCHEME_NOT_FOUND, idOrFile,
                    new Verbatim(String.join(", ", BundledSchemes.IDS))).line(language));
            out.flush();
            return Optional.empty();
        }
        return read(file, SchemeFormat.ofDefaults()::read, language, out);
    }

    /**
     * The bundled task catalogue named {@code idOrFile}, or the catalogue in that file, checked
     * against its scheme when that is a bundled one; empty when there is neither or it has
     * problems, which are printed to {@code out}.
     */
    static Optional<TaskCatalogue> readCatalogue(String idOrFile, Language language, PrintWriter out) {
        if (BundledTaskCatalogues.IDS.contains(idOrFile)) {
            return BundledTaskCatalogues.find(idOrFile);
        }
        Path file = Path.of(idOrFile);
        if (!Files.exists(file)) {
            out.println(Violation.of("$", CliProblems.CATALOGUE_NOT_FOUND, idOrFile,
                    new Verbatim(String.join(", ", BundledTaskCatalogues.IDS))).line(language));
            out.flush();
            return Optional.empty();
        }
        return read(file, path -> {
            TaskCatalogue catalogue = TaskCatalogueFormat.ofDefaults().read(path);
            catalogue.scheme().flatMap(BundledSchemes::find).ifPresent(scheme -> TaskCatalogueFormat.check(catalogue,
                    scheme));
            return catalogue;
        }, language, out);
    }

    /** Reads {@code file} with {@code reader}; empty when it has problems, which are printed to {@code out}. */
    static <T> Optional<T> read(Path file, Function<Path, T> reader, Language language, PrintWriter out) {
        return read(file, reader, language, out, "");
    }

    /** {@link #read(Path, Function, Language, PrintWriter)} with each problem line after {@code prefix}. */
    static <T> Optional<T> read(Path file, Function<Path, T> reader, Language language, PrintWriter out,
            String prefix) {
        try {
            return Optional.of(reader.apply(file));
        } catch (ValidationException e) {
            e.lines(language).forEach(line -> out.println(prefix + line));
        } catch (UncheckedIOException e) {
            out.println(prefix + Violation.of("$", CliProblems.UNREADABLE, file.toString(), reason(e.getCause()))
                    .line(language));
        }
        out.flush();
        return Optional.empty();
    }

    /**
     * Whether {@code file} can be a file to write: not a directory. Checked before a command
     * writes anything, so that it does not write one file and then fail on the next.
     */
    static boolean writable(Path file, Language language, PrintWriter out) {
        if (Files.isDirectory(file)) {
            out.println(Violation.of("$", CliProblems.UNWRITABLE_DIRECTORY, file.toString()).line(language));
            out.flush();
            return false;
        }
        return true;
    }

    /** Writes {@code file} with {@code writer}; false when it cannot, with the problem printed. */
    static boolean write(Path file, Consumer<Path> writer, Language language, PrintWriter out) {
        try {
            writer.accept(file);
            return true;
        } catch (UncheckedIOException e) {
            out.println(Violation.of("$", CliProblems.UNWRITABLE, file.toString(), reason(e.getCause())).line(language));
            out.flush();
            return false;
        }
    }

    /** Writes {@code text} to {@code file} as UTF-8, for {@link #write}. */
    static void text(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Label reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Label.of("文件或目录不存在", "no such file or directory");
        }
        if (e instanceof AccessDeniedException) {
            return Label.of("没有权限", "permission denied");
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return Label.of(fileSystem.getReason(), fileSystem.getReason());
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Label.of(message, message);
    }
}
