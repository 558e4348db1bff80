package java.util;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import jdk.internal.math.DoubleDigits;

/**
 * {@code printf}-style formatting as Java SE specifies it, and so {@code String.format} and
 * {@code PrintStream.printf}: specifiers {@code %[index$][flags][width][.precision]conversion} with the
 * conversions {@code b B h H s S c C d o x X e E f g G a A % n}, the flags {@code -#+ 0,(} and {@code <}
 * (previous argument), and the exceptions HotSpot throws for bad formats, with the same messages.
 *
 * <h2>Design</h2>
 * One pass over the format: literal text is copied, each specifier is parsed by hand (in the order of the
 * grammar's regular expression, so a malformed one reports the character after {@code %} as an unknown
 * conversion), checked against its conversion's rules, then applied to its argument. Numbers print in the
 * {@code Locale.ROOT}/{@code US} style whatever the locale. Floating conversions start from the digits
 * {@code Double.toString} would print ({@link DoubleDigits}; a float argument is widened to double first) and
 * round them half up to the precision, which is what Java does (so {@code %.1f} of 0.15 is 0.2). A
 * {@code BigDecimal} starts from the digits of its unscaled value and is rounded the same way (the
 * specification's {@code RoundingMode.HALF_UP}); a {@code BigInteger} prints signed in every radix, so
 * {@code %x} of -255 is {@code -ff} and the {@code + ( } flags apply to {@code %o}/{@code %x} as well.
 * Not supported: dates ({@code %t}), {@code Formattable}, and the precision of {@code %a}.
 */
public final class Formatter implements Closeable, Flushable {
    private static final int MINUS = 1;
    private static final int SHARP = 2;
    private static final int PLUS = 4;
    private static final int SPACE = 8;
    private static final int ZERO = 16;
    private static final int GROUP = 32;
    private static final int PAREN = 64;
    private static final int PREVIOUS = 128;
    /** The flag characters in the canonical order of Java's flag strings. */
    private static final String FLAG_CHARS = "-#+ 0,(<";

    private Appendable out;
    private final Locale locale;
    private IOException lastException;
    private boolean closed;

    /** A formatter writing to a new {@code StringBuilder}. */
    public Formatter() {
        this(new StringBuilder(), Locale.getDefault());
    }

    /** A formatter writing to {@code a} (a new {@code StringBuilder} if null). */
    public Formatter(Appendable a) {
        this(a, Locale.getDefault());
    }

    /** A formatter writing to a new {@code StringBuilder} for locale {@code l}. */
    public Formatter(Locale l) {
        this(new StringBuilder(), l);
    }

    /** A formatter writing to {@code a} (a new {@code StringBuilder} if null) for locale {@code l}. */
    public Formatter(Appendable a, Locale l) {
        this.out = a == null ? new StringBuilder() : a;
        this.locale = l;
    }

    /** A formatter writing to the print stream {@code ps}. */
    public Formatter(java.io.PrintStream ps) {
        this((Appendable) Objects.requireNonNull(ps), Locale.getDefault());
    }

    private void ensureOpen() {
        if (closed) {
            throw new FormatterClosedException();
        }
    }

    /** The locale given at construction. */
    public Locale locale() {
        ensureOpen();
        return locale;
    }

    /** The destination. */
    public Appendable out() {
        ensureOpen();
        return out;
    }

    /** The destination's {@code toString()}. */
    @Override
    public String toString() {
        ensureOpen();
        return out.toString();
    }

