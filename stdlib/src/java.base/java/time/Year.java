package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/**
 * A year of the proleptic Gregorian calendar, such as {@code 2024}, from -999,999,999 to 999,999,999.
 */
public final class Year implements Temporal, java.time.temporal.TemporalAdjuster, Comparable<Year>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The smallest year, -999,999,999. */
    public static final int MIN_VALUE = -999999999;
    /** The largest year, 999,999,999. */
    public static final int MAX_VALUE = 999999999;

    private final int year;

    private Year(int year) {
        this.year = year;
    }

    /** The year {@code isoYear}. */
    public static Year of(int isoYear) {
        LocalDate.checkField("Year", isoYear, MIN_VALUE, MAX_VALUE);
        return new Year(isoYear);
    }

    /** This year in UTC (Cortado has no time-zone rules). */
    public static Year now() {
        return new Year(LocalDate.now().getYear());
    }

    /** The year of {@code temporal}'s date. */
    public static Year from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof Year) {
            return (Year) temporal;
        }
        try {
            return new Year(LocalDate.from(temporal).getYear());
        } catch (DateTimeException e) {
            throw LocalDate.unobtainable("Year", temporal);
        }
    }

    /** Parses an optional sign and one to nine digits. */
    public static Year parse(CharSequence text) {
        String s = text.toString();
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int ds = i;
        while (i < s.length() && i - ds < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        if (i == ds) {
            throw LocalDate.fail(s, ds);
        }
        if (i != s.length()) {
            throw new java.time.format.DateTimeParseException("Text '" + s
                    + "' could not be parsed, unparsed text found at index " + i, s, i);
        }
        int value = Integer.parseInt(s.substring(ds, i));
        return new Year(s.charAt(0) == '-' ? -value : value);
    }

    /** Parses {@code text} with {@code formatter}. */
    public static Year parse(CharSequence text, java.time.format.DateTimeFormatter formatter) {
        return from(LocalDate.parse(text, formatter));
    }

    /** Whether {@code year} is a leap year in the proleptic Gregorian calendar. */
    public static boolean isLeap(long year) {
        return LocalDate.isLeap(year);
    }

    /** The year. */
    public int getValue() {
        return year;
    }

    /** Whether this is a leap year. */
    public boolean isLeap() {
        return LocalDate.isLeap(year);
    }

    /** The days in this year, 365 or 366. */
    public int length() {
        return isLeap() ? 366 : 365;
    }

    /** Whether {@code monthDay} exists in this year (February 29th only in leap years). */
    public boolean isValidMonthDay(MonthDay monthDay) {
        return monthDay != null && monthDay.isValidYear(year);
    }

    /** The date of {@code dayOfYear} in this year. */
    public LocalDate atDay(int dayOfYear) {
        return LocalDate.ofYearDay(year, dayOfYear);
    }

    /** The year-month of {@code month} in this year. */
    public YearMonth atMonth(int month) {
        return YearMonth.of(year, month);
    }

    /** The year-month of {@code month} in this year. */
    public YearMonth atMonth(Month month) {
        return YearMonth.of(year, month);
    }

    /** The date of {@code monthDay} in this year (February 29th becomes the 28th outside leap years). */
    public LocalDate atMonthDay(MonthDay monthDay) {
        return monthDay.atYear(year);
    }

    /** This year plus {@code years}. */
    public Year plusYears(long years) {
        if (years == 0) {
            return this;
        }
        long y = year + years;
        LocalDate.checkField("Year", y, MIN_VALUE, MAX_VALUE);
        return new Year((int) y);
    }

    /** This year minus {@code years}. */
    public Year minusYears(long years) {
        return years == Long.MIN_VALUE ? plusYears(Long.MAX_VALUE).plusYears(1) : plusYears(-years);
    }

    @Override
    public Year plus(long amount, TemporalUnit unit) {
        return plusYears(Math.multiplyExact(amount, YearMonth.yearsIn(unit)));
    }

    @Override
    public Year minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    /** This year plus an amount ({@code Period}: its years; months or days must be zero). */
    public Year plus(java.time.temporal.TemporalAmount amount) {
        return (Year) amount.addTo(this);
    }

    /** This year minus an amount. */
    public Year minus(java.time.temporal.TemporalAmount amount) {
        return (Year) amount.subtractFrom(this);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        Year end = from(endExclusive);
        return (end.year - (long) year) / YearMonth.yearsIn(unit);
    }

    /** A copy adjusted by {@code adjuster}. */
    @Override
    public Year with(java.time.temporal.TemporalAdjuster adjuster) {
        return (Year) adjuster.adjustInto(this);
    }

    /** {@code temporal} moved to this year, the day clamped (February 29th). */
    @Override
    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof Year) {
            return this;
        }
        if (temporal instanceof YearMonth) {
            return ((YearMonth) temporal).withYear(year);
        }
        return temporal.with(LocalDate.dateOf(temporal, "Year").withYear(year));
    }

    /** This year formatted by {@code formatter}. */
    public String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    /** Whether this year is after {@code other}. */
    public boolean isAfter(Year other) {
        return year > other.year;
    }

    /** Whether this year is before {@code other}. */
    public boolean isBefore(Year other) {
        return year < other.year;
    }

    @Override
    public int compareTo(Year other) {
        return year - other.year;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Year && ((Year) o).year == year;
    }

    @Override
    public int hashCode() {
        return year;
    }

    /** The year as a plain number. */
    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
