package dev.mofan.core.engine.internal;

import dev.mofan.model.error.Problem;
import dev.mofan.model.error.Violation;
import dev.mofan.model.internal.Paths;

/** A problem's English and Chinese texts, filled as {@link Violation} fills them. */
record Messages(String code, String en, String zh) {

    static Messages of(Problem problem, Object... args) {
        Violation filled = Violation.of(Paths.ROOT, problem, args);
        return new Messages(filled.code(), filled.message(), filled.messageZh());
    }
}