    /** Flushes the destination if it is {@link Flushable}. */
    @Override
    public void flush() {
        ensureOpen();
        if (out instanceof Flushable) {
            try {
                ((Flushable) out).flush();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    /** Closes the destination if it is {@link Closeable}; later calls (but this one) throw. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (out instanceof Closeable) {
            try {
                ((Closeable) out).close();
            } catch (IOException e) {
                lastException = e;
            }
        }
    }

    /** The last {@code IOException} the destination threw, or null. */
    public IOException ioException() {
        return lastException;
    }

    /** Formats {@code args} with {@code format} in this formatter's locale. */
    public Formatter format(String format, Object... args) {
        return format(locale, format, args);
    }

    /** Formats {@code args} with {@code format}; {@code l} is accepted and formats like {@code Locale.ROOT}. */
    public Formatter format(Locale l, String format, Object... args) {
        ensureOpen();
        StringBuilder sb = new StringBuilder();
        run(sb, format, args);
        try {
            out.append(sb);
        } catch (IOException e) {
            lastException = e;
        }
        return this;
    }

    // ---------------------------------------------------------------- parsing

    /** One parsed specifier. */
    private static final class Spec {
        int index; // explicit 1-based index, or 0
        int flags;
        int width = -1;
        int precision = -1;
        char conv;
        boolean upper;

        String flagString(int mask) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < FLAG_CHARS.length(); i++) {
                if ((flags & mask & (1 << i)) != 0) {
                    sb.append(FLAG_CHARS.charAt(i));
                }
            }
            return sb.toString();
        }

        /** The specifier as Java's exception messages show it. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder().append('%');
            if (index > 0 && (flags & PREVIOUS) == 0) {
                sb.append(index).append('$');
            }
            sb.append(flagString(-1));
            if (width != -1) {
                sb.append(width);
            }
            if (precision != -1) {
                sb.append('.').append(precision);
            }
            return sb.append(upper ? Character.toUpperCase(conv) : conv).toString();
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Parses a run of digits as an int, -2 if it overflows. */
    private static int parseNumber(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE) {
                return -2;
            }
        }
        return (int) v;
    }

    private static void run(StringBuilder sb, String format, Object[] args) {
        int n = format.length();
        int ordinary = 0;
        int last = -1;
        int i = 0;
        while (i < n) {
            char ch = format.charAt(i);
            if (ch != '%') {
                sb.append(ch);
                i++;
                continue;
            }
            Spec sp = new Spec();
            i = parse(format, i + 1, sp);
            switch (sp.conv) {
                case '%':
                    justify(sb, sp, "%");
                    continue;
                case 'n':
                    sb.append(System.lineSeparator());
                    continue;
                default:
                    break;
            }
            int argIndex;
            if ((sp.flags & PREVIOUS) != 0) {
                argIndex = last;
            } else if (sp.index > 0) {
                argIndex = sp.index - 1;
            } else {
                argIndex = ordinary++;
            }
            if (argIndex < 0 || args == null && argIndex > 0 || args != null && argIndex >= args.length) {
                throw new MissingFormatArgumentException(sp.toString());
            }
            last = argIndex;
            print(sb, sp, args == null ? null : args[argIndex]);
        }
    }

