package dev.mofan.core.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The input of the entropy method: a decision matrix (rows alternatives, columns criteria) and the
 * direction of each criterion (read by min-max normalisation).
 *
 * @param matrix at least 2 rows of the same length, at least 1 column
 * @param directions one per column
 */
public record EntropyInput(List<List<BigDecimal>> matrix, List<Direction> directions) {

    /**
     * Copies the lists and checks the shape.
     *
     * @param matrix at least 2 rows of the same length, at least 1 column
     * @param directions one per column
     */
    public EntropyInput {
        matrix = TopsisInput.rectangular(matrix, 2);
        directions = List.copyOf(directions);
        if (directions.size() != matrix.get(0).size()) {
            throw new IllegalArgumentException("One direction per column");
        }
    }

    /**
     * {@return the input of {@code matrix} with every criterion a benefit one}
     *
     * @param matrix the decision matrix, rows alternatives and columns criteria
     */
    public static EntropyInput of(List<List<BigDecimal>> matrix) {
        List<Direction> benefit = new ArrayList<>();
        matrix.get(0).forEach(x -> benefit.add(Direction.BENEFIT));
        return new EntropyInput(matrix, benefit);
    }
}
