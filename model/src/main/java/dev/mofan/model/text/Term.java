package dev.mofan.model.text;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A word of the library's fixed vocabulary: an enumeration constant with the id it has in
 * documents (for example {@code general-branch}) and a bilingual label ({@code 党总支} /
 * {@code general branch}).
 *
 * <p>Implementations are enums. A term's id is its constant's name in lower case with hyphens
 * ({@code GENERAL_BRANCH} → {@code general-branch}); ids are part of the document formats and
 * never change.
 */
public interface Term {

    /** {@return the id of this term in documents and on the command line} */
    default String id() {
        return TermIds.named(this);
    }

    /** {@return the name of this term in Chinese and English} */
    Label label();

    /**
     * {@return the constant of {@code type} whose {@link #id()} is {@code id}, if any}
     *
     * @param <E> the enum type
     * @param type the enum class of the vocabulary
     * @param id the id in documents, such as {@code general-branch}; {@code null} gives empty
     */
    static <E extends Enum<E> & Term> Optional<E> find(Class<E> type, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(type.cast(TermIds.find(type, id)));
    }

    /**
     * {@return the ids of all constants of {@code type}, in declaration order, joined by {@code ", "}}
     *
     * @param <E> the enum type
     * @param type the enum class of the vocabulary
     */
    static <E extends Enum<E> & Term> String ids(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Term::id).collect(Collectors.joining(", "));
    }
}
