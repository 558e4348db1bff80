import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;
import numfmt.math.DoubleDigits;
import numfmt.math.FloatParser;

/**
 * Runs Cortado's number formatting code (the {@code jdk.internal.math} classes and {@code java.util.Formatter},
 * copied into the packages {@code numfmt.math} and {@code numfmt.util} by the test) on HotSpot and compares it
 * with HotSpot's own {@code Double.toString}, {@code Float.toString}, {@code Double.parseDouble},
 * {@code Float.parseFloat} and {@code String.format} on edge cases and seeded random values.
 *
 * <p>Usage: {@code java NumFmtCheck <count> <seed>}. Prints one {@code RESULT <check> <mismatches> <total>} line
 * per check, preceded by up to ten sample mismatches each. Every difference counts, including Java 17's
 * {@code toString} quirks (a second digit in E notation for subnormals with few significant bits, truncation by
 * its 64-bit arithmetic near 10^25), which the edge cases and few-bit values below exercise on purpose.
 */
public final class NumFmtCheck {
    private static int bad;
    private static int total;
    private static int shown;

    private NumFmtCheck() {
    }

    private static void result(String name) {
        System.out.println("RESULT " + name + " " + bad + " " + total);
        bad = 0;
        total = 0;
        shown = 0;
    }

    private static void compareToString(long bits, boolean single, String hotspot, String ours) {
        compare((single ? "float " : "double ") + Long.toHexString(bits), hotspot, ours);
    }

    private static void compare(String what, String hotspot, String ours) {
        total++;
        if (!hotspot.equals(ours)) {
            bad++;
            if (shown++ < 10) {
                System.out.println("MISMATCH " + what + "\n  hotspot: " + hotspot + "\n  cortado: " + ours);
            }
        }
    }

    private static void checkDouble(double d) {
        compareToString(Double.doubleToRawLongBits(d), false, Double.toString(d), DoubleDigits.toJavaString(d));
    }

    private static void checkFloat(float f) {
        compareToString(Float.floatToRawIntBits(f) & 0xFFFFFFFFL, true, Float.toString(f), DoubleDigits.toJavaString(f));
    }

