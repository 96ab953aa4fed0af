package dev.mofan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/** Runs the {@code mofan} command and exits with its code. */
public final class Main {

    private Main() {
    }

    /**
     * Runs {@code mofan} with {@code args}. Output is UTF-8 whatever the platform's default, so
     * Chinese messages survive a POSIX locale.
     *
     * @param args the command line's arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code;
        try {
            code = execute(args, out, err);
        } catch (OutOfMemoryError e) {
            // Not an Exception, so picocli's handler never sees it: say what to do, not a stack trace.
            err.println("mofan ran out of memory (Java heap). Give it more, e.g. java -Xmx4g -jar mofan.jar …");
            err.println("mofan 内存不足（Java 堆）。请加大堆内存，例如 java -Xmx4g -jar mofan.jar …");
            code = ExitCodes.INTERNAL_ERROR;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs {@code mofan} with {@code args}, writing to {@code out} and {@code err}; returns the exit code.
     *
     * @param args the command line's arguments
     * @param out where the command's output goes
     * @param err where errors and usage messages go
     * @return the exit code: 0 on success
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(new MofanCommand(), args, out, err);
    }

    /** Runs {@code command} as {@code mofan} runs its own: same output, exit codes and error handling. */
    static int execute(Object command, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(command)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new InternalErrorHandler())
                .setParameterExceptionHandler(Main::badOptions);
        return commandLine.execute(args);
    }

    /** A wrong option or argument: say what, suggest the likely one, point at the help; exit 2. */
    private static int badOptions(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(exception.getMessage());
        UnmatchedArgumentException.printSuggestions(exception, err);
        err.printf("Try '%s --help' for more information.%n", command.getCommandSpec().qualifiedName());
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }
}
