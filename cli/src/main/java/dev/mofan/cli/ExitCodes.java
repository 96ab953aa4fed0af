package dev.mofan.cli;

/** The exit codes of every {@code mofan} command; scripts rely on them. */
final class ExitCodes {

    /** The command did what was asked. */
    static final int OK = 0;
    /** Something went wrong inside mofan: a bug to report. */
    static final int INTERNAL_ERROR = 1;
    /** The input (a file or an option) is invalid; the problems were printed. */
    static final int INVALID_INPUT = 2;

    private ExitCodes() {
    }
}
