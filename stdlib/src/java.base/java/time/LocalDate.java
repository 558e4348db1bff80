package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/**
 * A date in the proleptic Gregorian calendar without time or zone, such as {@code 2007-12-03}, for years
 * -999,999,999 to 999,999,999. Day counting uses the epoch day (0 = 1970-01-01).
 */
public final class LocalDate implements java.time.chrono.ChronoLocalDate, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The earliest date, -999999999-01-01. */
    public static final LocalDate MIN = new LocalDate(-999999999, 1, 1);
    /** The latest date, +999999999-12-31. */
    public static final LocalDate MAX = new LocalDate(999999999, 12, 31);
    /** 1970-01-01. */
    public static final LocalDate EPOCH = new LocalDate(1970, 1, 1);

    private final int year;
    private final short month;
    private final short day;

    private LocalDate(int year, int month, int day) {
        this.year = year;
        this.month = (short) month;
        this.day = (short) day;
    }

    static void checkField(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new DateTimeException("Invalid value for " + name + " (valid values " + min + " - " + max + "): "
                    + value);
        }
    }

    /** The date of {@code year}, {@code month} (1-12) and {@code dayOfMonth}. */
    public static LocalDate of(int year, int month, int dayOfMonth) {
        checkField("Year", year, -999999999, 999999999);
        checkField("MonthOfYear", month, 1, 12);
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new DateTimeException("Invalid value for DayOfMonth (valid values 1 - 28/31): " + dayOfMonth);
        }
        if (dayOfMonth > 28) {
            int len = Month.of(month).length(isLeap(year));
            if (dayOfMonth > len) {
                if (dayOfMonth == 29) {
                    throw new DateTimeException("Invalid date 'February 29' as '" + year + "' is not a leap year");
                }
                throw new DateTimeException("Invalid date '" + Month.of(month).name() + " " + dayOfMonth + "'");
            }
        }
        return new LocalDate(year, month, dayOfMonth);
    }

    /** The date of {@code year}, {@code month} and {@code dayOfMonth}. */
    public static LocalDate of(int year, Month month, int dayOfMonth) {
        return of(year, month.getValue(), dayOfMonth);
    }

    /** The date of {@code dayOfYear} (1-365/366) in {@code year}. */
    public static LocalDate ofYearDay(int year, int dayOfYear) {
        checkField("Year", year, -999999999, 999999999);
        checkField("DayOfYear", dayOfYear, 1, 366);
        if (dayOfYear == 366 && !isLeap(year)) {
            throw new DateTimeException("Invalid date 'DayOfYear 366' as '" + year + "' is not a leap year");
        }
        return ofEpochDay(of(year, 1, 1).toEpochDay() + dayOfYear - 1);
    }

    /** The date {@code epochDay} days after 1970-01-01. */
    public static LocalDate ofEpochDay(long epochDay) {
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        int d = (int) (doy - (153 * mp + 2) / 5 + 1);
        int m = (int) (mp < 10 ? mp + 3 : mp - 9);
        if (m <= 2) {
            y++;
        }
        checkField("EpochDay", epochDay, -365243219162L, 365241780471L);
        return new LocalDate((int) y, m, d);
    }

    /** Today in UTC (Cortado has no time-zone rules). */
    public static LocalDate now() {
        return ofEpochDay(Math.floorDiv(System.currentTimeMillis(), 86400000L));
    }

    /** Parses ISO {@code yyyy-MM-dd} (years beyond four digits carry a sign). */
    public static LocalDate parse(CharSequence text) {
        String s = text.toString();
        int[] at = {0};
        LocalDate d = parseAt(s, at);
        if (at[0] != s.length()) {
            throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed, unparsed text found at index "
                    + at[0], s, at[0]);
        }
        return d;
    }

    /** Parses an ISO date at {@code at[0]}, leaving {@code at[0]} after it; errors name the failing field's index. */
    static LocalDate parseAt(String s, int[] at) {
        int i = at[0];
        int start = i;
        boolean signed = i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-');
        if (signed) {
            i++;
        }
        int ds = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - ds < 10) {
            i++;
        }
        int digits = i - ds;
        if (digits < 4 || (digits > 4 && !signed) || digits > 9) {
            throw fail(s, start);
        }
        long y = Long.parseLong(s.substring(ds, i));
        if (s.charAt(start) == '-') {
            y = -y;
        }
        if (i >= s.length() || s.charAt(i) != '-') {
            throw fail(s, i);
        }
        i++;
        int m = two(s, i);
        i += 2;
        if (i >= s.length() || s.charAt(i) != '-') {
            throw fail(s, i);
        }
        i++;
        int dd = two(s, i);
        i += 2;
        at[0] = i;
        try {
            return of((int) y, m, dd);
        } catch (DateTimeException e) {
            throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed: " + e.getMessage(), s, 0, e);
        }
    }

    static java.time.format.DateTimeParseException fail(String s, int index) {
        return new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed at index " + index, s, index);
    }

    /** Two digits at {@code i}, or a parse failure at {@code i}. */
    static int two(String s, int i) {
        if (i + 2 > s.length()) {
            throw fail(s, i);
        }
        char a = s.charAt(i);
        char b = s.charAt(i + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            throw fail(s, i);
        }
        return (a - '0') * 10 + (b - '0');
    }

    static int parse2(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            throw new NumberFormatException();
        }
        return (a - '0') * 10 + (b - '0');
    }

    /** Whether {@code year} is a leap year in the proleptic Gregorian calendar. */
    static boolean isLeap(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** The year. */
    public int getYear() {
        return year;
    }

    /** The month, 1 to 12. */
    public int getMonthValue() {
        return month;
    }

    /** The month. */
    public Month getMonth() {
        return Month.of(month);
    }

    /** The day of the month. */
    public int getDayOfMonth() {
        return day;
    }

    /** The day of the year, 1 to 365/366. */
    public int getDayOfYear() {
        return getMonth().firstDayOfYear(isLeapYear()) + day - 1;
    }

    /** The day of the week. */
    public DayOfWeek getDayOfWeek() {
        return DayOfWeek.of((int) Math.floorMod(toEpochDay() + 3, 7L) + 1);
    }

    /** Whether the year is a leap year. */
    public boolean isLeapYear() {
        return isLeap(year);
    }

    /** The days in this month. */
    public int lengthOfMonth() {
        return getMonth().length(isLeapYear());
    }

    /** The days in this year. */
    public int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    /** Days since 1970-01-01. */
    public long toEpochDay() {
        long y = month <= 2 ? (long) year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long mp = month > 2 ? month - 3 : month + 9;
        long doy = (153 * mp + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    private static LocalDate resolve(long year, int month, int day) {
        checkField("Year", year, -999999999, 999999999);
        int len = Month.of(month).length(isLeap(year));
        return new LocalDate((int) year, month, Math.min(day, len));
    }

    /** This date plus {@code years}, the day clamped to the month's length. */
    public LocalDate plusYears(long years) {
        return years == 0 ? this : resolve(Math.addExact(year, years), month, day);
    }

    /** This date plus {@code months}, the day clamped to the month's length. */
    public LocalDate plusMonths(long months) {
        if (months == 0) {
            return this;
        }
        long count = year * 12L + (month - 1) + months;
        return resolve(Math.floorDiv(count, 12L), (int) Math.floorMod(count, 12L) + 1, day);
    }

    /** This date plus {@code weeks}. */
    public LocalDate plusWeeks(long weeks) {
        return plusDays(Math.multiplyExact(weeks, 7L));
    }

    /** This date plus {@code days}. */
    public LocalDate plusDays(long days) {
        return days == 0 ? this : ofEpochDay(Math.addExact(toEpochDay(), days));
    }

    /** This date minus {@code years}. */
    public LocalDate minusYears(long years) {
        return plusYears(-years);
    }

    /** This date minus {@code months}. */
    public LocalDate minusMonths(long months) {
        return plusMonths(-months);
    }

    /** This date minus {@code weeks}. */
    public LocalDate minusWeeks(long weeks) {
        return plusWeeks(-weeks);
    }

    /** This date minus {@code days}. */
    public LocalDate minusDays(long days) {
        return plusDays(-days);
    }

    /** This date plus an amount (a {@code Period}: months, then days). */
    public LocalDate plus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Period) {
            Period p = (Period) amount;
            return plusMonths(p.toTotalMonths()).plusDays(p.getDays());
        }
        return (LocalDate) amount.addTo(this);
    }

    /** This date minus an amount. */
    public LocalDate minus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Period) {
            Period p = (Period) amount;
            return plusMonths(-p.toTotalMonths()).plusDays(-p.getDays());
        }
        return (LocalDate) amount.subtractFrom(this);
    }

    @Override
    public LocalDate plus(long amount, TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit)) {
            throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
        switch ((ChronoUnit) unit) {
            case DAYS:
                return plusDays(amount);
            case WEEKS:
                return plusWeeks(amount);
            case MONTHS:
                return plusMonths(amount);
            case YEARS:
                return plusYears(amount);
            case DECADES:
                return plusYears(Math.multiplyExact(amount, 10L));
            case CENTURIES:
                return plusYears(Math.multiplyExact(amount, 100L));
            case MILLENNIA:
                return plusYears(Math.multiplyExact(amount, 1000L));
            default:
                throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    @Override
    public LocalDate minus(long amount, TemporalUnit unit) {
        return plus(-amount, unit);
    }

    /** A copy adjusted by {@code adjuster} (a date replaces this one). */
    @Override
    public LocalDate with(java.time.temporal.TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate) {
            return (LocalDate) adjuster;
        }
        return (LocalDate) adjuster.adjustInto(this);
    }

    /** {@code temporal} with its date replaced by this one. */
    @Override
    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof LocalDate) {
            return this;
        }
        if (!hasDate(temporal)) {
            throw new UnsupportedTemporalTypeException("Unsupported field: EpochDay");
        }
        return temporal.with(this);
    }

    /** The date of {@code temporal}, or the failure of an adjuster setting {@code field} on a temporal without one. */
    static LocalDate dateOf(java.time.temporal.TemporalAccessor temporal, String field) {
        try {
            return from(temporal);
        } catch (DateTimeException e) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    /** Whether {@code temporal} is one of the library's types holding a date that {@code with(LocalDate)} replaces. */
    static boolean hasDate(java.time.temporal.TemporalAccessor temporal) {
        return temporal instanceof LocalDate || temporal instanceof LocalDateTime || temporal instanceof ZonedDateTime
                || temporal instanceof OffsetDateTime;
    }

    /** A copy with the year changed (day clamped). */
    public LocalDate withYear(int y) {
        return resolve(y, month, day);
    }

    /** A copy with the month changed (day clamped). */
    public LocalDate withMonth(int m) {
        checkField("MonthOfYear", m, 1, 12);
        return resolve(year, m, day);
    }

    /** A copy with the day of month changed. */
    public LocalDate withDayOfMonth(int d) {
        return of(year, month, d);
    }

    /** A copy with the day of year changed. */
    public LocalDate withDayOfYear(int d) {
        return ofYearDay(year, d);
    }

    private long monthsUntil(LocalDate end) {
        long packed1 = (year * 12L + month - 1) * 32L + day;
        long packed2 = (end.year * 12L + end.month - 1) * 32L + end.day;
        return (packed2 - packed1) / 32;
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalDate end;
        if (endExclusive instanceof LocalDate) {
            end = (LocalDate) endExclusive;
        } else if (endExclusive instanceof LocalDateTime) {
            end = ((LocalDateTime) endExclusive).toLocalDate();
        } else {
            throw new DateTimeException("Unable to obtain LocalDate from TemporalAccessor: " + endExclusive);
        }
        if (!(unit instanceof ChronoUnit)) {
            throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
        switch ((ChronoUnit) unit) {
            case DAYS:
                return end.toEpochDay() - toEpochDay();
            case WEEKS:
                return (end.toEpochDay() - toEpochDay()) / 7;
            case MONTHS:
                return monthsUntil(end);
            case YEARS:
                return monthsUntil(end) / 12;
            case DECADES:
                return monthsUntil(end) / 120;
            case CENTURIES:
                return monthsUntil(end) / 1200;
            case MILLENNIA:
                return monthsUntil(end) / 12000;
            default:
                throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
    }

    /** The period from this date to {@code endDateExclusive}. */
    public Period until(java.time.chrono.ChronoLocalDate endDateExclusive) {
        return Period.between(this, LocalDate.ofEpochDay(endDateExclusive.toEpochDay()));
    }

    /** This date at {@code time}. */
    public LocalDateTime atTime(LocalTime time) {
        return LocalDateTime.of(this, time);
    }

    /** This date at the given hour and minute. */
    public LocalDateTime atTime(int hour, int minute) {
        return LocalDateTime.of(this, LocalTime.of(hour, minute));
    }

    /** This date at the given hour, minute and second. */
    public LocalDateTime atTime(int hour, int minute, int second) {
        return LocalDateTime.of(this, LocalTime.of(hour, minute, second));
    }

    /** The first instant of this date in {@code zone} (midnight, with fixed-offset zones). */
    public ZonedDateTime atStartOfDay(ZoneId zone) {
        return ZonedDateTime.of(atStartOfDay(), zone);
    }

    /** This date at midnight. */
    public LocalDateTime atStartOfDay() {
        return LocalDateTime.of(this, LocalTime.MIDNIGHT);
    }

    /** Whether this date is before {@code other}. */
    @Override
    public boolean isBefore(java.time.chrono.ChronoLocalDate other) {
        return compareTo(other) < 0;
    }

    /** Whether this date is after {@code other}. */
    @Override
    public boolean isAfter(java.time.chrono.ChronoLocalDate other) {
        return compareTo(other) > 0;
    }

    /** Whether this is the same date as {@code other}. */
    @Override
    public boolean isEqual(java.time.chrono.ChronoLocalDate other) {
        return compareTo(other) == 0;
    }

    @Override
    public int compareTo(java.time.chrono.ChronoLocalDate other) {
        if (!(other instanceof LocalDate)) {
            return Long.compare(toEpochDay(), other.toEpochDay());
        }
        LocalDate o = (LocalDate) other;
        int c = year - o.year;
        if (c == 0) {
            c = month - o.month;
            if (c == 0) {
                c = day - o.day;
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalDate && compareTo((LocalDate) o) == 0;
    }

    @Override
    public int hashCode() {
        return year * 31 * 31 + month * 31 + day;
    }

    /** ISO-8601 {@code yyyy-MM-dd} ({@code +} before years beyond 9999). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        appendYear(sb, year);
        return sb.append(month < 10 ? "-0" : "-").append(month).append(day < 10 ? "-0" : "-").append(day).toString();
    }

    static void appendYear(StringBuilder sb, long year) {
        long abs = Math.abs(year);
        if (abs < 1000) {
            if (year < 0) {
                sb.append('-');
            }
            sb.append(Long.toString(abs + 10000).substring(1));
        } else {
            if (year > 9999) {
                sb.append('+');
            }
            sb.append(year);
        }
    }

    /** This value formatted by {@code formatter}. */
    public String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    /** Parses {@code text} with {@code formatter}. */
    public static LocalDate parse(CharSequence text, java.time.format.DateTimeFormatter formatter) {
        return (LocalDate) LocalDate.parseWith(text, formatter, 0);
    }

    /** The LocalDate that {@code temporal} holds (Cortado: from its own date and time classes). */
    public static LocalDate from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof LocalDate) {
            return (LocalDate) temporal;
        }
        if (temporal instanceof LocalDateTime) {
            return ((LocalDateTime) temporal).toLocalDate();
        }
        if (temporal instanceof ZonedDateTime) {
            return ((ZonedDateTime) temporal).toLocalDate();
        }
        if (temporal instanceof OffsetDateTime) {
            return ((OffsetDateTime) temporal).toLocalDate();
        }
        throw LocalDate.unobtainable("LocalDate", temporal);
    }

    /**
     * {@code from(formatter.parse(text))} of LocalDate (kind 0), LocalTime (1) or LocalDateTime (2), a failure to
     * convert reported as the text's parse failure.
     */
    static Object parseWith(CharSequence text, java.time.format.DateTimeFormatter formatter, int kind) {
        java.util.Objects.requireNonNull(formatter, "formatter");
        java.time.temporal.TemporalAccessor parsed = formatter.parse(text);
        try {
            return kind == 0 ? from(parsed) : kind == 1 ? LocalTime.from(parsed) : LocalDateTime.from(parsed);
        } catch (DateTimeException e) {
            throw new java.time.format.DateTimeParseException("Text '" + text + "' could not be parsed: " + e.getMessage(),
                    text, 0, e);
        }
    }

    /** The exception of a {@code from} method given something it cannot convert. */
    static DateTimeException unobtainable(String type, java.time.temporal.TemporalAccessor temporal) {
        return new DateTimeException("Unable to obtain " + type + " from TemporalAccessor: " + temporal + " of type "
                + temporal.getClass().getName());
    }
}
