package dev.mofan.core.format;

import dev.mofan.core.format.internal.RegisterDocumentReader;
import dev.mofan.core.format.internal.RegisterDocumentWriter;
import dev.mofan.model.designation.Register;
import java.util.Objects;

/**
 * Reads and writes registers of designations and weak-organisation cases (命名及动态管理台账,
 * docs/designations.md) in JSON or YAML. Reading replays every history through the state machine and
 * reports every problem of the document at once, each at its JSON path, in English and Chinese.
 * Immutable and thread-safe.
 */
public final class RegisterFormat extends DocumentFormat<Register> {

    private RegisterFormat(ReadLimits limits) {
        super(limits, RegisterDocumentReader.SECTIONS, RegisterDocumentReader::read, RegisterDocumentWriter::toTree,
                "register");
    }

    /** {@return a format with the default limits} */
    public static RegisterFormat ofDefaults() {
        return new RegisterFormat(ReadLimits.ofDefaults());
    }

    /**
     * {@return a format with other read limits}
     *
     * @param limits the limits on what a document may hold
     */
    public static RegisterFormat withLimits(ReadLimits limits) {
        return new RegisterFormat(Objects.requireNonNull(limits, "limits"));
    }
}
