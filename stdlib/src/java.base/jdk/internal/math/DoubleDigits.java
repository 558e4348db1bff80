package jdk.internal.math;

/**
 * The decimal digits that {@code Double.toString} and {@code Float.toString} print, reproducing Java 17's output
 * exactly, and the formatting of those digits in Java's notation.
 *
 * <h2>Design</h2>
 * Java 17 does not print the shortest correctly rounded decimal in every case. Its output (studied on HotSpot 17,
 * which is the oracle) follows these rules, which this class implements with exact integer arithmetic
 * ({@link BigNat}):
 * <ol>
 * <li><b>Free-format digit generation with exclusive bounds.</b> Let {@code v} be the value and {@code m} its
 *     margin: half the gap to the neighbouring values, but a quarter of the upper gap when the significand is a
 *     power of two (the smaller lower gap used on both sides), which Java 17 applies to every such value except
 *     {@code Double.MIN_NORMAL}: also to subnormals, whose gaps are equal, and to {@code Float.MIN_NORMAL}
 *     (hence {@code 8.0948E-320} for 2^-1060 and {@code 1.17549435E-38}). Digits of {@code v}
 *     are produced one at a time; after each, with remainder {@code r} and digit unit {@code s}, generation
 *     stops when {@code r < m} ("low": truncating lands inside the interval) or {@code r + m > s} ("high":
 *     rounding up does). The interval's endpoints themselves never count, even when the even-rounding rule of
 *     parsing would map them back (hence {@code 9.999999999999999E22} for {@code 1e23}).</li>
 * <li><b>Last digit.</b> Only high: round up. Only low: keep. Both: the nearer; on a tie, the even digit.</li>
 * <li><b>Integers below 2^63</b> print their exact decimal digits. Only when the gap between neighbours
 *     ({@code ulp}) is at least 40 are low digits dropped: {@code floor(log10(ulp / 4))} of them, rounding
 *     half up.</li>
 * <li><b>A second digit in E notation.</b> Java 17 estimates the exponent of the first digit (never too
 *     low, one too high just below a power of ten: {@link #estimateExponent}). When the first digit it develops
 *     at that exponent would end generation and the number prints in E notation, it develops a second digit
 *     anyway and rounds that one ({@code 4.9E-324}, not {@code 5.0E-324}; {@code 1.4E-45} for
 *     {@code Float.MIN_VALUE}). When the estimate is one too high, that first digit is 0: it is dropped when
 *     rounding up does not reach the power of ten, and kept (to be rounded up to 1) when it does. These only
 *     show where the margin is a large part of a digit unit: subnormals with few significant bits.</li>
 * <li><b>Machine arithmetic.</b> Where Java 17's estimate says the scaled value, margin and ten digit units fit
 *     a 64-bit (or 32-bit) integer, it generates in that width, and its wrap-arounds show: a sum past 2^63 turns
 *     negative and the last digit is truncated instead of rounded up ({@code 2.0551738933448695E25}: values
 *     near 10^25); a margin that overflows ends generation ({@code 8.3266727E-16} for a float). See
 *     {@link #generateFixed}.</li>
 * </ol>
 * The result is kept as digits {@code d[0..count)} with no trailing zeros (at least one digit) and a decimal
 * exponent {@code exp}: the value is {@code d0.d1d2... * 10^exp}. Instances are mutable scratch objects.
 */
public final class DoubleDigits {
    /** The digits, values 0 to 9, most significant first; valid in {@code [0, count)}. */
    public final byte[] digits = new byte[32];
    /** How many digits are valid. */
    public int count;
    /** The decimal exponent of the first digit. */
    public int exp;
    /** Whether the value was negative (including -0.0). */
    public boolean negative;
    /** Whether the value was zero. */
    public boolean zero;

    /** A new empty digit buffer. */
    public DoubleDigits() {
    }

