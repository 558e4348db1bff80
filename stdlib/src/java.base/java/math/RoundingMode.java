package java.math;

/**
 * How a discarded fraction is rounded away when a numerical operation must lose precision: the eight policies
 * of the Java SE API, in the order of {@link BigDecimal}'s legacy {@code ROUND_*} constants (0 to 7).
 * Written for Cortado from the API documentation.
 */
public enum RoundingMode {
    /** Away from zero whenever a nonzero fraction is discarded. */
    UP(BigDecimal.ROUND_UP),
    /** Toward zero (truncation). */
    DOWN(BigDecimal.ROUND_DOWN),
    /** Toward positive infinity. */
    CEILING(BigDecimal.ROUND_CEILING),
    /** Toward negative infinity. */
    FLOOR(BigDecimal.ROUND_FLOOR),
    /** To the nearest neighbour, ties away from zero. */
    HALF_UP(BigDecimal.ROUND_HALF_UP),
    /** To the nearest neighbour, ties toward zero. */
    HALF_DOWN(BigDecimal.ROUND_HALF_DOWN),
    /** To the nearest neighbour, ties to the even neighbour (banker's rounding). */
    HALF_EVEN(BigDecimal.ROUND_HALF_EVEN),
    /** Asserts the result is exact: an operation that would have to round throws ArithmeticException. */
    UNNECESSARY(BigDecimal.ROUND_UNNECESSARY);

    /** The legacy {@code BigDecimal.ROUND_*} value. */
    final int oldMode;

    RoundingMode(int oldMode) {
        this.oldMode = oldMode;
    }

    /** The mode for a legacy {@code BigDecimal.ROUND_*} integer constant. */
    public static RoundingMode valueOf(int rm) {
        if (rm < 0 || rm > 7) {
            throw new IllegalArgumentException("argument out of range");
        }
        return values()[rm];
    }
}
