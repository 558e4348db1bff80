package java.math;

/**
 * An immutable precision (number of significant decimal digits, 0 meaning unlimited) and rounding mode for
 * {@link BigDecimal} operations, with the IEEE 754R decimal presets. Written for Cortado from the API
 * documentation; {@link #toString()} has the form the documentation fixes, which the string constructor reads.
 */
public final class MathContext implements java.io.Serializable {
    private static final long serialVersionUID = 5579720004786848255L;

    /** Unlimited precision, HALF_UP: the context of exact arithmetic. */
    public static final MathContext UNLIMITED = new MathContext(0, RoundingMode.HALF_UP);
    /** 7 digits, HALF_EVEN (IEEE 754R Decimal32). */
    public static final MathContext DECIMAL32 = new MathContext(7, RoundingMode.HALF_EVEN);
    /** 16 digits, HALF_EVEN (IEEE 754R Decimal64). */
    public static final MathContext DECIMAL64 = new MathContext(16, RoundingMode.HALF_EVEN);
    /** 34 digits, HALF_EVEN (IEEE 754R Decimal128). */
    public static final MathContext DECIMAL128 = new MathContext(34, RoundingMode.HALF_EVEN);

    private final int precision;
    private final RoundingMode roundingMode;

    /** The given precision with HALF_UP rounding. */
    public MathContext(int setPrecision) {
        this(setPrecision, RoundingMode.HALF_UP);
    }

    /** The given precision and rounding mode. */
    public MathContext(int setPrecision, RoundingMode setRoundingMode) {
        if (setPrecision < 0) {
            throw new IllegalArgumentException("Digits < 0");
        }
        if (setRoundingMode == null) {
            throw new NullPointerException("null RoundingMode");
        }
        this.precision = setPrecision;
        this.roundingMode = setRoundingMode;
    }

    /** Reads the form {@link #toString()} produces: {@code precision=7 roundingMode=HALF_UP}. */
    public MathContext(String val) {
        if (val == null) {
            throw new NullPointerException("null String");
        }
        int p;
        RoundingMode rm;
        try {
            if (!val.startsWith("precision=")) {
                throw new RuntimeException();
            }
            int space = val.indexOf(' ');
            p = Integer.parseInt(val.substring(10, space));
            if (!val.startsWith("roundingMode=", space + 1)) {
                throw new RuntimeException();
            }
            rm = RoundingMode.valueOf(val.substring(space + 14));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad string format");
        }
        if (p < 0) {
            throw new IllegalArgumentException("Digits < 0");
        }
        this.precision = p;
        this.roundingMode = rm;
    }

    /** The number of significant digits (0 for unlimited). */
    public int getPrecision() {
        return precision;
    }

    /** The rounding mode. */
    public RoundingMode getRoundingMode() {
        return roundingMode;
    }

    /** Same precision and rounding mode. */
    public boolean equals(Object x) {
        if (!(x instanceof MathContext)) {
            return false;
        }
        MathContext o = (MathContext) x;
        return o.precision == precision && o.roundingMode == roundingMode;
    }

    /** Combines the rounding mode's hash with the precision. */
    public int hashCode() {
        return roundingMode.hashCode() + (precision << 2);
    }

    /** {@code precision=N roundingMode=MODE}. */
    public String toString() {
        return "precision=" + precision + " roundingMode=" + roundingMode;
    }
}