    private static String hsParse(String s, boolean single) {
        try {
            return single ? Integer.toHexString(Float.floatToRawIntBits(Float.parseFloat(s)))
                : Long.toHexString(Double.doubleToRawLongBits(Double.parseDouble(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static String ourParse(String s, boolean single) {
        try {
            return single ? Integer.toHexString(Float.floatToRawIntBits(FloatParser.parseFloat(s)))
                : Long.toHexString(Double.doubleToRawLongBits(FloatParser.parseDouble(s)));
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private static void checkParse(String s) {
        compare("parseDouble [" + s + "]", hsParse(s, false), ourParse(s, false));
        compare("parseFloat [" + s + "]", hsParse(s, true), ourParse(s, true));
    }

    private static String format(boolean ours, String f, Object[] args) {
        try {
            String s = ours ? new numfmt.util.Formatter().format(f, args).toString() : String.format(f, args);
            return "=" + s + "=";
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static void checkFormat(String f, Object... args) {
        compare("format " + f + " " + Arrays.toString(args), format(false, f, args), format(true, f, args));
    }

    /** A double from one of several distributions: raw bits, near 1, integers, short decimals, subnormals. */
    private static double randomDouble(Random r, int i) {
        long b = r.nextLong();
        switch (i % 6) {
            case 0:
                return Double.longBitsToDouble(b);
            case 1:
                return Double.longBitsToDouble((b & 0x800FFFFFFFFFFFFFL) | ((long) (1023 + r.nextInt(140) - 70) << 52));
            case 2:
                return Double.longBitsToDouble(b & 0x801FFFFFFFFFFFFFL);
            case 3:
                return (double) (b >> r.nextInt(64));
            case 4:
                return (r.nextInt(2000000) - 1000000) / Math.pow(10, r.nextInt(12));
            default:
                return Double.longBitsToDouble((b & 0xFFF0000000000000L) | ((b & 0xFFFFL) << r.nextInt(37)));
        }
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Random r = new Random(Long.parseLong(args[1]));
        double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0, 0.1,
            0.1 + 0.2, 2.0E-3, 1.0E23, 2.0E23, 8.41E21, 1.0E7, 9999999.0, 1.0E-3, 9.999E-4, 1.0E22, 100.0, Math.PI,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4.35E-322, 1e-322, 0.5, 123456789.0,
            0x1p-1060, 2 * Double.MIN_VALUE, 20 * Double.MIN_VALUE, 2.0551738933448695E25, 5.0774884423814425E25,
            1.0E25, 9.6714065E24, 8.3266727E-16, Float.MIN_VALUE, Float.MIN_NORMAL};
        for (double d : edges) {
            checkDouble(d);
            checkFloat((float) d);
        }
        for (long k = 1; k < 5000; k++) {
            checkDouble(Double.longBitsToDouble(k));
            checkFloat(Float.intBitsToFloat((int) k));
            checkDouble(Math.scalb(1.0, (int) (k % 2098) - 1074));
            checkDouble((double) k * k * k * k);
        }
        // Significands of 1 to 52 (23) significant bits at every exponent: where Java 17's quirks live.
        for (int bits = 1; bits <= 52; bits++) {
            long f = bits == 1 ? 1 : (1L << (bits - 1)) | (r.nextLong() & ((1L << (bits - 1)) - 1)) | 1;
            for (int shift = 0; bits + shift <= 52; shift++) {
                checkDouble(Double.longBitsToDouble(f << shift));
            }
            for (long be = 1; be < 2047; be++) {
                checkDouble(Double.longBitsToDouble(be << 52 | ((f << (53 - bits)) & 0xFFFFFFFFFFFFFL)));
            }
        }
        for (int i = 0; i < n; i++) {
            checkDouble(i % 7 == 6 ? 1.0E24 + r.nextDouble() * 1.0E26 : randomDouble(r, i));
        }
        result("double-toString");
        for (int bits = 1; bits <= 23; bits++) {
            int f = bits == 1 ? 1 : (1 << (bits - 1)) | (r.nextInt() & ((1 << (bits - 1)) - 1)) | 1;
            for (int shift = 0; bits + shift <= 23; shift++) {
                checkFloat(Float.intBitsToFloat(f << shift));
            }
            for (int be = 1; be < 255; be++) {
                checkFloat(Float.intBitsToFloat(be << 23 | ((f << (24 - bits)) & 0x7FFFFF)));
            }
        }
        for (int i = 0; i < n; i++) {
            int b = r.nextInt();
            if (i % 3 == 1) {
                b = (b & 0x807FFFFF) | ((127 + r.nextInt(70) - 35) << 23);
            } else if (i % 3 == 2) {
                b &= 0x80FFFFFF;
            }
            checkFloat(Float.intBitsToFloat(b));
        }
        result("float-toString");

        String[] bad = {"abc", "", " ", "1..2", "1.2.3", "--1", "+", "-", ".", "e5", "1e", "1e+", "0x", "0x1", "0x1p",
            "0x.p1", "0x1.8p1", "0X1P-2d", "  12  ", "1_0", "NaN", "-NaN", "+Infinity", "Infinityx", "1f", "1d",
            "1.e3", ".5", "5.", "1e400", "1e-400", "0x1p-1075", "0x1.0000000000001p-1074", "1.0fd", "\t1\n",
            "1e2147483648", "1e-2147483649", "1 2", "Infinity ", " -Infinity", "nan", "infinity", "1.2e3.4",
            "0x1.ffffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1.8.p1", "2.4703282292062327e-324",
            "2.4703282292062328e-324", "1.4012984643248170e-45", "7.006492321624085e-46", "3.4028235677973366e38",
            "1.7976931348623158e308", "1.7976931348623159e308", "NaNd", "0x1p-149", "0x1p-150", "0x1.000001p-150",
            "-0", "0e999999999999", "9007199254740993", "9007199254740993.0000000000000000001", "0x1.00000000000008p0",
            "0x1.000000000000080000000001p0", "0X0.0000000000001P-1022", "0x123456789abcdef0123p-10", "\u00001"};
        for (String s : bad) {
            checkParse(s);
        }
        for (int i = 0; i < n / 8; i++) {
            double d = randomDouble(r, i);
            checkParse(Double.toString(d));
            checkParse(Float.toString((float) d));
            checkParse(Double.toHexString(d));
            StringBuilder sb = new StringBuilder();
            int len = 1 + r.nextInt(i % 10 == 0 ? 60 : 20);
            for (int k = 0; k < len; k++) {
                sb.append((char) ('0' + r.nextInt(10)));
            }
            if (r.nextBoolean()) {
                sb.insert(r.nextInt(len + 1), '.');
            }
            checkParse(sb.append('e').append(r.nextInt(700) - 350).toString());
            if (i % 4 == 0) {
                double lo = Double.longBitsToDouble(r.nextLong() & 0x7FEFFFFFFFFFFFFEL);
                checkParse(new BigDecimal(lo).add(new BigDecimal(Math.nextUp(lo))).divide(BigDecimal.valueOf(2))
                    .toString());
                float fl = Float.intBitsToFloat(r.nextInt() & 0x7F7FFFFF);
                checkParse(new BigDecimal(fl).add(new BigDecimal(Math.nextUp(fl))).divide(BigDecimal.valueOf(2))
                    .toString());
            }
        }
        result("parse");

        String[] fs = {"%s", "%q", "%", "abc%", "%-s", "%05s", "%-05d", "%+ d", "%--d", "%#s", "%+s", "%.2d", "%#d",
            "%,x", "%(x", "%+x", "%#x", "%#o", "%,e", "%#g", "%.3c", "%-c", "%0c", "%5%", "%-5%", "%05%", "%n", "%5n",
            "%.2n", "%3$s", "%0$s", "%<s", "%,d", "%(,d", "% d", "%1$s %<s %s", "%2$s %s %s", "%-08.3f", "%0,10.2f",
            "%(10.3e", "%+.0e", "%#.0e", "%#.0f", "%.0f", "%g", "%.0g", "%G", "%a", "%A", "%h", "%H", "%b", "%B",
            "%c", "%C", "%x", "%X", "%o", "%e", "%E", "%f", "%10.4s", "%-10S", "%S", "%z", "%.s", "%1.s", "%-%",
            "%#%", "%Ld", "%2$<s", "%#b", "%5.1h", "%08x", "%-8x", "% x", "%0(8d", "%1$-+(,10.2f", "%,.3f",
            "%+,015.4f", "%(.2e", "%.15g", "%,g", "%.3g", "%010.3g", "%-12.5e|", "%99999999999d", "%.99999999999f",
            "%1$s%2$s%3$s%4$s", "x%sy%%z%n"};
        Object[][] argSets = {{"str", 42}, {-1234567, 3.5}, {(byte) -1, (short) -2}, {'x', -0.0}, {Double.NaN, 1e-5},
            {Double.NEGATIVE_INFINITY, 123456789.125}, {null, 0.000123456}, {true, 1.0E23},
            {(long) -5, Float.MAX_VALUE}, {65, 100000.0}, {Long.MIN_VALUE, 0.1f}, {0.5, 0.15}, {-2.5, 9.9999e-5},
            {1e100, 0.0}, {12345.678, -0.000099999}};
        for (String f : fs) {
            for (Object[] a : argSets) {
                checkFormat(f, a);
            }
        }
        String[] convs = {"f", "e", "g", "E", "G", ",f", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", ".0e", ".1e",
            ".5e", ".16e", ".0g", ".1g", ".3g", ".17g", "+.3f", "(,.2f", "012.4f", "#.0f", "#.0e", "a", "A"};
        for (int i = 0; i < n / 8; i++) {
            double d = randomDouble(r, i);
            checkFormat("%" + convs[r.nextInt(convs.length)], d);
            checkFormat("%" + convs[r.nextInt(convs.length)], (float) d);
            long b = r.nextLong();
            checkFormat("%d|%,d|%x|%o|%(d|%+d|%08X|%c", b, (int) b, b, (short) b, (int) b, (byte) b, b, (char) b);
        }
        result("format");
    }
}
