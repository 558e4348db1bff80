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
 *     margin: half the gap to the neighbouring values (a quarter of the upper gap when the significand is a
 *     power of two and the value is normal: the smaller lower gap is used on both sides). Digits of {@code v}
 *     are produced one at a time; after each, with remainder {@code r} and digit unit {@code s}, generation
 *     stops when {@code r < m} ("low": truncating lands inside the interval) or {@code r + m > s} ("high":
 *     rounding up does). The interval's endpoints themselves never count, even when the even-rounding rule of
 *     parsing would map them back (hence {@code 9.999999999999999E22} for {@code 1e23}).</li>
 * <li><b>Last digit.</b> Only high: round up. Only low: keep. Both: the nearer; on a tie, the even digit.</li>
 * <li><b>Integers below 2^63</b> print their exact decimal digits. Only when the gap between neighbours
 *     ({@code ulp}) is at least 40 are low digits dropped: {@code floor(log10(ulp / 4))} of them, rounding
 *     half up.</li>
 * <li><b>Tiny subnormals and 64-bit truncations</b>: see {@link #generate}.</li>
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
        generate(f, e, be > 1 && frac == 0, 63);
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
        generate(f, e, be > 1 && frac == 0, 63);
        return this;
    }

    private void setZero() {
        zero = true;
        count = 1;
        digits[0] = 0;
        exp = 0;
    }

    /**
     * Generates the digits of {@code f * 2^e}. {@code pow2} says the lower gap is half the upper one;
     * {@code intBits} is the width of the machine integer under which integers print exactly (63 for double,
     * 31 for float).
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
        boolean low;
        boolean high;
        while (true) {
            int q = r.subtractWhileAtLeast(s);
            digits[count++] = (byte) q;
            low = r.compareTo(m) < 0;
            high = BigNat.compareSum(r, m, s) > 0;
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