    /** Fills this buffer with the digits Java prints for the finite double {@code d}. */
    public DoubleDigits setDouble(double d) {
        long bits = Double.doubleToRawLongBits(d);
        negative = bits < 0;
        int be = (int) ((bits >>> 52) & 0x7FF);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        if (be == 0 && frac == 0) {
            setZero();
            return this;
        }
        long f = be == 0 ? frac : frac | (1L << 52);
        int e = be == 0 ? -1074 : be - 1075;
        // Java 17 quarters the margin of every power-of-two significand but the smallest normal's (rule 1).
        generate(f, e, (f & (f - 1)) == 0 && be != 1, 63);
        return this;
    }

    /** Fills this buffer with the digits Java prints for the finite float {@code v}. */
    public DoubleDigits setFloat(float v) {
        int bits = Float.floatToRawIntBits(v);
        negative = bits < 0;
        int be = (bits >>> 23) & 0xFF;
        int frac = bits & 0x7FFFFF;
        if (be == 0 && frac == 0) {
            setZero();
            return this;
        }
        long f = be == 0 ? frac : frac | (1 << 23);
        int e = be == 0 ? -149 : be - 150;
        // Java 17 quarters the margin of every power-of-two significand, subnormal or not (rule 1).
        generate(f, e, (f & (f - 1)) == 0, 63);
        return this;
    }

    private void setZero() {
        zero = true;
        count = 1;
        digits[0] = 0;
        exp = 0;
    }

    /**
     * Generates the digits of {@code f * 2^e}. {@code pow2} says the margin is a quarter of the gap, not half
     * (rule 1); {@code intBits} is the width of the machine integer under which integers print exactly (63).
     */
    private void generate(long f, int e, boolean pow2, int intBits) {
        zero = false;
        int binExp = 63 - Long.numberOfLeadingZeros(f) + e;
        if (e >= 0 ? binExp < intBits : (e > -64 && (f & ((1L << -e) - 1)) == 0)) {
            long iv = e >= 0 ? f << e : f >> -e;
            int drop = 0;
            if (e >= 2) {
                // floor(log10(2^(e-2))): the digits below a quarter gap.
                long q = 1L << (e - 2);
                while (q >= 10) {
                    q /= 10;
                    drop++;
                }
            }
            setLong(iv, drop);
            return;
        }
        if (generateFixed(f, e, pow2, binExp)) {
            return;
        }
        // Exact arithmetic, normalised to the true exponent k, for values too large or small for a long.
        // Units of 2^(e-2): v = 4f units, margin 2 units (1 for powers of two).
        BigNat r = BigNat.of(f).shiftLeft(2);
        BigNat m = BigNat.of(pow2 ? 1 : 2);
        BigNat s = BigNat.of(1);
        if (e - 2 >= 0) {
            r.shiftLeft(e - 2);
            m.shiftLeft(e - 2);
        } else {
            s.shiftLeft(2 - e);
        }
        // floor(binExp * log10(2)) never exceeds the true exponent; fix up afterwards.
        int k = (int) Math.floor(binExp * 0.30102999566398119521);
        if (k >= 0) {
            s.mulPow10(k);
        } else {
            r.mulPow10(-k);
            m.mulPow10(-k);
        }
        BigNat s10 = s.copy().mulSmall(10);
        while (r.compareTo(s10) >= 0) {
            s.set(s10);
            s10.mulSmall(10);
            k++;
        }
        while (r.compareTo(s) < 0) {
            r.mulSmall(10);
            m.mulSmall(10);
            k--;
        }
        exp = k;
        count = 0;
        boolean low = false;
        boolean high = false;
        int estimate = estimateExponent(f, binExp);
        if (estimate > k && BigNat.compareSum(r, m, s10) > 0) {
            // Java 17 sizes its first digit by an estimate that can be one too high just below a power of ten;
            // that first digit is then 0, and is kept (not skipped) when rounding up already reaches 10^(k+1).
            digits[count++] = 0;
            exp = k + 1;
            high = !eNotation(exp);
        }
        while (!high) {
            int q = r.subtractWhileAtLeast(s);
            digits[count++] = (byte) q;
            low = r.compareTo(m) < 0;
            high = BigNat.compareSum(r, m, s) > 0;
            if (count == 1 && estimate == k && eNotation(exp)) {
                // Java 17 never stops after the first digit it develops (at the estimated exponent) for a number
                // it prints in E notation, where "d.0" needs a second digit anyway: it develops (and rounds)
                // that second digit instead.
                low = false;
                high = false;
            }
            if (low || high || count == digits.length) {
                break;
            }
            r.mulSmall(10);
            m.mulSmall(10);
        }
        if (high) {
            boolean up = true;
            if (low) {
                int c = BigNat.compareSum(r, r, s);
                up = c > 0 || (c == 0 && (digits[count - 1] & 1) != 0);
            }
            if (up) {
                roundUp();
            }
        }
        stripZeros();
    }

