package java.math;

/**
 * Immutable arbitrary-precision signed decimal numbers: an unscaled {@link BigInteger} and a 32-bit scale,
 * the value being {@code unscaled * 10^-scale}, as the Java SE 17 API specifies them.
 *
 * <p>Every operation computes the exact result first (or, for division, enough digits plus a sticky
 * remainder flag) and then rounds once, so results are correctly rounded under each {@link RoundingMode}.
 * The preferred scales of results, the scientific and engineering string forms and the exception messages
 * follow the API documentation and HotSpot 17's observed behaviour. Written for Cortado; nothing here
 * comes from the JDK's sources.
 */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    /** Legacy rounding constant, see {@link RoundingMode#UP}. */
    public static final int ROUND_UP = 0;
    /** Legacy rounding constant, see {@link RoundingMode#DOWN}. */
    public static final int ROUND_DOWN = 1;
    /** Legacy rounding constant, see {@link RoundingMode#CEILING}. */
    public static final int ROUND_CEILING = 2;
    /** Legacy rounding constant, see {@link RoundingMode#FLOOR}. */
    public static final int ROUND_FLOOR = 3;
    /** Legacy rounding constant, see {@link RoundingMode#HALF_UP}. */
    public static final int ROUND_HALF_UP = 4;
    /** Legacy rounding constant, see {@link RoundingMode#HALF_DOWN}. */
    public static final int ROUND_HALF_DOWN = 5;
    /** Legacy rounding constant, see {@link RoundingMode#HALF_EVEN}. */
    public static final int ROUND_HALF_EVEN = 6;
    /** Legacy rounding constant, see {@link RoundingMode#UNNECESSARY}. */
    public static final int ROUND_UNNECESSARY = 7;

    private static final BigDecimal[] SMALL = new BigDecimal[11];

    static {
        for (int i = 0; i <= 10; i++) {
            SMALL[i] = new BigDecimal(BigInteger.valueOf(i), 0);
        }
    }

    /** 0 with scale 0. */
    public static final BigDecimal ZERO = SMALL[0];
    /** 1 with scale 0. */
    public static final BigDecimal ONE = SMALL[1];
    /** 2 with scale 0. */
    public static final BigDecimal TWO = SMALL[2];
    /** 10 with scale 0. */
    public static final BigDecimal TEN = SMALL[10];

    /** Powers of ten, filled on demand. */
    private static BigInteger[] tenPowers = new BigInteger[32];

    private final BigInteger intVal;
    private final int scale;
    /** Number of decimal digits of the unscaled value, 0 until computed. */
    private transient int precision;

    // ---------------------------------------------------------------- construction

    /** The value unscaledVal * 10^-scale. */
    public BigDecimal(BigInteger unscaledVal, int scale) {
        if (unscaledVal == null) {
            throw new NullPointerException();
        }
        this.intVal = unscaledVal;
        this.scale = scale;
    }

    /** The integer value with scale 0. */
    public BigDecimal(BigInteger val) {
        this(val, 0);
    }

    /** unscaledVal * 10^-scale rounded by mc. */
    public BigDecimal(BigInteger unscaledVal, int scale, MathContext mc) {
        this(new BigDecimal(unscaledVal, scale).round(mc));
    }

    /** val rounded by mc. */
    public BigDecimal(BigInteger val, MathContext mc) {
        this(val, 0, mc);
    }

    /** The int value with scale 0. */
    public BigDecimal(int val) {
        this(BigInteger.valueOf(val), 0);
    }

    /** The int value rounded by mc. */
    public BigDecimal(int val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    /** The long value with scale 0. */
    public BigDecimal(long val) {
        this(BigInteger.valueOf(val), 0);
    }

    /** The long value rounded by mc. */
    public BigDecimal(long val, MathContext mc) {
        this(BigInteger.valueOf(val), 0, mc);
    }

    /** The exact decimal expansion of the binary double value (scale 0 for integers). */
    public BigDecimal(double val) {
        this(exactDouble(val));
    }

    /** The exact value of val rounded by mc. */
    public BigDecimal(double val, MathContext mc) {
        this(exactDouble(val).round(mc));
    }

    /** Parses the string form (see {@link #BigDecimal(char[], int, int)}). */
    public BigDecimal(String val) {
        this(parse(val.toCharArray(), 0, val.length()));
    }

    /** Parses the string form, then rounds by mc. */
    public BigDecimal(String val, MathContext mc) {
        this(parse(val.toCharArray(), 0, val.length()).round(mc));
    }

    /** Parses the characters as the string constructor does. */
    public BigDecimal(char[] in) {
        this(parse(in, 0, in.length));
    }

    /** Parses in[offset..offset+len) as the string constructor does. */
    public BigDecimal(char[] in, int offset, int len) {
        this(parse(in, offset, len));
    }

    /** Parses in[offset..offset+len), then rounds by mc. */
    public BigDecimal(char[] in, int offset, int len, MathContext mc) {
        this(parse(in, offset, len).round(mc));
    }

    /** Parses the characters, then rounds by mc. */
    public BigDecimal(char[] in, MathContext mc) {
        this(parse(in, 0, in.length).round(mc));
    }

    private BigDecimal(BigDecimal copy) {
        this.intVal = copy.intVal;
        this.scale = copy.scale;
        this.precision = copy.precision;
    }

    /** The unscaled long with scale 0; 0 to 10 are shared instances. */
    public static BigDecimal valueOf(long val) {
        if (val >= 0 && val <= 10) {
            return SMALL[(int) val];
        }
        return new BigDecimal(BigInteger.valueOf(val), 0);
    }

    /** unscaledVal * 10^-scale. */
    public static BigDecimal valueOf(long unscaledVal, int scale) {
        if (scale == 0) {
            return valueOf(unscaledVal);
        }
        return new BigDecimal(BigInteger.valueOf(unscaledVal), scale);
    }

    /** The value of {@code Double.toString(val)}: the shortest decimal that reads back as val. */
    public static BigDecimal valueOf(double val) {
        return new BigDecimal(Double.toString(val));
    }

    private static BigDecimal exactDouble(double val) {
        if (Double.isNaN(val) || Double.isInfinite(val)) {
            throw new NumberFormatException("Infinite or NaN");
        }
        long bits = Double.doubleToRawLongBits(val);
        int biased = (int) ((bits >>> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        int e;
        if (biased == 0) {
            e = -1074;
        } else {
            m |= 1L << 52;
            e = biased - 1075;
        }
        if (m == 0) {
            return ZERO;
        }
        // Make the mantissa odd so that m * 2^e == (m * 5^-e) * 10^e uses the fewest digits.
        int tz = Long.numberOfTrailingZeros(m);
        m >>>= tz;
        e += tz;
        BigInteger u = BigInteger.valueOf(m);
        if (bits < 0) {
            u = u.negate();
        }
        if (e >= 0) {
            return new BigDecimal(u.shiftLeft(e), 0);
        }
        return new BigDecimal(u.multiply(BigInteger.valueOf(5).pow(-e)), -e);
    }

    /**
     * The string grammar of the API: optional sign, digits with at most one decimal point (at least one
     * digit), then optionally {@code e} or {@code E}, an optional sign and exponent digits. The error
     * messages are HotSpot's.
     */
    private static BigDecimal parse(char[] in, int offset, int len) {
        if (offset < 0 || len < 0 || offset > in.length - len) {
            throw new NumberFormatException("Bad offset or len arguments for char[] input.");
        }
        if (len == 0) {
            throw new NumberFormatException();
        }
        int end = offset + len;
        int i = offset;
        boolean negative = false;
        if (in[i] == '-' || in[i] == '+') {
            negative = in[i] == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder(len);
        boolean dot = false;
        long fraction = 0;
        long exponent = 0;
        for (; i < end; i++) {
            char c = in[i];
            if (c >= '0' && c <= '9' || Character.isDigit(c)) {
                int d = Character.digit(c, 10);
                if (d < 0) {
                    throw new NumberFormatException("Character " + c
                            + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
                }
                digits.append((char) ('0' + d));
                if (dot) {
                    fraction++;
                }
            } else if (c == '.') {
                if (dot) {
                    throw new NumberFormatException("Character array contains more than one decimal point.");
                }
                dot = true;
            } else if (c == 'e' || c == 'E') {
                if (digits.length() == 0) {
                    throw new NumberFormatException("No digits found.");
                }
                exponent = parseExponent(in, i + 1, end);
                break;
            } else {
                throw new NumberFormatException("Character " + c
                        + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        if (digits.length() == 0) {
            throw new NumberFormatException("No digits found.");
        }
        long scale = fraction - exponent;
        if (scale > Integer.MAX_VALUE || scale < Integer.MIN_VALUE) {
            throw new NumberFormatException("Scale out of range.");
        }
        BigInteger u = new BigInteger(digits.toString());
        return new BigDecimal(negative ? u.negate() : u, (int) scale);
    }

    private static long parseExponent(char[] in, int i, int end) {
        if (i >= end) {
            throw new NumberFormatException();
        }
        boolean negative = false;
        if (in[i] == '-' || in[i] == '+') {
            negative = in[i] == '-';
            i++;
        }
        if (i >= end) {
            throw new NumberFormatException();
        }
        while (i < end - 1 && in[i] == '0') {
            i++;
        }
        if (end - i > 10) {
            throw new NumberFormatException("Too many nonzero exponent digits.");
        }
        long v = 0;
        for (; i < end; i++) {
            int d = Character.digit(in[i], 10);
            if (d < 0) {
                throw new NumberFormatException("Not a digit.");
            }
            v = v * 10 + d;
        }
        if (negative) {
            v = -v;
        }
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw new NumberFormatException("Exponent overflow.");
        }
        return v;
    }

    // ---------------------------------------------------------------- helpers

    /** 10^n as a BigInteger, cached for small n. */
    static BigInteger tenPow(int n) {
        if (n < tenPowers.length) {
            BigInteger p = tenPowers[n];
            if (p == null) {
                p = n == 0 ? BigInteger.ONE : BigInteger.TEN.pow(n);
                tenPowers[n] = p;
            }
            return p;
        }
        return BigInteger.TEN.pow(n);
    }

    private static int checkScale(long s) {
        if (s > Integer.MAX_VALUE) {
            throw new ArithmeticException("Underflow");
        }
        if (s < Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow");
        }
        return (int) s;
    }

    /** Decimal digits of |v| (1 for zero), from a bit-length estimate corrected by one comparison. */
    private static int digitLength(BigInteger v) {
        if (v.signum == 0) {
            return 1;
        }
        int bits = v.bitLength();
        if (bits < 63) {
            long x = Math.abs(v.longValue());
            int d = 1;
            long p = 10;
            while (d < 19 && x >= p) {
                d++;
                p *= 10;
            }
            return d;
        }
        // 10^(d-1) <= |v| < 10^d; log10(2) = 0.30102999566...
        int d = (int) ((long) (bits - 1) * 1292913986L >>> 32) + 1;
        if (compareMagnitude(v, tenPow(d)) >= 0) {
            d++;
        }
        return d;
    }

    private static int compareMagnitude(BigInteger a, BigInteger b) {
        return a.abs().compareTo(b.abs());
    }

    /**
     * num / den rounded to an integer by mode; sticky says the true dividend is a little larger in
     * magnitude than num (a nonzero fraction below its last digit), which matters only for ties and exactness.
     */
    private static BigInteger divideAndRound(BigInteger num, BigInteger den, RoundingMode mode, boolean sticky) {
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum == 0 && !sticky) {
            return q;
        }
        int sign = num.signum * den.signum;
        if (sign == 0) {
            sign = num.signum != 0 ? num.signum : 1;
        }
        // cmp: where the discarded fraction lies against one half.
        int cmp;
        if (r.signum == 0) {
            cmp = -1;
        } else {
            cmp = r.abs().shiftLeft(1).compareTo(den.abs());
            if (cmp == 0 && sticky) {
                cmp = 1;
            }
        }
        boolean away;
        switch (mode) {
            case UP:
                away = true;
                break;
            case DOWN:
                away = false;
                break;
            case CEILING:
                away = sign > 0;
                break;
            case FLOOR:
                away = sign < 0;
                break;
            case HALF_UP:
                away = cmp >= 0;
                break;
            case HALF_DOWN:
                away = cmp > 0;
                break;
            case HALF_EVEN:
                away = cmp > 0 || (cmp == 0 && q.testBit(0));
                break;
            default:
                throw new ArithmeticException("Rounding necessary");
        }
        return away ? q.add(BigInteger.valueOf(sign)) : q;
    }

    /** intVal * 10^-scale rounded to prec digits (prec > 0), sticky as in divideAndRound. */
    private static BigDecimal roundTo(BigInteger intVal, long scale, int prec, RoundingMode mode, boolean sticky) {
        int digits = digitLength(intVal);
        int drop = digits - prec;
        if (drop <= 0) {
            if (sticky) {
                // Never happens: callers supply at least one digit beyond the precision when inexact.
                throw new IllegalStateException();
            }
            return new BigDecimal(intVal, checkScale(scale));
        }
        BigInteger q = divideAndRound(intVal, tenPow(drop), mode, sticky);
        scale -= drop;
        if (digitLength(q) > prec) {
            // Rounding carried into a new digit (99.9 -> 100): that last digit is a zero, drop it exactly.
            q = q.divide(BigInteger.TEN);
            scale--;
        }
        return new BigDecimal(q, checkScale(scale));
    }

    /** Removes trailing zeros while the scale stays at or above preferred. */
    private static BigDecimal stripTo(BigInteger v, long scale, long preferred) {
        if (v.signum == 0) {
            return new BigDecimal(v, checkScale(Math.max(Math.min(scale, preferred), Integer.MIN_VALUE)));
        }
        while (scale > preferred) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum != 0) {
                break;
            }
            v = qr[0];
            scale--;
        }
        return new BigDecimal(v, checkScale(scale));
    }

    /** Raises the scale of x toward preferred by appending zeros while the precision stays within prec. */
    private static BigDecimal padTo(BigDecimal x, long preferred, int prec) {
        if (x.scale >= preferred) {
            return x;
        }
        long room = prec == 0 ? preferred - x.scale : Math.min(preferred - x.scale, prec - x.precision());
        if (room <= 0) {
            return x;
        }
        return new BigDecimal(x.intVal.multiply(tenPow((int) room)), checkScale(x.scale + room));
    }

    private BigDecimal aligned(int newScale) {
        return new BigDecimal(intVal.multiply(tenPow(newScale - scale)), newScale);
    }

    // ---------------------------------------------------------------- arithmetic

    /** this + augend, scale max(this.scale(), augend.scale()). */
    public BigDecimal add(BigDecimal augend) {
        if (scale == augend.scale) {
            return new BigDecimal(intVal.add(augend.intVal), scale);
        }
        if (scale < augend.scale) {
            return new BigDecimal(aligned(augend.scale).intVal.add(augend.intVal), augend.scale);
        }
        return new BigDecimal(intVal.add(augend.aligned(scale).intVal), scale);
    }

    /** this + augend rounded by mc. */
    public BigDecimal add(BigDecimal augend, MathContext mc) {
        return add(augend).round(mc);
    }

    /** this - subtrahend, scale max(this.scale(), subtrahend.scale()). */
    public BigDecimal subtract(BigDecimal subtrahend) {
        return add(subtrahend.negate());
    }

    /** this - subtrahend rounded by mc. */
    public BigDecimal subtract(BigDecimal subtrahend, MathContext mc) {
        return add(subtrahend.negate()).round(mc);
    }

    /** this * multiplicand, scale this.scale() + multiplicand.scale(). */
    public BigDecimal multiply(BigDecimal multiplicand) {
        return new BigDecimal(intVal.multiply(multiplicand.intVal), checkScale((long) scale + multiplicand.scale));
    }

    /** this * multiplicand rounded by mc. */
    public BigDecimal multiply(BigDecimal multiplicand, MathContext mc) {
        return multiply(multiplicand).round(mc);
    }

    /** this / divisor with the given scale, rounded by roundingMode. */
    public BigDecimal divide(BigDecimal divisor, int scale, RoundingMode roundingMode) {
        long shift = (long) scale - this.scale + divisor.scale;
        BigInteger num = intVal;
        BigInteger den = divisor.intVal;
        if (shift >= 0) {
            num = num.multiply(tenPow(checkScale(shift)));
        } else {
            den = den.multiply(tenPow(checkScale(-shift)));
        }
        if (den.signum == 0) {
            // HotSpot divides operands that fit in a long as longs, others as BigIntegers: the message says which.
            boolean asLongs = Math.abs(shift) <= 18 && num.bitLength() < 64;
            throw new ArithmeticException(asLongs ? "/ by zero" : "BigInteger divide by zero");
        }
        return new BigDecimal(divideAndRound(num, den, roundingMode, false), scale);
    }

    /** Legacy form of {@link #divide(BigDecimal, int, RoundingMode)}. */
    @Deprecated
    public BigDecimal divide(BigDecimal divisor, int scale, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    /** this / divisor with this.scale(), rounded by roundingMode. */
    public BigDecimal divide(BigDecimal divisor, RoundingMode roundingMode) {
        return divide(divisor, scale, roundingMode);
    }

    /** Legacy form of {@link #divide(BigDecimal, RoundingMode)}. */
    @Deprecated
    public BigDecimal divide(BigDecimal divisor, int roundingMode) {
        return divide(divisor, scale, RoundingMode.valueOf(roundingMode));
    }

    private void checkDivisor(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
        }
    }

    /**
     * The exact quotient, with the smallest scale at or above this.scale() - divisor.scale() that holds it.
     * After dividing out the gcd, the quotient terminates exactly when the divisor has no prime factors
     * but 2 and 5; then multiplying both by 2^i or 5^j makes the divisor a power of ten.
     */
    public BigDecimal divide(BigDecimal divisor) {
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, clampScale(preferred));
        }
        BigInteger a = intVal;
        BigInteger b = divisor.intVal;
        BigInteger g = a.gcd(b);
        a = a.divide(g);
        b = b.divide(g);
        if (b.signum < 0) {
            a = a.negate();
            b = b.negate();
        }
        int twos = b.getLowestSetBit();
        b = b.shiftRight(twos);
        int fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (true) {
            BigInteger[] qr = b.divideAndRemainder(five);
            if (qr[1].signum != 0) {
                break;
            }
            b = qr[0];
            fives++;
        }
        if (!b.equals(BigInteger.ONE)) {
            throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        }
        int k = Math.max(twos, fives);
        // 10^k / (2^twos * 5^fives) == 2^(k - twos) * 5^(k - fives)
        BigInteger factor = BigInteger.ONE.shiftLeft(k - twos).multiply(five.pow(k - fives));
        return new BigDecimal(a.multiply(factor), checkScale(preferred + k));
    }

    private static int clampScale(long s) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, s));
    }

    /**
     * this / divisor rounded to mc's precision. An exact quotient that fits gets the scale nearest to the
     * preferred this.scale() - divisor.scale(); an inexact one has exactly mc.getPrecision() digits.
     */
    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        int prec = mc.getPrecision();
        if (prec == 0) {
            return divide(divisor);
        }
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        if (signum() == 0) {
            return new BigDecimal(BigInteger.ZERO, clampScale(preferred));
        }
        // Scale the dividend so that the integer quotient has at least prec + 1 digits.
        long k = (long) prec + 1 + digitLength(divisor.intVal) - digitLength(intVal);
        BigInteger num = intVal;
        BigInteger den = divisor.intVal;
        if (k > 0) {
            num = num.multiply(tenPow((int) k));
        } else if (k < 0) {
            den = den.multiply(tenPow((int) -k));
        }
        BigInteger[] qr = num.divideAndRemainder(den);
        long qScale = preferred + k;
        boolean exact = qr[1].signum == 0;
        if (exact) {
            BigDecimal stripped = stripTo(qr[0], qScale, preferred);
            if (stripped.precision() <= prec) {
                return padTo(stripped, preferred, prec);
            }
        }
        return roundTo(qr[0], qScale, prec, mc.getRoundingMode(), !exact);
    }

    /** The integer part of this / divisor (truncated), with preferred scale this.scale() - divisor.scale(). */
    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        checkDivisor(divisor);
        long preferred = (long) scale - divisor.scale;
        long shift = (long) divisor.scale - scale;
        BigInteger num = intVal;
        BigInteger den = divisor.intVal;
        if (shift >= 0) {
            num = num.multiply(tenPow(checkScale(shift)));
        } else {
            den = den.multiply(tenPow(checkScale(-shift)));
        }
        BigInteger q = num.divide(den);
        if (preferred >= 0) {
            return new BigDecimal(q.multiply(tenPow((int) preferred)), (int) preferred);
        }
        return stripTo(q, 0, preferred);
    }

    /** The integer part of this / divisor, rounded by mc if it needs more digits than mc allows. */
    public BigDecimal divideToIntegralValue(BigDecimal divisor, MathContext mc) {
        BigDecimal q = divideToIntegralValue(divisor);
        if (mc.getPrecision() > 0 && q.stripTrailingZeros().precision() > mc.getPrecision()
                && q.stripTrailingZeros().scale() <= 0) {
            throw new ArithmeticException("Division impossible");
        }
        return mc.getPrecision() > 0 && q.precision() > mc.getPrecision() ? q.stripTrailingZeros() : q;
    }

    /** this - divideToIntegralValue(divisor) * divisor. */
    public BigDecimal remainder(BigDecimal divisor) {
        return divideAndRemainder(divisor)[1];
    }

    /** Remainder with the integral quotient computed under mc. */
    public BigDecimal remainder(BigDecimal divisor, MathContext mc) {
        return divideAndRemainder(divisor, mc)[1];
    }

    /** {divideToIntegralValue(divisor), remainder(divisor)}. */
    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    /** {divideToIntegralValue(divisor, mc), the matching remainder}. */
    public BigDecimal[] divideAndRemainder(BigDecimal divisor, MathContext mc) {
        BigDecimal q = divideToIntegralValue(divisor, mc);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }

    /** this^n exactly, for n in 0..999999999; scale this.scale() * n. */
    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        return new BigDecimal(intVal.pow(n), checkScale((long) scale * n));
    }

    /** this^n rounded by mc; a negative n divides one by this^-n under mc. */
    public BigDecimal pow(int n, MathContext mc) {
        if (mc.getPrecision() == 0) {
            return pow(n);
        }
        if (n < -999999999 || n > 999999999) {
            throw new ArithmeticException("Invalid operation");
        }
        if (n == 0) {
            return ONE;
        }
        if (n > 0) {
            return pow(n).round(mc);
        }
        MathContext work = new MathContext(mc.getPrecision() + 10, mc.getRoundingMode());
        return ONE.divide(pow(-n), work).round(mc);
    }

    /**
     * The square root rounded by mc, with preferred scale this.scale() / 2: the root of the scaled
     * unscaled value is taken as an integer square root with two guard digits and a sticky digit, rounded
     * once, then trailing zeros are trimmed toward the preferred scale.
     */
    public BigDecimal sqrt(MathContext mc) {
        int sig = signum();
        if (sig < 0) {
            throw new ArithmeticException("Attempted square root of negative BigDecimal");
        }
        long preferred = scale / 2;
        if (sig == 0) {
            return new BigDecimal(BigInteger.ZERO, (int) preferred);
        }
        int prec = mc.getPrecision();
        int work = (prec == 0 ? precision() / 2 + 1 : prec) + 2;
        // Result scale t with 2t - scale >= 0 and enough digits in floor(sqrt(intVal * 10^(2t - scale))).
        long t = Math.max((scale + 1) / 2, ((long) 2 * work - precision() + scale + 1) / 2 + 1);
        if (prec == 0) {
            t = Math.max(t, (long) precision() + Math.abs((long) scale));
        }
        BigInteger n = intVal.multiply(tenPow(checkScale(2 * t - scale)));
        BigInteger root = n.sqrt();
        boolean exact = root.multiply(root).equals(n);
        BigDecimal r;
        if (prec == 0) {
            if (!exact) {
                throw new ArithmeticException("Computed square root not exact.");
            }
            r = new BigDecimal(root, checkScale(t));
        } else {
            if (mc.getRoundingMode() == RoundingMode.UNNECESSARY
                    && (!exact || stripTo(root, t, Long.MIN_VALUE).precision() > prec)) {
                throw new ArithmeticException("Computed square root not exact.");
            }
            BigInteger withSticky = exact ? root : root.multiply(BigInteger.TEN).add(BigInteger.ONE);
            r = roundTo(withSticky, exact ? t : t + 1, prec, mc.getRoundingMode(), false);
        }
        BigDecimal stripped = stripTo(r.intVal, r.scale, Long.MIN_VALUE);
        return padTo(stripped, preferred, prec);
    }

    /** |this|. */
    public BigDecimal abs() {
        return signum() < 0 ? negate() : this;
    }

    /** |this| rounded by mc. */
    public BigDecimal abs(MathContext mc) {
        return abs().round(mc);
    }

    /** -this. */
    public BigDecimal negate() {
        return new BigDecimal(intVal.negate(), scale);
    }

    /** -this rounded by mc. */
    public BigDecimal negate(MathContext mc) {
        return negate().round(mc);
    }

    /** this. */
    public BigDecimal plus() {
        return this;
    }

    /** this rounded by mc. */
    public BigDecimal plus(MathContext mc) {
        return round(mc);
    }

    /** -1, 0 or 1. */
    public int signum() {
        return intVal.signum;
    }

    /** The scale. */
    public int scale() {
        return scale;
    }

    /** The number of digits of the unscaled value (1 for zero). */
    public int precision() {
        int p = precision;
        if (p == 0) {
            p = digitLength(intVal);
            precision = p;
        }
        return p;
    }

    /** The unscaled value. */
    public BigInteger unscaledValue() {
        return intVal;
    }

    /** This rounded to mc's precision (unchanged when it already fits or the precision is 0). */
    public BigDecimal round(MathContext mc) {
        int prec = mc.getPrecision();
        if (prec == 0 || precision() <= prec) {
            return this;
        }
        return roundTo(intVal, scale, prec, mc.getRoundingMode(), false);
    }

    /** The same value with the new scale, rounding by roundingMode when digits are dropped. */
    public BigDecimal setScale(int newScale, RoundingMode roundingMode) {
        if (newScale == scale) {
            return this;
        }
        if (newScale > scale) {
            return new BigDecimal(intVal.multiply(tenPow(checkScale((long) newScale - scale))), newScale);
        }
        if (intVal.signum == 0) {
            return new BigDecimal(intVal, newScale);
        }
        long drop = (long) scale - newScale;
        if (drop > (long) precision() + 1) {
            // Everything is dropped: only the sign and the mode matter.
            return new BigDecimal(divideAndRound(BigInteger.valueOf(signum()), BigInteger.TEN, roundingMode, true),
                    newScale);
        }
        return new BigDecimal(divideAndRound(intVal, tenPow((int) drop), roundingMode, false), newScale);
    }

    /** Legacy form of {@link #setScale(int, RoundingMode)}. */
    @Deprecated
    public BigDecimal setScale(int newScale, int roundingMode) {
        return setScale(newScale, RoundingMode.valueOf(roundingMode));
    }

    /** The same value with the new scale; ArithmeticException if that would need rounding. */
    public BigDecimal setScale(int newScale) {
        return setScale(newScale, RoundingMode.UNNECESSARY);
    }

    /** this * 10^-n, with scale max(this.scale() + n, 0). */
    public BigDecimal movePointLeft(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal r = new BigDecimal(intVal, checkScale((long) scale + n));
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    /** this * 10^n, with scale max(this.scale() - n, 0). */
    public BigDecimal movePointRight(int n) {
        if (n == 0) {
            return this;
        }
        BigDecimal r = new BigDecimal(intVal, checkScale((long) scale - n));
        return r.scale < 0 ? r.setScale(0, RoundingMode.UNNECESSARY) : r;
    }

    /** this * 10^n, same unscaled value with scale this.scale() - n. */
    public BigDecimal scaleByPowerOfTen(int n) {
        return new BigDecimal(intVal, checkScale((long) scale - n));
    }

    /** The same value with all trailing zeros of the unscaled value removed; zero becomes 0 (scale 0). */
    public BigDecimal stripTrailingZeros() {
        if (intVal.signum == 0) {
            return ZERO;
        }
        return stripTo(intVal, scale, Long.MIN_VALUE);
    }

    // ---------------------------------------------------------------- comparison

    /** Numerical comparison, ignoring scale (2.0 equals 2.00 here). */
    public int compareTo(BigDecimal val) {
        int s1 = signum();
        int s2 = val.signum();
        if (s1 != s2) {
            return s1 < s2 ? -1 : 1;
        }
        if (s1 == 0) {
            return 0;
        }
        // Different adjusted exponents decide without aligning the scales.
        long adj1 = (long) precision() - scale;
        long adj2 = (long) val.precision() - val.scale;
        if (adj1 != adj2) {
            return (adj1 < adj2 ? -1 : 1) * s1;
        }
        if (scale == val.scale) {
            return intVal.compareTo(val.intVal);
        }
        if (scale < val.scale) {
            return aligned(val.scale).intVal.compareTo(val.intVal);
        }
        return intVal.compareTo(val.aligned(scale).intVal);
    }

    /** Equal value and equal scale (2.0 does not equal 2.00). */
    public boolean equals(Object x) {
        if (x == this) {
            return true;
        }
        if (!(x instanceof BigDecimal)) {
            return false;
        }
        BigDecimal o = (BigDecimal) x;
        return scale == o.scale && intVal.equals(o.intVal);
    }

    /** 31 * unscaledValue().hashCode() + scale(), as HotSpot computes it. */
    public int hashCode() {
        return 31 * intVal.hashCode() + scale;
    }

    /** The smaller (this when equal by compareTo). */
    public BigDecimal min(BigDecimal val) {
        return compareTo(val) <= 0 ? this : val;
    }

    /** The larger (this when equal by compareTo). */
    public BigDecimal max(BigDecimal val) {
        return compareTo(val) >= 0 ? this : val;
    }

    /** One unit in the last place: 1 with this scale. */
    public BigDecimal ulp() {
        return new BigDecimal(BigInteger.ONE, scale);
    }

    // ---------------------------------------------------------------- strings

    /**
     * The canonical form: plain digits when the scale is non-negative and the adjusted exponent
     * (-scale + digits - 1) is at least -6, otherwise one digit, the rest after a point, and
     * {@code E} with a signed adjusted exponent.
     */
    public String toString() {
        return layout(true);
    }

    /** As {@link #toString()}, but an exponent is a multiple of three with one to three integer digits. */
    public String toEngineeringString() {
        return layout(false);
    }

    private String layout(boolean sci) {
        String coeff = intVal.abs().toString();
        StringBuilder sb = new StringBuilder(coeff.length() + 16);
        if (intVal.signum < 0) {
            sb.append('-');
        }
        if (scale == 0) {
            return sb.append(coeff).toString();
        }
        int len = coeff.length();
        long adjusted = -(long) scale + (len - 1);
        if (scale > 0 && adjusted >= -6) {
            appendPlainFraction(sb, coeff, scale);
            return sb.toString();
        }
        if (sci) {
            sb.append(coeff.charAt(0));
            if (len > 1) {
                sb.append('.').append(coeff, 1, len);
            }
        } else if (intVal.signum == 0) {
            int sig = (int) Math.floorMod(adjusted, 3L);
            if (sig == 1) {
                sb.append("0.00");
                adjusted += 2;
            } else if (sig == 2) {
                sb.append("0.0");
                adjusted += 1;
            } else {
                sb.append('0');
            }
        } else {
            int sig = (int) Math.floorMod(adjusted, 3L);
            adjusted -= sig;
            int intDigits = sig + 1;
            if (len <= intDigits) {
                sb.append(coeff);
                for (int i = len; i < intDigits; i++) {
                    sb.append('0');
                }
            } else {
                sb.append(coeff, 0, intDigits).append('.').append(coeff, intDigits, len);
            }
        }
        if (adjusted != 0) {
            sb.append('E');
            if (adjusted > 0) {
                sb.append('+');
            }
            sb.append(adjusted);
        }
        return sb.toString();
    }

    /** coeff with a decimal point scale digits from its right, zero-padded on the left as needed. */
    private static void appendPlainFraction(StringBuilder sb, String coeff, int scale) {
        int len = coeff.length();
        if (len > scale) {
            sb.append(coeff, 0, len - scale).append('.').append(coeff, len - scale, len);
        } else {
            sb.append("0.");
            for (int i = len; i < scale; i++) {
                sb.append('0');
            }
            sb.append(coeff);
        }
    }

    /** The value without an exponent (zeros appended for a negative scale, except for zero itself). */
    public String toPlainString() {
        String coeff = intVal.abs().toString();
        StringBuilder sb = new StringBuilder(coeff.length() + 16);
        if (intVal.signum < 0) {
            sb.append('-');
        }
        if (scale <= 0) {
            sb.append(coeff);
            if (intVal.signum != 0) {
                for (int i = 0; i < -(long) scale; i++) {
                    sb.append('0');
                }
            }
            return sb.toString();
        }
        appendPlainFraction(sb, coeff, scale);
        return sb.toString();
    }

    // ---------------------------------------------------------------- conversions

    /** The integer part (fraction discarded). */
    public BigInteger toBigInteger() {
        return setScale(0, RoundingMode.DOWN).intVal;
    }

    /** The integer value; ArithmeticException if there is a nonzero fraction. */
    public BigInteger toBigIntegerExact() {
        return setScale(0, RoundingMode.UNNECESSARY).intVal;
    }

    /** The low 32 bits of the integer part. */
    public int intValue() {
        return (int) integerPartLow64();
    }

    /** The low 64 bits of the integer part. */
    public long longValue() {
        return integerPartLow64();
    }

    private long integerPartLow64() {
        if (intVal.signum == 0) {
            return 0;
        }
        if (scale < 0 && (long) -scale >= 64) {
            // A multiple of 10^64 is a multiple of 2^64: the low 64 bits are zero.
            return 0;
        }
        return toBigInteger().longValue();
    }

    /** The value as a long, or ArithmeticException ("Rounding necessary" or "Overflow"). */
    public long longValueExact() {
        if (intVal.signum == 0) {
            return 0;
        }
        if ((long) precision() - scale > 19) {
            throw new ArithmeticException("Overflow");
        }
        BigInteger i = toBigIntegerExact();
        if (i.bitLength() > 63) {
            throw new ArithmeticException("Overflow");
        }
        return i.longValue();
    }

    /** The value as an int, or ArithmeticException ("Rounding necessary" or "Overflow"). */
    public int intValueExact() {
        return (int) exactWithin(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** The value as a short, or ArithmeticException ("Rounding necessary" or "Overflow"). */
    public short shortValueExact() {
        return (short) exactWithin(Short.MIN_VALUE, Short.MAX_VALUE);
    }

    /** The value as a byte, or ArithmeticException ("Rounding necessary" or "Overflow"). */
    public byte byteValueExact() {
        return (byte) exactWithin(Byte.MIN_VALUE, Byte.MAX_VALUE);
    }

    private long exactWithin(long min, long max) {
        long v = longValueExact();
        if (v < min || v > max) {
            throw new ArithmeticException("Overflow");
        }
        return v;
    }

    /** The nearest double (ties to even), infinite when too large. */
    public double doubleValue() {
        return binary(false);
    }

    /** The nearest float (ties to even), infinite when too large. */
    public float floatValue() {
        return (float) binary(true);
    }

    /**
     * Correct rounding of unscaled * 10^-scale: for a negative scale the integer is exact; otherwise the
     * quotient (unscaled * 2^k) / 10^scale is taken with at least 65 bits and a sticky bit for the remainder,
     * and BigInteger's binary rounding finishes (including subnormals).
     */
    private double binary(boolean asFloat) {
        int sig = intVal.signum;
        if (sig == 0) {
            return 0.0;
        }
        long adjusted = (long) precision() - 1 - scale;
        if (adjusted > 400) {
            return sig * Double.POSITIVE_INFINITY;
        }
        if (adjusted < -400) {
            return sig * 0.0;
        }
        if (scale <= 0) {
            BigInteger v = intVal.multiply(tenPow(-scale));
            return asFloat ? v.floatValue() : v.doubleValue();
        }
        BigInteger den = tenPow(scale);
        BigInteger num = intVal.abs();
        int k = Math.max(0, 65 + den.bitLength() - num.bitLength());
        BigInteger[] qr = num.shiftLeft(k).divideAndRemainder(den);
        return BigInteger.roundBinary(qr[0].mag, -k, qr[1].signum != 0, sig < 0, asFloat);
    }
}
