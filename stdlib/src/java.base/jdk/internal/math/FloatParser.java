package jdk.internal.math;

/**
 * {@code Double.parseDouble} and {@code Float.parseFloat}: Java's floating literal syntax (sign, decimal digits
 * with an optional point and exponent, {@code NaN}, {@code Infinity}, hexadecimal {@code 0x1.8p1}, a trailing
 * {@code f}/{@code F}/{@code d}/{@code D}, surrounding characters up to {@code ' '} ignored), converted with
 * correct rounding (round half to even) straight to the target format, so floats are never double-rounded.
 *
 * <h2>Design</h2>
 * The syntax pass collects the significant decimal digits (at most {@link #MAX_DIGITS}; any further non-zero
 * digit only sets a sticky flag, which cannot change the rounding because no halfway point between two doubles
 * has that many significant digits) and a decimal exponent. Small cases (few digits, small exponent) take the
 * classic exact fast path: one correctly rounded multiplication or division of two exactly representable
 * values. Everything else is exact: the value is the fraction {@code N / D} of two {@link BigNat}s, whose binary
 * exponent is found by comparison, and the quotient at the target precision (fewer bits for subnormals) is
 * rounded with the remainder. Failures throw {@code NumberFormatException} with HotSpot's messages.
 */
public final class FloatParser {
    /** Significant decimal digits kept before the rest only counts as sticky. */
    private static final int MAX_DIGITS = 800;

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
        1e19, 1e20, 1e21, 1e22,
    };
    private static final float[] POW10F = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};

    private FloatParser() {
    }

    /** {@code Double.parseDouble(s)}. */
    public static double parseDouble(String s) {
        return Double.longBitsToDouble(parse(s, false));
    }

    /** {@code Float.parseFloat(s)}. */
    public static float parseFloat(String s) {
        return Float.intBitsToFloat((int) parse(s, true));
    }

    private static NumberFormatException bad(String s) {
        return new NumberFormatException(new StringBuilder().append("For input string: \"").append(s).append('"')
            .toString());
    }

    /** The bits of the double (or, if {@code single}, the float) that {@code in} denotes. */
    private static long parse(String in, boolean single) {
        if (in == null) {
            throw new NullPointerException("Cannot invoke \"String.trim()\" because \"in\" is null");
        }
        String s = in.trim();
        int n = s.length();
        if (n == 0) {
            throw new NumberFormatException("empty String");
        }
        int i = 0;
        boolean neg = false;
        char c = s.charAt(0);
        if (c == '+' || c == '-') {
            neg = c == '-';
            i++;
        }
        long signBit = neg ? (single ? 0x80000000L : 0x8000000000000000L) : 0;
        if (i < n) {
            c = s.charAt(i);
            if (c == 'N' || c == 'I') {
                String rest = s.substring(i);
                if (rest.equals("NaN")) {
                    return single ? 0x7FC00000L : 0x7FF8000000000000L;
                }
                if (rest.equals("Infinity")) {
                    return signBit | (single ? 0x7F800000L : 0x7FF0000000000000L);
                }
                throw bad(in);
            }
            if (c == '0' && i + 1 < n && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
                return signBit | parseHex(s, i + 2, in, single);
            }
        }
        // Decimal: digits [. digits] [eE [+-] digits] [fFdD]
        byte[] digits = new byte[Math.min(n, MAX_DIGITS)];
        int nd = 0;
        boolean sticky = false;
        int decExp = 0; // value = 0.d1d2...dnd * 10^decExp before the exponent part
        boolean seenPoint = false;
        boolean seenDigit = false;
        for (; i < n; i++) {
            c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                seenDigit = true;
                if (nd == 0 && c == '0') {
                    if (seenPoint) {
                        decExp--;
                    }
                    continue;
                }
                if (nd < MAX_DIGITS) {
                    digits[nd++] = (byte) (c - '0');
                } else if (c != '0') {
                    sticky = true;
                }
                if (!seenPoint) {
                    decExp++;
                }
            } else if (c == '.') {
                if (seenPoint) {
                    throw new NumberFormatException("multiple points");
                }
                seenPoint = true;
            } else {
                break;
            }
        }
        if (!seenDigit) {
            throw bad(in);
        }
        long exp = 0;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            boolean eneg = false;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                eneg = s.charAt(i) == '-';
                i++;
            }
            int start = i;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                if (exp < 1000000000L) {
                    exp = exp * 10 + (s.charAt(i) - '0');
                }
            }
            if (i == start) {
                throw bad(in);
            }
            if (eneg) {
                exp = -exp;
            }
        }
        if (i < n) {
            c = s.charAt(i);
            if ((c == 'f' || c == 'F' || c == 'd' || c == 'D') && i == n - 1) {
                i++;
            } else {
                throw bad(in);
            }
        }
        while (nd > 0 && digits[nd - 1] == 0 && !sticky) {
            nd--;
        }
        if (nd == 0) {
            return signBit;
        }
        long e10 = decExp + exp - nd; // value = D * 10^e10, D the integer of the nd digits
        long mag = nd + e10; // value < 10^mag, value >= 10^(mag-1)
        if (mag > 310) {
            return signBit | (single ? 0x7F800000L : 0x7FF0000000000000L);
        }
        if (mag < -326) {
            return signBit;
        }
        int e = (int) e10;
        if (!sticky && nd <= 15 && e >= -22 && e <= 22 && !single) {
            double d = 0;
            for (int k = 0; k < nd; k++) {
                d = d * 10 + digits[k];
            }
            d = e >= 0 ? d * POW10[e] : d / POW10[-e];
            return signBit | Double.doubleToRawLongBits(d);
        }
        if (!sticky && nd <= 7 && e >= -10 && e <= 10 && single) {
            float f = 0;
            for (int k = 0; k < nd; k++) {
                f = f * 10 + digits[k];
            }
            f = e >= 0 ? f * POW10F[e] : f / POW10F[-e];
            return signBit | (Float.floatToRawIntBits(f) & 0xFFFFFFFFL);
        }
        BigNat num = BigNat.of(0);
        for (int k = 0; k < nd; k++) {
            num.mulSmall(10).addSmall(digits[k]);
        }
        BigNat den = BigNat.of(1);
        if (e >= 0) {
            num.mulPow10(e);
        } else {
            den.mulPow10(-e);
        }
        return signBit | roundFraction(num, den, sticky, single);
    }

    /** The bits of the correctly rounded {@code num / den} (plus a sticky excess if {@code sticky}). */
    private static long roundFraction(BigNat num, BigNat den, boolean sticky, boolean single) {
        int p = single ? 24 : 53;
        int emin = single ? -149 : -1074;
        // b = floor(log2(num / den))
        int b = num.bitLength() - den.bitLength();
        BigNat a = num.copy();
        BigNat d = den.copy();
        if (b >= 0) {
            d.shiftLeft(b);
        } else {
            a.shiftLeft(-b);
        }
        if (a.compareTo(d) < 0) {
            b--;
        }
        if (b > (single ? 127 : 1023)) {
            return single ? 0x7F800000L : 0x7FF0000000000000L;
        }
        int u = Math.max(b - p + 1, emin);
        if (u >= 0) {
            den.shiftLeft(u);
        } else {
            num.shiftLeft(-u);
        }
        long q = num.divRemSmallQuotient(den);
        int c = BigNat.compareSum(num, num, den);
        if (c > 0 || (c == 0 && (sticky || (q & 1) != 0))) {
            q++;
        }
        return pack(q, u, single);
    }

    /** Packs the rounded significand {@code q} (at most 2^p) of the value {@code q * 2^u} into IEEE bits. */
    private static long pack(long q, int u, boolean single) {
        int p = single ? 24 : 53;
        if (q == (1L << p)) {
            q >>= 1;
            u++;
        }
        if (q < (1L << (p - 1))) {
            return q; // subnormal (u is the minimum exponent) or zero
        }
        long biased = u + p - 1 + (single ? 127 : 1023);
        if (biased >= (single ? 255 : 2047)) {
            return single ? 0x7F800000L : 0x7FF0000000000000L;
        }
        return (biased << (p - 1)) | (q - (1L << (p - 1)));
    }

    /** Parses the hexadecimal significand and binary exponent starting at {@code i} (after {@code 0x}). */
    private static long parseHex(String s, int i, String in, boolean single) {
        int n = s.length();
        long mant = 0;
        boolean sticky = false;
        long exp2 = 0; // value = mant * 2^exp2
        boolean seenPoint = false;
        boolean seenDigit = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            int v = Character.digit(c, 16);
            if (c == '.') {
                if (seenPoint) {
                    throw bad(in);
                }
                seenPoint = true;
                continue;
            }
            if (v < 0 || c > 'f') {
                break;
            }
            seenDigit = true;
            if (mant == 0 && v == 0) {
                if (seenPoint) {
                    exp2 -= 4;
                }
                continue;
            }
            if (mant < (1L << 56)) {
                mant = (mant << 4) | v;
                if (seenPoint) {
                    exp2 -= 4;
                }
            } else {
                if (v != 0) {
                    sticky = true;
                }
                if (!seenPoint) {
                    exp2 += 4;
                }
            }
        }
        if (!seenDigit || i >= n || (s.charAt(i) != 'p' && s.charAt(i) != 'P')) {
            throw bad(in);
        }
        i++;
        boolean eneg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            eneg = s.charAt(i) == '-';
            i++;
        }
        int start = i;
        long e = 0;
        for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (e < 1000000000L) {
                e = e * 10 + (s.charAt(i) - '0');
            }
        }
        if (i == start) {
            throw bad(in);
        }
        if (i < n) {
            char c = s.charAt(i);
            if ((c == 'f' || c == 'F' || c == 'd' || c == 'D') && i == n - 1) {
                i++;
            } else {
                throw bad(in);
            }
        }
        if (mant == 0) {
            return 0;
        }
        long x = exp2 + (eneg ? -e : e);
        int p = single ? 24 : 53;
        long b = 63 - Long.numberOfLeadingZeros(mant) + x;
        if (b > (single ? 127 : 1023)) {
            return single ? 0x7F800000L : 0x7FF0000000000000L;
        }
        long u = Math.max(b - p + 1, single ? -149 : -1074);
        long shift = u - x;
        long q;
        if (shift <= 0) {
            q = mant << -shift;
        } else {
            boolean half;
            boolean rest;
            if (shift > 63) {
                q = 0;
                half = false;
                rest = true;
            } else {
                q = mant >>> shift;
                half = ((mant >>> (shift - 1)) & 1) != 0;
                rest = (mant & ((1L << (shift - 1)) - 1)) != 0;
            }
            rest |= sticky;
            if (half && (rest || (q & 1) != 0)) {
                q++;
            }
        }
        return pack(q, (int) u, single);
    }
}
