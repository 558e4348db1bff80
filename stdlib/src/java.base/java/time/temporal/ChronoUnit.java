package java.time.temporal;

import java.time.Duration;

/**
 * The standard units of time, nanoseconds to forever. {@code between} delegates to the first temporal's
 * {@code until}.
 */
public enum ChronoUnit implements TemporalUnit {
    /** Nanoseconds. */
    NANOS("Nanos", Duration.ofNanos(1)),
    /** Microseconds. */
    MICROS("Micros", Duration.ofNanos(1000)),
    /** Milliseconds. */
    MILLIS("Millis", Duration.ofNanos(1000000)),
    /** Seconds. */
    SECONDS("Seconds", Duration.ofSeconds(1)),
    /** Minutes. */
    MINUTES("Minutes", Duration.ofSeconds(60)),
    /** Hours. */
    HOURS("Hours", Duration.ofSeconds(3600)),
    /** Half days. */
    HALF_DAYS("HalfDays", Duration.ofSeconds(43200)),
    /** Days. */
    DAYS("Days", Duration.ofSeconds(86400)),
    /** Weeks. */
    WEEKS("Weeks", Duration.ofSeconds(7 * 86400L)),
    /** Months (an estimated 1/12 of 365.2425 days). */
    MONTHS("Months", Duration.ofSeconds(31556952L / 12)),
    /** Years (an estimated 365.2425 days). */
    YEARS("Years", Duration.ofSeconds(31556952L)),
    /** Decades. */
    DECADES("Decades", Duration.ofSeconds(31556952L * 10L)),
    /** Centuries. */
    CENTURIES("Centuries", Duration.ofSeconds(31556952L * 100L)),
    /** Millennia. */
    MILLENNIA("Millennia", Duration.ofSeconds(31556952L * 1000L)),
    /** Eras. */
    ERAS("Eras", Duration.ofSeconds(31556952L * 1000000000L)),
    /** Forever. */
    FOREVER("Forever", Duration.ofSeconds(Long.MAX_VALUE, 999999999));

    private final String name;
    private final Duration duration;

    ChronoUnit(String name, Duration duration) {
        this.name = name;
        this.duration = duration;
    }

    @Override
    public Duration getDuration() {
        return duration;
    }

    /** Whether the duration is an estimate (days and longer). */
    public boolean isDurationEstimated() {
        return compareTo(DAYS) >= 0;
    }

    @Override
    public boolean isDateBased() {
        return compareTo(DAYS) >= 0 && this != FOREVER;
    }

    @Override
    public boolean isTimeBased() {
        return compareTo(DAYS) < 0;
    }

    @Override
    public long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive) {
        return temporal1Inclusive.until(temporal2Exclusive, this);
    }

    /** The unit's name, as in {@code "Days"}. */
    @Override
    public String toString() {
        return name;
    }
}
