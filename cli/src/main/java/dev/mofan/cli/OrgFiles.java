package dev.mofan.cli;

import dev.mofan.core.format.OrgDirectoryFormat;
import dev.mofan.model.directory.OrgDirectory;
import dev.mofan.model.error.ValidationException;
import dev.mofan.model.error.Violation;
import dev.mofan.model.text.Label;
import dev.mofan.model.text.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reading and writing the files commands are pointed at, with every failure reported as a problem line. */
final class OrgFiles {

    private static final OrgDirectoryFormat FORMAT = OrgDirectoryFormat.ofDefaults();

    private OrgFiles() {
    }

    /** The directory in {@code file}; empty when it has problems, which are printed to {@code out}. */
    static Optional<OrgDirectory> readOrgs(Path file, Language language, PrintWriter out) {
        try {
            return Optional.of(FORMAT.read(file));
        } catch (ValidationException e) {
            e.lines(language).forEach(out::println);
        } catch (UncheckedIOException e) {
            out.println(Violation.of("$", CliProblems.UNREADABLE, file.toString(), reason(e.getCause())).line(language));
        }
        out.flush();
        return Optional.empty();
    }

    /** Writes {@code directory} to {@code file}; false when it cannot, with the problem printed. */
    static boolean writeOrgs(OrgDirectory directory, Path file, Language language, PrintWriter out) {
        try {
            FORMAT.write(directory, file);
            return true;
        } catch (UncheckedIOException e) {
            out.println(Violation.of("$", CliProblems.UNWRITABLE, file.toString(), reason(e.getCause())).line(language));
            out.flush();
            return false;
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
