package java.time.format;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.UnsupportedTemporalTypeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Formats and parses {@code LocalDate}, {@code LocalTime} and {@code LocalDateTime}: the ISO constants and
 * {@link #ofPattern} patterns with the letters {@code G u y D M L d E a h K k H m s S n}, quoted text
 * ({@code 'at'}, {@code ''}) and optional sections ({@code [ ]}), in English (the ROOT/US text). Other pattern
 * letters (week-based fields, quarters, zones, offsets, localized forms) throw {@code IllegalArgumentException}
 * naming the letter as not supported.
 *
 * <p>Design: a pattern compiles to a list of {@link Element}s; formatting asks each element to append its field
 * from a {@link Fields} view of the value (an unsupported field throws {@code UnsupportedTemporalTypeException}
 * as HotSpot does: {@code Unsupported field: HourOfDay}); parsing walks the same list over the text, numeric
 * fields followed by another numeric field taking exactly their width (so {@code yyyyMMdd} parses), then
 * resolves the parsed fields in the SMART style (a day-of-month past the month's end is moved back to it).
 */
public final class DateTimeFormatter {
    /** {@code 2011-12-03}. */
    public static final DateTimeFormatter ISO_LOCAL_DATE = iso(true, false, "ISO_LOCAL_DATE");
    /** {@code 10:15:30}, with the fraction's digits as needed. */
    public static final DateTimeFormatter ISO_LOCAL_TIME = iso(false, true, "ISO_LOCAL_TIME");
    /** {@code 2011-12-03T10:15:30}. */
    public static final DateTimeFormatter ISO_LOCAL_DATE_TIME = iso(true, true, "ISO_LOCAL_DATE_TIME");
    /** {@link #ISO_LOCAL_DATE}, then the offset when the value has one. */
    public static final DateTimeFormatter ISO_DATE = withZone(iso(true, false, "ISO_DATE"), false, false);
    /** {@link #ISO_LOCAL_TIME}, then the offset when the value has one. */
    public static final DateTimeFormatter ISO_TIME = withZone(iso(false, true, "ISO_TIME"), false, false);
    /** {@link #ISO_LOCAL_DATE_TIME}, then the offset and the region zone in brackets when the value has them. */
    public static final DateTimeFormatter ISO_DATE_TIME = withZone(iso(true, true, "ISO_DATE_TIME"), false, true);
    /** {@code 2011-12-03T10:15:30+01:00}: the offset is required. */
    public static final DateTimeFormatter ISO_OFFSET_DATE_TIME = withZone(iso(true, true, "ISO_OFFSET_DATE_TIME"), true,
            false);
    /** {@code 2011-12-03T10:15:30+01:00[Europe/Paris]}: the offset is required, a region zone follows in brackets. */
    public static final DateTimeFormatter ISO_ZONED_DATE_TIME = withZone(iso(true, true, "ISO_ZONED_DATE_TIME"), true,
            true);
    /** {@code 20111203}. */
    public static final DateTimeFormatter BASIC_ISO_DATE = new DateTimeFormatter(
            List.of(new Num('u', 4, 4, false), new Num('M', 2, 2, false), new Num('d', 2, 2, false)), Locale.getDefault(),
            "BASIC_ISO_DATE", false);

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final List<Element> elements;
    private final Locale locale;
    private final String description;
    /** ISO constants parse strictly (no day-of-month adjustment); patterns resolve in the SMART style. */
    private final boolean smart;

    private DateTimeFormatter(List<Element> elements, Locale locale, String description, boolean smart) {
        this.elements = elements;
        this.locale = locale;
        this.description = description;
        this.smart = smart;
    }

    private static DateTimeFormatter iso(boolean date, boolean time, String name) {
        List<Element> e = new ArrayList<>();
        if (date) {
            e.add(new Num('u', 4, 10, true));
            e.add(new Lit("-"));
            e.add(new Num('M', 2, 2, false));
            e.add(new Lit("-"));
            e.add(new Num('d', 2, 2, false));
        }
        if (date && time) {
            e.add(new Lit("T"));
        }
        if (time) {
            e.add(new Num('H', 2, 2, false));
            e.add(new Lit(":"));
            e.add(new Num('m', 2, 2, false));
            List<Element> seconds = new ArrayList<>();
            seconds.add(new Lit(":"));
            seconds.add(new Num('s', 2, 2, false));
            seconds.add(new Opt(List.of(new Fraction(0, 9, true))));
            e.add(new Opt(seconds));
        }
        return new DateTimeFormatter(e, Locale.getDefault(), name, false);
    }

    /**
     * {@code base} followed by the offset (required, or optional) and, when {@code region}, an optional region
     * zone ID in brackets. Cortado formats these but does not parse offsets or zones.
     */
    private static DateTimeFormatter withZone(DateTimeFormatter base, boolean required, boolean region) {
        List<Element> e = new ArrayList<>(base.elements);
        List<Element> zoned = new ArrayList<>();
        zoned.add(new Zone(false));
        if (region) {
            zoned.add(new Zone(true));
        }
        if (required) {
            e.addAll(zoned);
        } else {
            e.add(new Opt(zoned));
        }
        return new DateTimeFormatter(e, base.locale, base.description, base.smart);
    }

    /** A formatter for {@code pattern} in the default locale. */
    public static DateTimeFormatter ofPattern(String pattern) {
        return ofPattern(pattern, Locale.getDefault());
    }

    /** A formatter for {@code pattern} (the text is English whatever the locale). */
    public static DateTimeFormatter ofPattern(String pattern, Locale locale) {
        int[] at = {0};
        List<Element> e = compile(pattern, at, false);
        return new DateTimeFormatter(e, locale, pattern, true);
    }

    /** This formatter for another locale. */
    public DateTimeFormatter withLocale(Locale locale) {
        return new DateTimeFormatter(elements, locale, description, smart);
    }

    /** The locale. */
    public Locale getLocale() {
        return locale;
    }

    private static List<Element> compile(String p, int[] at, boolean optional) {
        List<Element> out = new ArrayList<>();
        while (at[0] < p.length()) {
            char c = p.charAt(at[0]);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                int start = at[0];
                while (at[0] < p.length() && p.charAt(at[0]) == c) {
                    at[0]++;
                }
                out.add(letter(c, at[0] - start));
            } else if (c == '\'') {
                int end = at[0] + 1;
                StringBuilder text = new StringBuilder();
                while (true) {
                    if (end >= p.length()) {
                        throw new IllegalArgumentException("Pattern ends with an incomplete string literal: " + p);
                    }
                    char d = p.charAt(end);
                    if (d == '\'') {
                        if (end + 1 < p.length() && p.charAt(end + 1) == '\'') {
                            text.append('\'');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    text.append(d);
                    end++;
                }
                out.add(new Lit(end == at[0] + 1 ? "'" : text.toString()));
                at[0] = end + 1;
            } else if (c == '[') {
                at[0]++;
                out.add(new Opt(compile(p, at, true)));
            } else if (c == ']') {
                if (!optional) {
                    throw new IllegalArgumentException("Pattern invalid as it contains ] without previous [");
                }
                at[0]++;
                return out;
            } else if (c == '{' || c == '}' || c == '#') {
                throw new IllegalArgumentException("Pattern includes reserved character: '" + c + "'");
            } else {
                out.add(new Lit(String.valueOf(c)));
                at[0]++;
            }
        }
        return out;
    }

    private static Element letter(char c, int n) {
        switch (c) {
            case 'y':
            case 'u':
                if (n == 2) {
                    return new Reduced(c);
                }
                return n == 1 ? new Num(c, 1, 19, false) : new Num(c, n, 19, n >= 4);
            case 'M':
            case 'L':
                return n <= 2 ? numeric('M', n, 2, c) : n <= 5 ? new Text('M', n) : tooMany(c);
            case 'E':
                return n <= 5 ? new Text('E', n == 4 ? 4 : n == 5 ? 5 : 3) : tooMany(c);
            case 'G':
                return n <= 5 ? new Text('G', n == 4 ? 4 : n == 5 ? 5 : 3) : tooMany(c);
            case 'a':
                return n == 1 ? new Text('a', 3) : tooMany(c);
            case 'd':
            case 'H':
            case 'h':
            case 'K':
            case 'k':
            case 'm':
            case 's':
                return numeric(c, n, 2, c);
            case 'D':
                return n == 1 ? new Num('D', 1, 3, false) : n <= 3 ? new Num('D', n, 3, false) : tooMany(c);
            case 'S':
                return new Fraction(n, n, false);
            case 'n':
                return new Num('n', n, 19, false);
            default:
                if ("BcegNOpQqVvWwXxYZz".indexOf(c) >= 0) {
                    throw new IllegalArgumentException("Pattern letter not supported by Cortado: " + c);
                }
                throw new IllegalArgumentException("Unknown pattern letter: " + c);
        }
    }

    private static Element numeric(char field, int n, int max, char letter) {
        if (n > max) {
            return tooMany(letter);
        }
        return new Num(field, n, n == 1 ? 2 : n, false);
    }

    private static Element tooMany(char c) {
        throw new IllegalArgumentException("Too many pattern letters: " + c);
    }

    // ------------------------------------------------------------------------------------------ formatting

    /** Formats {@code temporal}, a {@code LocalDate}, {@code LocalTime} or {@code LocalDateTime}. */
    public String format(TemporalAccessor temporal) {
        StringBuilder sb = new StringBuilder();
        formatTo(temporal, sb);
        return sb.toString();
    }

    /** Appends the formatted {@code temporal} to {@code appendable}. */
    public void formatTo(TemporalAccessor temporal, Appendable appendable) {
        if (temporal == null) {
            throw new NullPointerException("temporal");
        }
        Fields f = new Fields(temporal);
        StringBuilder sb = new StringBuilder();
        for (Element e : elements) {
            e.format(sb, f);
        }
        try {
            appendable.append(sb);
        } catch (java.io.IOException e) {
            throw new DateTimeException(e.getMessage(), e);
        }
    }

    /** The value's fields as the pattern letters name them. */
    private static final class Fields {
        /** The date, or for a year-month its first day, for a year its first day of the year. */
        final LocalDate date;
        final LocalTime time;
        /** Which date fields the value has: "uyG" of a year, "M" of a month, "d" of a month-day, "DE" of a date. */
        final String dateFields;
        /** The offset of a zoned or offset date-time, else null. */
        final java.time.ZoneOffset offset;
        /** The zone of a zoned date-time when it is a region (not an offset), else null. */
        final java.time.ZoneId region;

        Fields(TemporalAccessor t) {
            String full = "uyGMdDE";
            if (t instanceof java.time.ZonedDateTime) {
                java.time.ZonedDateTime z = (java.time.ZonedDateTime) t;
                offset = z.getOffset();
                region = z.getZone() instanceof java.time.ZoneOffset ? null : z.getZone();
                t = z.toLocalDateTime();
            } else if (t instanceof java.time.OffsetDateTime) {
                offset = ((java.time.OffsetDateTime) t).getOffset();
                region = null;
                t = ((java.time.OffsetDateTime) t).toLocalDateTime();
            } else {
                offset = null;
                region = null;
            }
            if (t instanceof LocalDateTime) {
                date = ((LocalDateTime) t).toLocalDate();
                time = ((LocalDateTime) t).toLocalTime();
                dateFields = full;
            } else if (t instanceof LocalDate) {
                date = (LocalDate) t;
                time = null;
                dateFields = full;
            } else if (t instanceof LocalTime) {
                date = null;
                time = (LocalTime) t;
                dateFields = "";
            } else if (t instanceof java.time.YearMonth) {
                date = ((java.time.YearMonth) t).atDay(1);
                time = null;
                dateFields = "uyGM";
            } else if (t instanceof java.time.Year) {
                date = ((java.time.Year) t).atDay(1);
                time = null;
                dateFields = "uyG";
            } else if (t instanceof java.time.MonthDay) {
                date = ((java.time.MonthDay) t).atYear(2000);
                time = null;
                dateFields = "Md";
            } else {
                throw new DateTimeException("Cortado's DateTimeFormatter formats only LocalDate, LocalTime, "
                        + "LocalDateTime, YearMonth, Year and MonthDay, not " + t.getClass().getName());
            }
        }

        boolean has(char field) {
            return "uyMdDEG".indexOf(field) >= 0 ? dateFields.indexOf(field) >= 0 : time != null;
        }

        long get(char field) {
            if (!has(field)) {
                throw new UnsupportedTemporalTypeException("Unsupported field: " + fieldName(field));
            }
            switch (field) {
                case 'u': return date.getYear();
                case 'y': return date.getYear() > 0 ? date.getYear() : 1 - date.getYear();
                case 'G': return date.getYear() > 0 ? 1 : 0;
                case 'M': return date.getMonthValue();
                case 'd': return date.getDayOfMonth();
                case 'D': return date.getDayOfYear();
                case 'E': return date.getDayOfWeek().getValue();
                case 'H': return time.getHour();
                case 'k': return time.getHour() == 0 ? 24 : time.getHour();
                case 'K': return time.getHour() % 12;
                case 'h': return time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
                case 'a': return time.getHour() / 12;
                case 'm': return time.getMinute();
                case 's': return time.getSecond();
                default: return time.getNano();
            }
        }
    }

    private static String fieldName(char field) {
        switch (field) {
            case 'u': return "Year";
            case 'y': return "YearOfEra";
            case 'G': return "Era";
            case 'M': return "MonthOfYear";
            case 'd': return "DayOfMonth";
            case 'D': return "DayOfYear";
            case 'E': return "DayOfWeek";
            case 'H': return "HourOfDay";
            case 'k': return "ClockHourOfDay";
            case 'K': return "HourOfAmPm";
            case 'h': return "ClockHourOfAmPm";
            case 'a': return "AmPmOfDay";
            case 'm': return "MinuteOfHour";
            case 's': return "SecondOfMinute";
            default: return "NanoOfSecond";
        }
    }

    // ------------------------------------------------------------------------------------------ parsing

    /**
     * Parses {@code text} and resolves what it found: a {@code LocalDateTime} when it has a date and a time, else
     * a {@code LocalDate} or a {@code LocalTime} (Cortado returns the resolved value itself, where Java returns
     * a field map; {@code LocalDate.from} and the other {@code from} methods accept either).
     */
    public TemporalAccessor parse(CharSequence text) {
        Parsed p = parseFields(text);
        boolean hasDate = p.present['u'] || p.present['y'];
        boolean hasTime = p.present['H'] || p.present['k'] || p.present['a'] && (p.present['h'] || p.present['K']);
        if (hasDate && hasTime) {
            return LocalDateTime.of(p.date(text), p.time(text));
        }
        if (hasDate) {
            return p.date(text);
        }
        if (hasTime) {
            return p.time(text);
        }
        return new TemporalAccessor() {
            @Override
            public String toString() {
                return "{}";
            }
        };
    }

    /** The fields of the text. */
    private Parsed parseFields(CharSequence text) {
        String s = text.toString();
        Parsed p = new Parsed(smart);
        int pos = parseAll(elements, s, 0, p);
        if (pos < 0) {
            throw new DateTimeParseException("Text '" + s + "' could not be parsed at index " + ~pos, s, ~pos);
        }
        if (pos < s.length()) {
            throw new DateTimeParseException("Text '" + s + "' could not be parsed, unparsed text found at index " + pos,
                    s, pos);
        }
        return p;
    }

    /** Parses the elements from {@code pos}: the position after them, or ~(the failing index). */
    private static int parseAll(List<Element> elements, String s, int pos, Parsed p) {
        for (int i = 0; i < elements.size(); i++) {
            Element next = i + 1 < elements.size() ? elements.get(i + 1) : null;
            pos = elements.get(i).parse(s, pos, p, next instanceof Num || next instanceof Reduced);
            if (pos < 0) {
                return pos;
            }
        }
        return pos;
    }

    /** Fields found by parsing, resolved into a date and a time on demand. */
    private static final class Parsed {
        final long[] values = new long[128];
        final boolean[] present = new boolean[128];
        final boolean smart;

        Parsed(boolean smart) {
            this.smart = smart;
        }

        void put(char field, long v) {
            values[field] = v;
            present[field] = true;
        }

        LocalDate date(CharSequence text) {
            try {
                long year;
                if (present['u']) {
                    year = values['u'];
                } else if (present['y']) {
                    year = present['G'] && values['G'] == 0 ? 1 - values['y'] : values['y'];
                } else {
                    throw new DateTimeException("Unable to obtain LocalDate from the parsed fields (no year)");
                }
                checkRange("Year", year, -999_999_999, 999_999_999);
                if (present['M'] && present['d']) {
                    long month = values['M'];
                    checkRange("MonthOfYear", month, 1, 12);
                    long day = values['d'];
                    if (day < 1 || day > 31) {
                        throw new DateTimeException("Invalid value for DayOfMonth (valid values 1 - 28/31): " + day);
                    }
                    if (smart) {
                        int length = java.time.Month.of((int) month).length(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0));
                        day = Math.min(day, length);
                    }
                    return LocalDate.of((int) year, (int) month, (int) day);
                }
                if (present['D']) {
                    return LocalDate.ofYearDay((int) year, (int) values['D']);
                }
                throw new DateTimeException("Unable to obtain LocalDate from the parsed fields (no month and day)");
            } catch (DateTimeException e) {
                throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
            }
        }

        LocalTime time(CharSequence text) {
            try {
                long hour;
                if (present['H']) {
                    hour = values['H'];
                    checkRange("HourOfDay", hour, 0, 23);
                } else if (present['k']) {
                    checkRange("ClockHourOfDay", values['k'], 1, 24);
                    hour = values['k'] % 24;
                } else if ((present['h'] || present['K']) && present['a']) {
                    long h = present['h'] ? values['h'] % 12 : values['K'];
                    hour = h + 12 * values['a'];
                } else {
                    throw new DateTimeException("Unable to obtain LocalTime from the parsed fields (no hour)");
                }
                long minute = present['m'] ? values['m'] : 0;
                long second = present['s'] ? values['s'] : 0;
                checkRange("MinuteOfHour", minute, 0, 59);
                checkRange("SecondOfMinute", second, 0, 59);
                long nano = present['n'] ? values['n'] : 0;
                return LocalTime.of((int) hour, (int) minute, (int) second, (int) nano);
            } catch (DateTimeException e) {
                throw new DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(), text, 0, e);
            }
        }
    }

    private static void checkRange(String name, long v, long min, long max) {
        if (v < min || v > max) {
            throw new DateTimeException("Invalid value for " + name + " (valid values " + min + " - " + max + "): " + v);
        }
    }

    @Override
    public String toString() {
        return description;
    }

    // ------------------------------------------------------------------------------------------ elements

    /** One piece of a format: a literal, a field, or an optional section. */
    private abstract static class Element {
        abstract void format(StringBuilder sb, Fields f);

        /** Whether every field this element prints is available (for optional sections). */
        abstract boolean available(Fields f);

        /** Parses from {@code pos}: the position after the element, or ~(the failing index). */
        abstract int parse(String s, int pos, Parsed p, boolean beforeNumber);
    }

    /**
     * The offset ID ({@code Z}, {@code +01:00}), or with {@code region} a region zone's ID in brackets when there
     * is one (an optional part that never makes its section unavailable); formatting only.
     */
    private static final class Zone extends Element {
        final boolean region;

        Zone(boolean region) {
            this.region = region;
        }

        void format(StringBuilder sb, Fields f) {
            if (region) {
                if (f.region != null) {
                    sb.append('[').append(f.region.getId()).append(']');
                }
            } else {
                if (f.offset == null) {
                    throw new UnsupportedTemporalTypeException("Unsupported field: OffsetSeconds");
                }
                sb.append(f.offset.getId());
            }
        }

        boolean available(Fields f) {
            return region || f.offset != null;
        }

        int parse(String s, int pos, Parsed p, boolean beforeNumber) {
            return region ? pos : ~pos;
        }
    }

    private static final class Lit extends Element {
        final String text;

        Lit(String text) {
            this.text = text;
        }

        void format(StringBuilder sb, Fields f) {
            sb.append(text);
        }

        boolean available(Fields f) {
            return true;
        }

        int parse(String s, int pos, Parsed p, boolean beforeNumber) {
            return s.startsWith(text, pos) ? pos + text.length() : ~pos;
        }
    }

    private static final class Opt extends Element {
        final List<Element> inner;

        Opt(List<Element> inner) {
            this.inner = inner;
        }

        void format(StringBuilder sb, Fields f) {
            if (available(f)) {
                for (Element e : inner) {
                    e.format(sb, f);
                }
            }
        }

        boolean available(Fields f) {
            for (Element e : inner) {
                if (!e.available(f)) {
                    return false;
                }
            }
            return true;
        }

        int parse(String s, int pos, Parsed p, boolean beforeNumber) {
            Parsed trial = new Parsed(p.smart);
            System.arraycopy(p.values, 0, trial.values, 0, p.values.length);
            System.arraycopy(p.present, 0, trial.present, 0, p.present.length);
            int end = parseAll(inner, s, pos, trial);
            if (end < 0) {
                return pos;
            }
            System.arraycopy(trial.values, 0, p.values, 0, p.values.length);
            System.arraycopy(trial.present, 0, p.present, 0, p.present.length);
            return end;
        }
    }

    /** A numeric field printed with at least {@code min} digits; {@code exceedsPad} signs years wider than that. */
    private static final class Num extends Element {
        final char field;
        final int min;
        final int max;
        final boolean exceedsPad;

        Num(char field, int min, int max, boolean exceedsPad) {
            this.field = field;
            this.min = min;
            this.max = max;
            this.exceedsPad = exceedsPad;
        }

        void format(StringBuilder sb, Fields f) {
            long v = f.get(field);
            String digits = Long.toString(Math.abs(v));
            if (digits.length() > max) {
                throw new DateTimeException("Field " + fieldName(field) + " cannot be printed as the value " + v
                        + " exceeds the maximum print width of " + max);
            }
            if (v < 0) {
                sb.append('-');
            } else if (exceedsPad && digits.length() > min) {
                sb.append('+');
            }
            for (int i = digits.length(); i < min; i++) {
                sb.append('0');
            }
            sb.append(digits);
        }

        boolean available(Fields f) {
            return f.has(field);
        }

        int parse(String s, int pos, Parsed p, boolean beforeNumber) {
            int i = pos;
            boolean neg = false;
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+') && (field == 'u' || exceedsPad)) {
                neg = s.charAt(i) == '-';
                i++;
            }
            int limit = beforeNumber ? min : max;
            int start = i;
            long v = 0;
            while (i < s.length() && i - start < limit && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i - start < min) {
                return ~pos;
            }
            p.put(field, neg ? -v : v);
            return i;
        }
    }

    /** Two-digit years, read as 2000-2099. */
    private static final class Reduced extends Element {
        final char field;

        Reduced(char field) {
            this.field = field;
        }

        void format(StringBuilder sb, Fields f) {
            long v = Math.floorMod(f.get(field), 100);
            sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
        }

        boolean available(Fields f) {
            return f.has(field);
        }

        int parse(String s, int pos, Parsed p, boolean beforeNumber) {
            if (pos + 2 > s.length() || !Character.isDigit(s.charAt(pos)) || !Character.isDigit(s.charAt(pos + 1))
                    || s.charAt(pos) > '9' || s.charAt(pos + 1) > '9') {
                return ~pos;
            }
            p.put(field, 2000 + (s.charAt(pos) - '0') * 10 + (s.charAt(pos + 1) - '0'));
            return pos + 2;
        }
    }

    /** The fraction of the second: {@code min} to {@code max} digits, after a point if {@code point}. */
    private static final class Fraction extends Element {
        final int min;
        final int max;
        final boolean point;

        Fraction(int min, int max, boolean point) {
            this.min = min;
            this.max = max;
            this.point = point;
        }

        void format(StringBuilder sb, Fields f) {
            String nine = Long.toString(1_000_000_000L + f.get('n')).substring(1);
            int n = max;
            while (n > min && nine.charAt(n - 1) == '0') {
                n--;
            }
            if (n > 0 && point) {
                sb.append('.');
            }
            sb.append(nine, 0, n);
        }

        boolean available(Fields f) {
            return f.has('n');
        }

        int parse(String s, int pos, Parsed p, boolean beforeNumber) {
            int i = pos;
            if (point) {
                if (i >= s.length() || s.charAt(i) != '.') {
                    return min == 0 ? pos : ~pos;
                }
                i++;
            }
            int start = i;
            long v = 0;
            while (i < s.length() && i - start < max && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                v = v * 10 + (s.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits < Math.max(min, point ? 1 : 0)) {
                return ~pos;
            }
            for (int k = digits; k < 9; k++) {
                v *= 10;
            }
            p.put('n', v);
            return i;
        }
    }

    /** Month, day-of-week, era and AM/PM names: 3 short, 4 full, 5 narrow. */
    private static final class Text extends Element {
        final char field;
        final int width;

        Text(char field, int width) {
            this.field = field;
            this.width = width;
        }

        private String name(long v) {
            String full;
            switch (field) {
                case 'M': full = MONTHS[(int) v - 1]; break;
                case 'E': full = DAYS[(int) v - 1]; break;
                case 'G': full = v == 1 ? "Anno Domini" : "Before Christ"; break;
                default: return v == 0 ? "AM" : "PM";
            }
            if (width == 4) {
                return full;
            }
            if (width == 5) {
                return full.substring(0, 1);
            }
            return field == 'G' ? (v == 1 ? "AD" : "BC") : full.substring(0, 3);
        }

        void format(StringBuilder sb, Fields f) {
            sb.append(name(f.get(field)));
        }

        boolean available(Fields f) {
            return f.has(field);
        }

        int parse(String s, int pos, Parsed p, boolean beforeNumber) {
            int count = field == 'M' ? 12 : field == 'E' ? 7 : 2;
            int first = field == 'M' || field == 'E' ? 1 : 0;
            int best = -1;
            int bestLen = 0;
            for (int v = first; v < first + count; v++) {
                String n = name(v);
                if (n.length() > bestLen && s.startsWith(n, pos)) {
                    best = v;
                    bestLen = n.length();
                }
            }
            if (best < 0) {
                return ~pos;
            }
            if (field != 'E') {
                p.put(field, best);
            }
            return pos + bestLen;
        }
    }
}