    /** Parses the specifier after the {@code %} at {@code start} into {@code sp}; returns the index after it. */
    private static int parse(String s, int start, Spec sp) {
        int n = s.length();
        int i = start;
        int j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        if (j > i && j < n && s.charAt(j) == '$') {
            int idx = parseNumber(s, i, j);
            if (idx < 1) {
                throw new IllegalFormatArgumentIndexException(idx == -2 ? Integer.MIN_VALUE : idx);
            }
            sp.index = idx;
            i = j + 1;
        }
        while (i < n) {
            int f = FLAG_CHARS.indexOf(s.charAt(i));
            if (f < 0) {
                break;
            }
            if ((sp.flags & (1 << f)) != 0) {
                throw new DuplicateFormatFlagsException(String.valueOf(s.charAt(i)));
            }
            sp.flags |= 1 << f;
            i++;
        }
        j = i;
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        if (j > i) {
            sp.width = parseNumber(s, i, j);
            if (sp.width == -2) {
                throw new IllegalFormatWidthException(Integer.MIN_VALUE);
            }
            i = j;
        }
        if (i < n && s.charAt(i) == '.') {
            j = i + 1;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            if (j == i + 1) {
                throw unknownAt(s, start);
            }
            sp.precision = parseNumber(s, i + 1, j);
            if (sp.precision == -2) {
                throw new IllegalFormatPrecisionException(Integer.MIN_VALUE);
            }
            i = j;
        }
        if (i >= n) {
            throw unknownAt(s, start);
        }
        char c = s.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '%')) {
            throw unknownAt(s, start);
        }
        if ("bBhHsScCdoxXeEfgGaA%n".indexOf(c) < 0) {
            throw new UnknownFormatConversionException(String.valueOf(c));
        }
        sp.upper = c >= 'A' && c <= 'Z';
        sp.conv = Character.toLowerCase(c);
        check(sp);
        return i + 1;
    }

    private static UnknownFormatConversionException unknownAt(String s, int start) {
        return new UnknownFormatConversionException(String.valueOf(start < s.length() ? s.charAt(start) : '%'));
    }

    /** Reports the first of {@code bad} flags present in {@code sp} as a mismatch with its conversion. */
    private static void badFlags(Spec sp, int bad) {
        for (int i = 0; i < FLAG_CHARS.length(); i++) {
            if ((sp.flags & bad & (1 << i)) != 0) {
                throw new FormatFlagsConversionMismatchException(String.valueOf(FLAG_CHARS.charAt(i)), sp.conv);
            }
        }
    }

    /** The checks Java makes when it parses a specifier. */
    private static void check(Spec sp) {
        switch (sp.conv) {
            case 'n':
                if (sp.precision != -1) {
                    throw new IllegalFormatPrecisionException(sp.precision);
                }
                if (sp.width != -1) {
                    throw new IllegalFormatWidthException(sp.width);
                }
                if ((sp.flags & ~PREVIOUS) != 0) {
                    throw new IllegalFormatFlagsException(sp.flagString(~PREVIOUS));
                }
                return;
            case '%':
                if (sp.precision != -1) {
                    throw new IllegalFormatPrecisionException(sp.precision);
                }
                if ((sp.flags & ~(MINUS | PREVIOUS)) != 0) {
                    throw new IllegalFormatFlagsException(sp.flagString(~(MINUS | PREVIOUS)));
                }
                needWidth(sp);
                return;
            case 'b':
            case 'h':
            case 's':
                if (sp.conv != 's') {
                    badFlags(sp, SHARP);
                }
                badFlags(sp, PLUS | SPACE | ZERO | GROUP | PAREN);
                needWidth(sp);
                return;
            case 'c':
                if (sp.precision != -1) {
                    throw new IllegalFormatPrecisionException(sp.precision);
                }
                badFlags(sp, SHARP | PLUS | SPACE | ZERO | GROUP | PAREN);
                needWidth(sp);
                return;
            case 'd':
            case 'o':
            case 'x':
                if (sp.precision != -1) {
                    throw new IllegalFormatPrecisionException(sp.precision);
                }
                if (sp.conv == 'd') {
                    badFlags(sp, SHARP);
                } else {
                    badFlags(sp, GROUP);
                }
                numericFlags(sp);
                return;
            default: // e f g a
                if (sp.conv == 'e') {
                    badFlags(sp, GROUP);
                } else if (sp.conv == 'g') {
                    badFlags(sp, SHARP);
                } else if (sp.conv == 'a') {
                    badFlags(sp, PAREN | GROUP);
                }
                numericFlags(sp);
                return;
        }
    }

    private static void numericFlags(Spec sp) {
        if ((sp.flags & (PLUS | SPACE)) == (PLUS | SPACE) || (sp.flags & (MINUS | ZERO)) == (MINUS | ZERO)) {
            throw new IllegalFormatFlagsException(sp.flagString(~PREVIOUS));
        }
        if ((sp.flags & (MINUS | ZERO)) != 0 && sp.width == -1) {
            throw new MissingFormatWidthException(sp.toString());
        }
    }

    private static void needWidth(Spec sp) {
        if ((sp.flags & MINUS) != 0 && sp.width == -1) {
            throw new MissingFormatWidthException(sp.toString());
        }
    }

    // ---------------------------------------------------------------- printing

    /** Pads {@code s} to the width (left-justified with {@code -}) and appends it. */
    private static void justify(StringBuilder sb, Spec sp, String s) {
        int pad = sp.width - s.length();
        if ((sp.flags & MINUS) == 0) {
            for (int i = 0; i < pad; i++) {
                sb.append(' ');
            }
        }
        sb.append(s);
        if ((sp.flags & MINUS) != 0) {
            for (int i = 0; i < pad; i++) {
                sb.append(' ');
            }
        }
    }

    /** A string argument: precision truncates, upper case for upper-case conversions, then justified. */
    private static void printString(StringBuilder sb, Spec sp, String s) {
        if (sp.precision != -1 && sp.precision < s.length()) {
            s = s.substring(0, sp.precision);
        }
        if (sp.upper) {
            s = s.toUpperCase();
        }
        justify(sb, sp, s);
    }

    private static void print(StringBuilder sb, Spec sp, Object arg) {
        if (sp.conv == 's' && (sp.flags & SHARP) != 0) {
            throw new FormatFlagsConversionMismatchException("#", sp.conv); // only Formattable allows it
        }
        if (arg == null && sp.conv != 'b') {
            printString(sb, sp, "null");
            return;
        }
        switch (sp.conv) {
            case 'b':
                printString(sb, sp, arg == null ? "false" : arg instanceof Boolean ? arg.toString() : "true");
                return;
            case 'h':
                printString(sb, sp, Integer.toHexString(arg.hashCode()));
                return;
            case 's':
                printString(sb, sp, arg.toString());
                return;
            case 'c':
                printChar(sb, sp, arg);
                return;
            case 'd':
            case 'o':
            case 'x':
                printIntegral(sb, sp, arg);
                return;
            default:
                if (arg instanceof Double || arg instanceof Float) {
                    printFloating(sb, sp, ((Number) arg).doubleValue());
                    return;
                }
                if (arg instanceof BigDecimal && sp.conv != 'a') {
                    BigDecimal d = (BigDecimal) arg;
                    printDigits(sb, sp, d.signum() < 0, Digits.of(d));
                    return;
                }
                throw new IllegalFormatConversionException(sp.conv, arg.getClass());
        }
    }

    private static void printChar(StringBuilder sb, Spec sp, Object arg) {
        int cp;
        if (arg instanceof Character) {
            cp = ((Character) arg).charValue();
        } else if (arg instanceof Byte || arg instanceof Short || arg instanceof Integer) {
            cp = ((Number) arg).intValue();
            if (!Character.isValidCodePoint(cp)) {
                throw new IllegalFormatCodePointException(cp);
            }
        } else {
            throw new IllegalFormatConversionException(sp.conv, arg.getClass());
        }
        printString(sb, sp, new StringBuilder().appendCodePoint(cp).toString());
    }

    private static void printIntegral(StringBuilder sb, Spec sp, Object arg) {
        long v;
        int bits;
        if (arg instanceof BigInteger) {
            printBigInteger(sb, sp, (BigInteger) arg);
            return;
        } else if (arg instanceof Integer) {
            v = ((Integer) arg).intValue();
            bits = 32;
        } else if (arg instanceof Long) {
            v = ((Long) arg).longValue();
            bits = 64;
        } else if (arg instanceof Byte) {
            v = ((Byte) arg).byteValue();
            bits = 8;
        } else if (arg instanceof Short) {
            v = ((Short) arg).shortValue();
            bits = 16;
        } else {
            throw new IllegalFormatConversionException(sp.conv, arg.getClass());
        }
        if (sp.conv == 'd') {
            boolean neg = v < 0;
            StringBuilder digits = new StringBuilder();
            if (v == Long.MIN_VALUE) {
                digits.append("9223372036854775808");
            } else {
                digits.append(neg ? -v : v);
            }
            finishNumber(sb, sp, neg, digits, (sp.flags & GROUP) != 0 ? digits.length() : -1);
            return;
        }
        badFlags(sp, PLUS | SPACE | PAREN);
        long u = bits == 64 ? v : v & ((1L << bits) - 1);
        String body = sp.conv == 'o' ? Long.toOctalString(u) : Long.toHexString(u);
        StringBuilder s = new StringBuilder();
        if ((sp.flags & SHARP) != 0) {
            s.append(sp.conv == 'o' ? "0" : "0x");
        }
        int prefix = s.length();
        if ((sp.flags & ZERO) != 0) {
            for (int i = prefix + body.length(); i < sp.width; i++) {
                s.append('0');
            }
        }
        s.append(body);
        String r = s.toString();
        justify(sb, sp, sp.upper ? r.toUpperCase() : r);
    }

    /**
     * A BigInteger: its magnitude in the conversion's radix after the sign (and after the {@code #} prefix,
     * which comes between the sign and the zero padding).
     */
    private static void printBigInteger(StringBuilder sb, Spec sp, BigInteger v) {
        boolean neg = v.signum() < 0;
        BigInteger abs = v.abs();
        if (sp.conv == 'd') {
            String digits = abs.toString();
            finishNumber(sb, sp, neg, "", digits, (sp.flags & GROUP) != 0 ? digits.length() : -1);
            return;
        }
        String prefix = (sp.flags & SHARP) == 0 ? "" : sp.conv == 'o' ? "0" : "0x";
        finishNumber(sb, sp, neg, prefix, abs.toString(sp.conv == 'o' ? 8 : 16), -1);
    }

    private static void finishNumber(StringBuilder sb, Spec sp, boolean neg, CharSequence body, int intLen) {
        finishNumber(sb, sp, neg, "", body, intLen);
    }

    /**
     * Sign, grouping, zero padding, parentheses and justification of a number whose magnitude is
     * {@code body} after a radix {@code prefix}; {@code intLen} is the length of its integer part if it is to
     * be grouped, else -1.
     */
    private static void finishNumber(StringBuilder sb, Spec sp, boolean neg, String prefix, CharSequence body,
            int intLen) {
        StringBuilder mag = new StringBuilder();
        if (intLen > 0) {
            for (int i = 0; i < intLen; i++) {
                if (i > 0 && (intLen - i) % 3 == 0) {
                    mag.append(',');
                }
                mag.append(body.charAt(i));
            }
            for (int i = intLen; i < body.length(); i++) {
                mag.append(body.charAt(i));
            }
        } else {
            mag.append(body);
        }
        StringBuilder s = new StringBuilder();
        if (neg) {
            s.append((sp.flags & PAREN) != 0 ? '(' : '-');
        } else if ((sp.flags & PLUS) != 0) {
            s.append('+');
        } else if ((sp.flags & SPACE) != 0) {
            s.append(' ');
        }
        boolean close = neg && (sp.flags & PAREN) != 0;
        s.append(prefix);
        if ((sp.flags & ZERO) != 0) {
            int used = s.length() + mag.length() + (close ? 1 : 0);
            for (int i = used; i < sp.width; i++) {
                s.append('0');
            }
        }
        s.append(mag);
        if (close) {
            s.append(')');
        }
        String r = s.toString();
        justify(sb, sp, sp.upper ? r.toUpperCase() : r);
    }

    private static void printFloating(StringBuilder sb, Spec sp, double v) {
        if (v != v || v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
            StringBuilder s = new StringBuilder();
            if (v != v) {
                s.append("NaN");
            } else if (v > 0) {
                if ((sp.flags & PLUS) != 0) {
                    s.append('+');
                } else if ((sp.flags & SPACE) != 0) {
                    s.append(' ');
                }
                s.append("Infinity");
            } else if ((sp.flags & PAREN) != 0) {
                s.append("(Infinity)");
            } else {
                s.append("-Infinity");
            }
            String r = s.toString();
            justify(sb, sp, sp.upper ? r.toUpperCase() : r);
            return;
        }
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        if (sp.conv == 'a') {
            String h = Double.toHexString(Math.abs(v));
            finishNumber(sb, sp, neg, h, -1);
            return;
        }
        printDigits(sb, sp, neg, Digits.of(new DoubleDigits().setDouble(v)));
    }

    /** {@code %e %f %g} of a finite value whose decimal digits are {@code dd}. */
    private static void printDigits(StringBuilder sb, Spec sp, boolean neg, Digits dd) {
        int prec = sp.precision == -1 ? 6 : sp.precision;
        boolean group = (sp.flags & GROUP) != 0;
        StringBuilder body = new StringBuilder();
        int intLen;
        if (sp.conv == 'f') {
            intLen = fixed(body, dd, prec, (sp.flags & SHARP) != 0);
        } else if (sp.conv == 'e') {
            scientific(body, dd, prec, (sp.flags & SHARP) != 0);
            intLen = -1;
            group = false;
        } else {
            int p = prec == 0 ? 1 : prec;
            int x;
            if (dd.zero) {
                x = 0;
            } else {
                Rounded r = round(dd, p);
                x = r.exp;
            }
            if (dd.zero ? dd.scientificZero : x < -4 || x >= p) {
                scientific(body, dd, p - 1, false);
                intLen = -1;
                group = false;
            } else {
                intLen = fixed(body, dd, p - 1 - x, false);
            }
        }
        finishNumber(sb, sp, neg, body, group ? intLen : -1);
    }

    /**
     * A finite number as decimal digits {@code d[0].d[1]d[2]... * 10^exp}: from a double's shortest digits or
     * from a BigDecimal's unscaled value. A BigDecimal zero keeps its scale as the exponent ({@code %e} of
     * {@code 0.000} is {@code 0.000000e-03}), and only a zero of scale 0 is fixed-point under {@code %g}.
     */
    private static final class Digits {
        byte[] digits;
        int count;
        int exp;
        boolean zero;
        boolean scientificZero;
        boolean decimal;

        static Digits of(DoubleDigits dd) {
            Digits d = new Digits();
            d.digits = dd.digits;
            d.count = dd.count;
            d.exp = dd.zero ? 0 : dd.exp;
            d.zero = dd.zero;
            return d;
        }

        static Digits of(BigDecimal v) {
            Digits d = new Digits();
            String u = v.unscaledValue().abs().toString();
            d.count = u.length();
            d.digits = new byte[d.count];
            for (int i = 0; i < d.count; i++) {
                d.digits[i] = (byte) (u.charAt(i) - '0');
            }
            d.zero = v.signum() == 0;
            d.exp = d.zero ? -v.scale() : d.count - 1 - v.scale();
            d.scientificZero = d.zero && v.scale() != 0;
            d.decimal = true;
            return d;
        }
    }

    /** Digits rounded half up to a number of significant digits. */
    private static final class Rounded {
        byte[] digits;
        int count;
        int exp;
    }

    /**
     * Rounds the digits of {@code dd} half up, keeping {@code keep} significant digits (may be zero or
     * negative: everything rounds to zero or to one unit of the digit above the first).
     */
    private static Rounded round(Digits dd, int keep) {
        Rounded r = new Rounded();
        r.exp = dd.exp;
        if (keep <= 0) {
            r.digits = new byte[1];
            if (keep == 0 && !dd.zero && dd.digits[0] >= 5) {
                r.digits[0] = 1;
                r.count = 1;
                r.exp = dd.exp + 1;
            } else {
                r.count = 0; // zero
            }
            return r;
        }
        r.digits = new byte[keep];
        for (int i = 0; i < keep; i++) {
            r.digits[i] = i < dd.count ? dd.digits[i] : 0;
        }
        r.count = keep;
        if (keep < dd.count && dd.digits[keep] >= 5) {
            int i = keep - 1;
            while (i >= 0 && r.digits[i] == 9) {
                r.digits[i] = 0;
                i--;
            }
            if (i < 0) {
                r.digits[0] = 1;
                r.exp++;
            } else {
                r.digits[i]++;
            }
        }
        return r;
    }

    /** {@code %f}: appends integer part, point and {@code prec} decimals; returns the integer part's length. */
    private static int fixed(StringBuilder sb, Digits dd, int prec, boolean point) {
        Rounded r = dd.zero ? null : round(dd, dd.exp + 1 + prec);
        int start = sb.length();
        if (r == null || r.count == 0 || r.exp < 0) {
            sb.append('0');
        } else {
            for (int i = 0; i <= r.exp; i++) {
                sb.append((char) ('0' + (i < r.count ? r.digits[i] : 0)));
            }
        }
        int intLen = sb.length() - start;
        if (prec > 0 || point) {
            sb.append('.');
        }
        for (int k = 1; k <= prec; k++) {
            // the digit of weight 10^-k
            int i = r == null || r.count == 0 ? -1 : r.exp + k;
            sb.append((char) ('0' + (i >= 0 && i < r.count ? r.digits[i] : 0)));
        }
        return intLen;
    }

    /** {@code %e}: {@code d.ddde+xx} with {@code prec} decimals. */
    private static void scientific(StringBuilder sb, Digits dd, int prec, boolean point) {
        int exp = dd.exp;
        if (dd.zero) {
            sb.append('0');
            if (prec > 0 || point) {
                sb.append('.');
            }
            for (int k = 0; k < prec; k++) {
                sb.append('0');
            }
        } else {
            Rounded r = round(dd, prec + 1);
            exp = r.exp;
            sb.append((char) ('0' + r.digits[0]));
            if (prec > 0 || point) {
                sb.append('.');
            }
            for (int k = 1; k <= prec; k++) {
                sb.append((char) ('0' + r.digits[k]));
            }
        }
        sb.append(exp < 0 ? "e-" : "e+");
        int a = Math.abs(exp);
        // HotSpot quirk: a BigDecimal that rounds to ten digits at scale 0 (exponent 9) shows "e+9", unpadded.
        boolean unpadded = dd.decimal && exp == 9 && Math.min(dd.count, prec + 1) == 10;
        if (a < 10 && !unpadded) {
            sb.append('0');
        }
        sb.append(a);
    }
}