    /**
     * Java 17's digit generation in 32- or 64-bit integers, used when its size estimate says the scaled value,
     * margin and ten digit units fit: the same free-format generation as {@link #generate}, but starting at the
     * estimated exponent and with the machine's wrap-around in the sums and products. The wrap-arounds show: a
     * sum {@code r + m} past 2^63 turns negative, so rounding up is missed and the last digit is truncated
     * (values near 10^25, whose ten digit units are just below 2^63). Returns false when the values do not fit.
     */
    private boolean generateFixed(long f, int e, boolean pow2, int binExp) {
        int tz = Long.numberOfTrailingZeros(f);
        long odd = f >>> tz;
        int oddBits = 64 - Long.numberOfLeadingZeros(odd);
        int k = estimateExponent(f, binExp);
        // v = odd * 2^(e + tz), margin 2^(e - 1) (2^(e - 2) for powers of two), digit unit 10^k: the three are
        // scaled alike into integers r, m and s, with no factor 2 common to all three, and their size estimated
        // from bit lengths, as Java 17 does (which decides the width, hence where it wraps around).
        int r2 = e + tz;
        int m2 = pow2 ? e - 2 : e - 1;
        int s2 = 0;
        int r5 = 0;
        int s5 = 0;
        if (k >= 0) {
            s5 = k;
            s2 = k;
        } else {
            r5 = -k;
            r2 -= k;
            m2 -= k;
        }
        int common = Math.min(r2, Math.min(s2, m2));
        r2 -= common;
        s2 -= common;
        m2 -= common;
        int rBits = oddBits + r2 + pow5Bits(r5);
        int tensBits = s2 + 1 + pow5Bits(s5 + 1);
        if (rBits >= 64 || tensBits >= 64) {
            return false;
        }
        boolean narrow = rBits < 32 && tensBits < 32;
        long r = odd * pow5(r5) << r2;
        long m = pow5(r5) << m2;
        long s = pow5(s5) << s2;
        long tens = s * 10;
        if (r >= tens) {
            return false; // an estimate too low would need a first digit past 9; the exact path copes
        }
        count = 0;
        exp = k;
        boolean low;
        boolean high;
        boolean first = true;
        do {
            int q = (int) (r / s);
            r = wrap((r % s) * 10, narrow);
            m = wrap(m * 10, narrow);
            if (m > 0) {
                low = r < m;
                high = wrap(r + m, narrow) > tens;
            } else {
                // The margin overflowed: it certainly exceeds both r and the distance to the next unit.
                low = true;
                high = true;
            }
            if (first && q == 0 && !high) {
                exp--; // the estimate was one too high: drop the leading zero
            } else {
                digits[count++] = (byte) q;
            }
            if (first && eNotation(exp)) {
                low = false;
                high = false;
            }
            first = false;
        } while (!low && !high && count < digits.length);
        if (high) {
            long twice = wrap((r << 1) - tens, narrow);
            if (!low || twice > 0 || (twice == 0 && (digits[count - 1] & 1) != 0)) {
                roundUp();
            }
        }
        stripZeros();
        return true;
    }

    /** {@code v} wrapped to 32 bits when {@code narrow}: the arithmetic of an {@code int}. */
    private static long wrap(long v, boolean narrow) {
        return narrow ? (int) v : v;
    }

