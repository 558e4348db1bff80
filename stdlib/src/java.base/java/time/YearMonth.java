package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/**
 * A month of a year in the proleptic Gregorian calendar, such as {@code 2024-02}; arithmetic counts whole
 * months.
 */
public final class YearMonth implements Temporal, java.time.temporal.TemporalAdjuster, Comparable<YearMonth>,
        java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int year;
    private final int month;

    private YearMonth(int year, int month) {
        this.year = year;
        this.month = month;
    }

    /** The month {@code month} (1-12) of {@code year}. */
    public static YearMonth of(int year, int month) {
        LocalDate.checkField("Year", year, Year.MIN_VALUE, Year.MAX_VALUE);
        LocalDate.checkField("MonthOfYear", month, 1, 12);
        return new YearMonth(year, month);
    }

    /** The month {@code month} of {@code year}. */
    public static YearMonth of(int year, Month month) {
        return of(year, month.getValue());
    }

    /** This month in UTC (Cortado has no time-zone rules). */
    public static YearMonth now() {
        return from(LocalDate.now());
    }

    /** The year and month of {@code temporal}'s date. */
    public static YearMonth from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof YearMonth) {
            return (YearMonth) temporal;
        }
        try {
            LocalDate d = LocalDate.from(temporal);
            return new YearMonth(d.getYear(), d.getMonthValue());
        } catch (DateTimeException e) {
            throw LocalDate.unobtainable("YearMonth", temporal);
        }
    }

    /** Parses {@code uuuu-MM} (years beyond four digits carry a sign). */
    public static YearMonth parse(CharSequence text) {
        String s = text.toString();
        int i = 0;
        boolean signed = i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-');
        if (signed) {
            i++;
        }
        int ds = i;
        while (i < s.length() && i - ds < 10 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        int digits = i - ds;
        if (digits < 4 || (digits > 4 && !signed)) {
            throw LocalDate.fail(s, 0);
        }
        long y = Long.parseLong(s.substring(ds, i));
        if (s.charAt(0) == '-') {
            y = -y;
        }
        if (i >= s.length() || s.charAt(i) != '-') {
            throw LocalDate.fail(s, i);
        }
        int m = LocalDate.two(s, i + 1);
        i += 3;
        if (i != s.length()) {
            throw new java.time.format.DateTimeParseException("Text '" + s
                    + "' could not be parsed, unparsed text found at index " + i, s, i);
        }
        if (y < Year.MIN_VALUE || y > Year.MAX_VALUE || m < 1 || m > 12) {
            throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed: Unable to obtain "
                    + "YearMonth from TemporalAccessor: {MonthOfYear=" + m + ", Year=" + y + "},ISO of type "
                    + "java.time.format.Parsed", s, 0);
        }
        return new YearMonth((int) y, m);
    }

    /** Parses {@code text} with {@code formatter} (which must give a whole date in Cortado). */
    public static YearMonth parse(CharSequence text, java.time.format.DateTimeFormatter formatter) {
        return from(LocalDate.parse(text, formatter));
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

    /** Whether the year is a leap year. */
    public boolean isLeapYear() {
        return LocalDate.isLeap(year);
    }

    /** The days in this month. */
    public int lengthOfMonth() {
        return getMonth().length(isLeapYear());
    }

    /** The days in this year. */
    public int lengthOfYear() {
        return isLeapYear() ? 366 : 365;
    }

    /** Whether {@code dayOfMonth} exists in this month. */
    public boolean isValidDay(int dayOfMonth) {
        return dayOfMonth >= 1 && dayOfMonth <= lengthOfMonth();
    }

    /** The date of {@code dayOfMonth} in this month. */
    public LocalDate atDay(int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    /** The last day of this month. */
    public LocalDate atEndOfMonth() {
        return LocalDate.of(year, month, lengthOfMonth());
    }

    /** A copy with the year changed. */
    public YearMonth withYear(int y) {
        return of(y, month);
    }

    /** A copy with the month changed. */
    public YearMonth withMonth(int m) {
        return of(year, m);
    }

    /** This month plus {@code years}. */
    public YearMonth plusYears(long years) {
        if (years == 0) {
            return this;
        }
        long y = year + years;
        LocalDate.checkField("Year", y, Year.MIN_VALUE, Year.MAX_VALUE);
        return new YearMonth((int) y, month);
    }

    /** This month plus {@code months}. */
    public YearMonth plusMonths(long months) {
        if (months == 0) {
            return this;
        }
        long count = Math.addExact(year * 12L + (month - 1), months);
        long y = Math.floorDiv(count, 12L);
        LocalDate.checkField("Year", y, Year.MIN_VALUE, Year.MAX_VALUE);
        return new YearMonth((int) y, (int) Math.floorMod(count, 12L) + 1);
    }

    /** This month minus {@code years}. */
    public YearMonth minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    /** This month minus {@code months}. */
    public YearMonth minusMonths(long months) {
        return months == Long.MIN_VALUE ? plusMonths(Long.MAX_VALUE).plusMonths(1) : plusMonths(-months);
    }

    /** The years in one {@code unit} of the year-based units, or the failure for any other unit. */
    static long yearsIn(TemporalUnit unit) {
        if (unit == ChronoUnit.YEARS) {
            return 1;
        } else if (unit == ChronoUnit.DECADES) {
            return 10;
        } else if (unit == ChronoUnit.CENTURIES) {
            return 100;
        } else if (unit == ChronoUnit.MILLENNIA) {
            return 1000;
        }
        throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
    }

    @Override
    public YearMonth plus(long amount, TemporalUnit unit) {
        if (unit == ChronoUnit.MONTHS) {
            return plusMonths(amount);
        }
        return plusYears(Math.multiplyExact(amount, yearsIn(unit)));
    }

    @Override
    public YearMonth minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    /** This month plus an amount (a {@code Period}: its total months; days must be zero). */
    public YearMonth plus(java.time.temporal.TemporalAmount amount) {
        return (YearMonth) amount.addTo(this);
    }

    /** This month minus an amount. */
    public YearMonth minus(java.time.temporal.TemporalAmount amount) {
        return (YearMonth) amount.subtractFrom(this);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        YearMonth end = from(endExclusive);
        long months = (end.year * 12L + end.month) - (year * 12L + month);
        if (unit == ChronoUnit.MONTHS) {
            return months;
        }
        return months / (12 * yearsIn(unit));
    }

    /** A copy adjusted by {@code adjuster}. */
    @Override
    public YearMonth with(java.time.temporal.TemporalAdjuster adjuster) {
        if (adjuster instanceof YearMonth) {
            return (YearMonth) adjuster;
        }
        return (YearMonth) adjuster.adjustInto(this);
    }

    /** {@code temporal} moved to this year and month, its day clamped to the month's length. */
    @Override
    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof YearMonth) {
            return this;
        }
        LocalDate d = LocalDate.dateOf(temporal, "ProlepticMonth");
        return temporal.with(atDay(Math.min(d.getDayOfMonth(), lengthOfMonth())));
    }

    /** This month formatted by {@code formatter}. */
    public String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    /** Whether this month is after {@code other}. */
    public boolean isAfter(YearMonth other) {
        return compareTo(other) > 0;
    }

    /** Whether this month is before {@code other}. */
    public boolean isBefore(YearMonth other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(YearMonth other) {
        int c = year - other.year;
        return c != 0 ? c : month - other.month;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YearMonth && ((YearMonth) o).year == year && ((YearMonth) o).month == month;
    }

    @Override
    public int hashCode() {
        return year ^ (month << 27);
    }

    /** {@code uuuu-MM}: at least four year digits, no {@code +} before long years. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(10);
        int abs = Math.abs(year);
        if (abs < 1000) {
            if (year < 0) {
                sb.append('-');
            }
            sb.append(Integer.toString(abs + 10000).substring(1));
        } else {
            sb.append(year);
        }
        return sb.append(month < 10 ? "-0" : "-").append(month).toString();
    }
}
