package dev.mofan.cli;

import dev.mofan.model.error.MofanException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escaped a command into exit code 1 and one line on standard error;
 * the stack trace only with {@code MOFAN_DEBUG=1}. Invalid input never gets here: commands report
 * it themselves with exit code 2. A {@link MofanException} that escapes is a problem with the
 * set-up rather than a bug (two plug-ins on the class path claiming one rule id): its message, exit
 * code 2.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        if (exception instanceof MofanException) {
            commandLine.getErr().println("error: " + exception.getMessage());
            commandLine.getErr().flush();
            return ExitCodes.INVALID_INPUT;
        }
        commandLine.getErr().println("internal error: " + exception
                + " (please report it; set MOFAN_DEBUG=1 for the stack trace)");
        if ("1".equals(System.getenv("MOFAN_DEBUG"))) {
            exception.printStackTrace(commandLine.getErr());
        }
        commandLine.getErr().flush();
        return ExitCodes.INTERNAL_ERROR;
    }
}
