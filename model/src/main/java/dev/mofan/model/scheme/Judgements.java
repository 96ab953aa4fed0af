package dev.mofan.model.scheme;

import dev.mofan.model.text.Identifiers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * AHP judgements (判断矩阵) a level of a scheme gave instead of its children's maxima (SCORING.md,
 * Weights become maxima): the pairwise matrix over the children in their order, how it was turned
 * into weights, and the consistency ratio found when the scheme was read. The weights themselves are
 * on the children ({@code weight}), unrounded.
 *
 * @param parent the scheme's id (for its dimensions), or the dimension's or indicator's id
 * @param level the children's level: {@code dimension}, {@code indicator} or {@code item}
 * @param matrix the entries as written ({@code 3}, {@code 1/3}), row by row
 * @param method the AHP method's id ({@code eigenvector}, {@code geometric-mean}, {@code arithmetic-mean})
 * @param table the random-index table's id ({@code saaty-1980} …)
 * @param threshold the CR at or below which the judgements are consistent
 * @param allowInconsistent whether the scheme accepts a CR above the threshold
 * @param cr the consistency ratio found
 */
public record Judgements(String parent, String level, List<List<String>> matrix, String method, String table,
        BigDecimal threshold, boolean allowInconsistent, BigDecimal cr) {

    /**
     * Checks the parts and copies the matrix.
     *
     * @param parent the scheme's id (for its dimensions), or the dimension's or indicator's id
     * @param level the children's level: {@code dimension}, {@code indicator} or {@code item}
     * @param matrix the entries as written ({@code 3}, {@code 1/3}), row by row
     * @param method the AHP method's id ({@code eigenvector}, {@code geometric-mean}, {@code arithmetic-mean})
     * @param table the random-index table's id ({@code saaty-1980} …)
     * @param threshold the CR at or below which the judgements are consistent
     * @param allowInconsistent whether the scheme accepts a CR above the threshold
     * @param cr the consistency ratio found
     */
    public Judgements {
        Identifiers.require(parent, "parent");
        if (!List.of("dimension", "indicator", "item").contains(level)) {
            throw new IllegalArgumentException("level is dimension, indicator or item, not " + level);
        }
        List<List<String>> copy = new ArrayList<>();
        matrix.forEach(row -> copy.add(List.copyOf(row)));
        matrix = List.copyOf(copy);
        Identifiers.require(method, "method");
        Identifiers.require(table, "table");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(cr, "cr");
        if (cr.compareTo(threshold) > 0 && !allowInconsistent) {
            throw new IllegalArgumentException("CR " + cr + " is above " + threshold + " and inconsistency is not allowed");
        }
    }
}
