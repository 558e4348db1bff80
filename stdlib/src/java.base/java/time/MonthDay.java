package java.time;

import java.time.temporal.Temporal;

/**
 * A day of a month without a year, such as {@code --12-03}; February 29th is allowed and becomes the 28th in
 * years that are not leap years.
 */
public final class MonthDay implements java.time.temporal.TemporalAccessor, java.time.temporal.TemporalAdjuster,
        Comparable<MonthDay>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int month;
    private final int day;

    private MonthDay(int month, int day) {
        this.month = month;
        this.day = day;
    }

    /** The day {@code dayOfMonth} of {@code month}. */
    public static MonthDay of(Month month, int dayOfMonth) {
        java.util.Objects.requireNonNull(month, "month");
        if (dayOfMonth < 1 || dayOfMonth > 31) {
            throw new DateTimeException("Invalid value for DayOfMonth (valid values 1 - 28/31): " + dayOfMonth);
        }
        if (dayOfMonth > month.maxLength()) {
            throw new DateTimeException("Illegal value for DayOfMonth field, value " + dayOfMonth
                    + " is not valid for month " + month.name());
        }
        return new MonthDay(month.getValue(), dayOfMonth);
    }

    /** The day {@code dayOfMonth} of {@code month} (1-12). */
    public static MonthDay of(int month, int dayOfMonth) {
        return of(Month.of(month), dayOfMonth);
    }

    /** Today's month and day in UTC (Cortado has no time-zone rules). */
    public static MonthDay now() {
        return from(LocalDate.now());
    }

    /** The month and day of {@code temporal}'s date. */
    public static MonthDay from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof MonthDay) {
            return (MonthDay) temporal;
        }
        try {
            LocalDate d = LocalDate.from(temporal);
            return new MonthDay(d.getMonthValue(), d.getDayOfMonth());
        } catch (DateTimeException e) {
            throw LocalDate.unobtainable("MonthDay", temporal);
        }
    }

    /** Parses {@code --MM-dd}. */
    public static MonthDay parse(CharSequence text) {
        String s = text.toString();
        if (!s.startsWith("--")) {
            throw LocalDate.fail(s, 0);
        }
        int m = LocalDate.two(s, 2);
        if (s.length() < 5 || s.charAt(4) != '-') {
            throw LocalDate.fail(s, 4);
        }
        int d = LocalDate.two(s, 5);
        if (s.length() != 7) {
            throw new java.time.format.DateTimeParseException("Text '" + s
                    + "' could not be parsed, unparsed text found at index 7", s, 7);
        }
        try {
            return of(m, d);
        } catch (DateTimeException e) {
            throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed: Unable to obtain "
                    + "MonthDay from TemporalAccessor: {MonthOfYear=" + m + ", DayOfMonth=" + d + "},ISO of type "
                    + "java.time.format.Parsed", s, 0, e);
        }
    }

    /** Parses {@code text} with {@code formatter} (which must give a whole date in Cortado). */
    public static MonthDay parse(CharSequence text, java.time.format.DateTimeFormatter formatter) {
        return from(LocalDate.parse(text, formatter));
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

    /** Whether this day exists in {@code year} (February 29th only in leap years). */
    public boolean isValidYear(int year) {
        return !(day == 29 && month == 2 && !LocalDate.isLeap(year));
    }

    /** A copy with the month changed, the day clamped to the month's greatest length. */
    public MonthDay withMonth(int m) {
        return with(Month.of(m));
    }

    /** A copy with the month changed, the day clamped to the month's greatest length. */
    public MonthDay with(Month m) {
        return new MonthDay(m.getValue(), Math.min(day, m.maxLength()));
    }

    /** A copy with the day changed. */
    public MonthDay withDayOfMonth(int d) {
        return of(month, d);
    }

    /** The date of this day in {@code year} (February 29th becomes the 28th outside leap years). */
    public LocalDate atYear(int year) {
        return LocalDate.of(year, month, isValidYear(year) ? day : 28);
    }

    /** {@code temporal} moved to this month and day of its year (February 29th clamped). */
    @Override
    public Temporal adjustInto(Temporal temporal) {
        LocalDate d = LocalDate.dateOf(temporal, "MonthOfYear");
        return temporal.with(atYear(d.getYear()));
    }

    /** This day formatted by {@code formatter}. */
    public String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    /** Whether this day comes after {@code other} in a year. */
    public boolean isAfter(MonthDay other) {
        return compareTo(other) > 0;
    }

    /** Whether this day comes before {@code other} in a year. */
    public boolean isBefore(MonthDay other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(MonthDay other) {
        int c = month - other.month;
        return c != 0 ? c : day - other.day;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthDay && ((MonthDay) o).month == month && ((MonthDay) o).day == day;
    }

    @Override
    public int hashCode() {
        return (month << 6) + day;
    }

    /** {@code --MM-dd}. */
    @Override
    public String toString() {
        return new StringBuilder(7).append(month < 10 ? "--0" : "--").append(month).append(day < 10 ? "-0" : "-")
                .append(day).toString();
    }
}
