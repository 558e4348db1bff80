package java.time.chrono;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/**
 * A date-time with an offset and a zone (Cortado's subset of the Java SE interface: the ISO calendar only).
 * Ordering is by instant, then local date-time, then zone ID.
 */
public interface ChronoZonedDateTime<D extends ChronoLocalDate> extends Temporal, Comparable<ChronoZonedDateTime<?>> {
    /** The local date. */
    D toLocalDate();

    /** The local time. */
    LocalTime toLocalTime();

    /** The local date-time. */
    ChronoLocalDateTime<D> toLocalDateTime();

    /** The offset from UTC. */
    ZoneOffset getOffset();

    /** The zone. */
    ZoneId getZone();

    /** Seconds since 1970-01-01T00:00Z. */
    default long toEpochSecond() {
        return toLocalDateTime().toEpochSecond(getOffset());
    }

    /** The instant. */
    default Instant toInstant() {
        return Instant.ofEpochSecond(toEpochSecond(), toLocalTime().getNano());
    }

    /** Whether this instant is before {@code other}'s. */
    default boolean isBefore(ChronoZonedDateTime<?> other) {
        long a = toEpochSecond();
        long b = other.toEpochSecond();
        return a < b || (a == b && toLocalTime().getNano() < other.toLocalTime().getNano());
    }

    /** Whether this instant is after {@code other}'s. */
    default boolean isAfter(ChronoZonedDateTime<?> other) {
        long a = toEpochSecond();
        long b = other.toEpochSecond();
        return a > b || (a == b && toLocalTime().getNano() > other.toLocalTime().getNano());
    }

    /** Whether this is the same instant as {@code other}. */
    default boolean isEqual(ChronoZonedDateTime<?> other) {
        return toEpochSecond() == other.toEpochSecond() && toLocalTime().getNano() == other.toLocalTime().getNano();
    }

    @Override
    default int compareTo(ChronoZonedDateTime<?> other) {
        int c = Long.compare(toEpochSecond(), other.toEpochSecond());
        if (c == 0) {
            c = toLocalTime().getNano() - other.toLocalTime().getNano();
            if (c == 0) {
                c = toLocalDateTime().compareTo(other.toLocalDateTime());
                if (c == 0) {
                    c = getZone().getId().compareTo(other.getZone().getId());
                }
            }
        }
        return c;
    }

    /** This date-time formatted by {@code formatter}. */
    default String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }
}
