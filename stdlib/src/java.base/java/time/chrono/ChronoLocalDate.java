package java.time.chrono;

import java.time.temporal.Temporal;

/**
 * A date without time or zone in some calendar system; Cortado has only the ISO calendar ({@code LocalDate}), so
 * comparisons go by epoch day.
 */
public interface ChronoLocalDate extends Temporal, java.time.temporal.TemporalAdjuster, Comparable<ChronoLocalDate> {
    /** Days since 1970-01-01. */
    long toEpochDay();

    /** Whether this date is after {@code other} on the time-line. */
    default boolean isAfter(ChronoLocalDate other) {
        return toEpochDay() > other.toEpochDay();
    }

    /** Whether this date is before {@code other} on the time-line. */
    default boolean isBefore(ChronoLocalDate other) {
        return toEpochDay() < other.toEpochDay();
    }

    /** Whether this date is the same day as {@code other}. */
    default boolean isEqual(ChronoLocalDate other) {
        return toEpochDay() == other.toEpochDay();
    }
}
