package dev.mofan.core.format.internal;

import dev.mofan.model.error.Violation.Verbatim;
import dev.mofan.model.internal.ModelProblems;
import dev.mofan.model.internal.Violations;
import java.util.HashMap;
import java.util.Map;

/** One id namespace of a document: an id used again is reported where it stands, naming the first place. */
final class IdClaims {

    private final Violations out;
    private final Map<String, String> firstAt = new HashMap<>();

    IdClaims(Violations out) {
        this.out = out;
    }

    /** Claims a good {@code id} read at {@code at}; a broken or absent one is left alone. */
    void claim(Read<String> id, Where at) {
        if (id.ok() && id.present()) {
            String earlier = firstAt.putIfAbsent(id.value(), at.path());
            if (earlier != null) {
                out.add(at.path(), ModelProblems.ID_DUPLICATE, id.value(), new Verbatim(earlier));
            }
        }
    }
}
