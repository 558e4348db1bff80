package java.time.chrono;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/**
 * A date-time without zone in some calendar system; Cortado has only the ISO calendar ({@code LocalDateTime}),
 * so comparisons go by epoch second and nanosecond.
 */
public interface ChronoLocalDateTime<D extends ChronoLocalDate> extends Temporal, java.time.temporal.TemporalAdjuster, Comparable<ChronoLocalDateTime<?>> {
    /** The date part. */
    D toLocalDate();

    /** The time part. */
    LocalTime toLocalTime();

    /** Seconds since the epoch of this date-time at {@code offset}. */
    default long toEpochSecond(ZoneOffset offset) {
        return toLocalDate().toEpochDay() * 86400L + toLocalTime().toSecondOfDay() - offset.getTotalSeconds();
    }

    /** Whether this is after {@code other} on the time-line. */
    default boolean isAfter(ChronoLocalDateTime<?> other) {
        long a = toLocalDate().toEpochDay();
        long b = other.toLocalDate().toEpochDay();
        return a > b || (a == b && toLocalTime().toNanoOfDay() > other.toLocalTime().toNanoOfDay());
    }

    /** Whether this is before {@code other} on the time-line. */
    default boolean isBefore(ChronoLocalDateTime<?> other) {
        long a = toLocalDate().toEpochDay();
        long b = other.toLocalDate().toEpochDay();
        return a < b || (a == b && toLocalTime().toNanoOfDay() < other.toLocalTime().toNanoOfDay());
    }

    /** Whether this is the same instant of the local time-line as {@code other}. */
    default boolean isEqual(ChronoLocalDateTime<?> other) {
        return toLocalDate().toEpochDay() == other.toLocalDate().toEpochDay()
                && toLocalTime().toNanoOfDay() == other.toLocalTime().toNanoOfDay();
    }
}
