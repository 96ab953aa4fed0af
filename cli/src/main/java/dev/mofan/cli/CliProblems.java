package dev.mofan.cli;

import dev.mofan.model.error.Problem;

/** Problems with the files a command is pointed at, reported like any other invalid input. */
final class CliProblems {

    static final Problem UNREADABLE = new Problem("file.unreadable",
            "cannot read '%s': %s",
            "无法读取 '%s'：%s");

    static final Problem UNWRITABLE = new Problem("file.unwritable",
            "cannot write '%s': %s",
            "无法写入 '%s'：%s");

    private CliProblems() {
    }
}