    /** 5^n for n up to 27. */
    private static long pow5(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 5;
        }
        return p;
    }

    /** The bit length of 5^n (an overestimate past 5^27, where 5^n does not fit a long anyway). */
    private static int pow5Bits(int n) {
        return n <= 27 ? 64 - Long.numberOfLeadingZeros(pow5(n)) : 3 * n;
    }

    /** Whether a number whose first digit has decimal exponent {@code k} prints in E notation. */
    private static boolean eNotation(int k) {
        return k < -3 || k >= 7;
    }

    /**
     * Java 17's estimate of the decimal exponent of {@code f * 2^(binExp - bitLength(f) + 1)}: the floor of
     * log10, with log10 of the significand (scaled into [1, 2)) taken on the tangent line at 1.5. log10 is
     * concave, so the estimate is never too low, and is one too high just below a power of ten. Only the
     * overshoot for tiny subnormals shows in the output (see {@link #generate}).
     */
    private static int estimateExponent(long f, int binExp) {
        int shift = 63 - Long.numberOfLeadingZeros(f);
        double sig = (double) f / (double) (1L << shift);
        return (int) Math.floor((sig - 1.5) * 0.289529654 + 0.176091259 + binExp * 0.301029995663981);
    }

    /** Digits of the positive long {@code v} with {@code drop} low digits removed, rounding half up. */
    private void setLong(long v, int drop) {
        long p = 1;
        for (int i = 0; i < drop; i++) {
            p *= 10;
        }
        long q = v / p;
        if (drop > 0 && (v % p) * 2 >= p) {
            q++;
        }
        byte[] tmp = new byte[20];
        int n = 0;
        while (q != 0) {
            tmp[n++] = (byte) (q % 10);
            q /= 10;
        }
        count = n;
        for (int i = 0; i < n; i++) {
            digits[i] = tmp[n - 1 - i];
        }
        exp = n - 1 + drop;
        stripZeros();
    }

    private void roundUp() {
        int i = count - 1;
        while (i >= 0 && digits[i] == 9) {
            i--;
        }
        if (i < 0) {
            digits[0] = 1;
            count = 1;
            exp++;
        } else {
            digits[i]++;
            count = i + 1;
        }
    }

    private void stripZeros() {
        while (count > 1 && digits[count - 1] == 0) {
            count--;
        }
    }

    /** Appends these digits in Java's {@code Double.toString} notation (sign included). */
    public void appendJava(StringBuilder sb) {
        if (negative) {
            sb.append('-');
        }
        if (zero) {
            sb.append("0.0");
            return;
        }
        if (exp >= -3 && exp < 7) {
            if (exp >= 0) {
                for (int i = 0; i <= exp; i++) {
                    sb.append((char) ('0' + (i < count ? digits[i] : 0)));
                }
                sb.append('.');
                if (count > exp + 1) {
                    for (int i = exp + 1; i < count; i++) {
                        sb.append((char) ('0' + digits[i]));
                    }
                } else {
                    sb.append('0');
                }
            } else {
                sb.append("0.");
                for (int i = -1; i > exp; i--) {
                    sb.append('0');
                }
                for (int i = 0; i < count; i++) {
                    sb.append((char) ('0' + digits[i]));
                }
            }
        } else {
            sb.append((char) ('0' + digits[0]));
            sb.append('.');
            if (count > 1) {
                for (int i = 1; i < count; i++) {
                    sb.append((char) ('0' + digits[i]));
                }
            } else {
                sb.append('0');
            }
            sb.append('E');
            sb.append(exp);
        }
    }

    /** {@code Double.toString(d)}. */
    public static String toJavaString(double d) {
        if (d != d) {
            return "NaN";
        }
        if (d == Double.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (d == Double.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        StringBuilder sb = new StringBuilder(26);
        new DoubleDigits().setDouble(d).appendJava(sb);
        return sb.toString();
    }

    /** {@code Float.toString(f)}. */
    public static String toJavaString(float f) {
        if (f != f) {
            return "NaN";
        }
        if (f == Float.POSITIVE_INFINITY) {
            return "Infinity";
        }
        if (f == Float.NEGATIVE_INFINITY) {
            return "-Infinity";
        }
        StringBuilder sb = new StringBuilder(16);
        new DoubleDigits().setFloat(f).appendJava(sb);
        return sb.toString();
    }
}
