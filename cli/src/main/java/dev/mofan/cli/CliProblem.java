package dev.mofan.cli;

import dev.mofan.model.error.Problem;

/** Problems with the files a command is pointed at, reported like any other invalid input. */
enum CliProblem implements Problem {
    UNREADABLE("file.unreadable", "cannot read '%s': %s", "无法读取 '%s'：%s"),
    UNWRITABLE("file.unwritable", "cannot write '%s': %s", "无法写入 '%s'：%s");

    private final String code;
    private final String en;
    private final String zh;

    CliProblem(String code, String en, String zh) {
        this.code = code;
        this.en = en;
        this.zh = zh;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String en() {
        return en;
    }

    @Override
    public String zh() {
        return zh;
    }
}
