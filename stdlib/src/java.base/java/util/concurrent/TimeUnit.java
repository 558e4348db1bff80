package java.util.concurrent;

/**
 * Units of time from nanoseconds to days, with saturating conversions between them (results that overflow
 * become {@code Long.MAX_VALUE} or {@code Long.MIN_VALUE}, and conversions to coarser units truncate).
 */
public enum TimeUnit {
    /** Nanoseconds. */
    NANOSECONDS(1L),
    /** Microseconds. */
    MICROSECONDS(1000L),
    /** Milliseconds. */
    MILLISECONDS(1000L * 1000L),
    /** Seconds. */
    SECONDS(1000L * 1000L * 1000L),
    /** Minutes. */
    MINUTES(60L * 1000L * 1000L * 1000L),
    /** Hours. */
    HOURS(60L * 60L * 1000L * 1000L * 1000L),
    /** Days. */
    DAYS(24L * 60L * 60L * 1000L * 1000L * 1000L);

    private final long nanos;

    TimeUnit(long nanos) {
        this.nanos = nanos;
    }

    private static long convert(long d, long fromNanos, long toNanos) {
        if (fromNanos == toNanos) {
            return d;
        }
        if (fromNanos < toNanos) {
            return d / (toNanos / fromNanos);
        }
        long ratio = fromNanos / toNanos;
        long max = Long.MAX_VALUE / ratio;
        if (d > max) {
            return Long.MAX_VALUE;
        }
        if (d < -max) {
            return Long.MIN_VALUE;
        }
        return d * ratio;
    }

    /** {@code sourceDuration} in {@code sourceUnit}, converted to this unit. */
    public long convert(long sourceDuration, TimeUnit sourceUnit) {
        return convert(sourceDuration, sourceUnit.nanos, nanos);
    }

    /** A {@code java.time.Duration} converted to this unit (saturating). */
    public long convert(java.time.Duration duration) {
        long secs = duration.getSeconds();
        int nano = duration.getNano();
        if (secs < 0 && nano > 0) {
            secs++;
            nano -= 1000000000;
        }
        long s = convert(secs, SECONDS.nanos, nanos);
        if (s == Long.MAX_VALUE || s == Long.MIN_VALUE) {
            return s;
        }
        long n = convert(nano, 1L, nanos);
        long r = s + n;
        if (((s ^ r) & (n ^ r)) < 0) {
            return s < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** {@code duration} of this unit in nanoseconds. */
    public long toNanos(long duration) {
        return convert(duration, nanos, 1L);
    }

    /** {@code duration} of this unit in microseconds. */
    public long toMicros(long duration) {
        return convert(duration, nanos, MICROSECONDS.nanos);
    }

    /** {@code duration} of this unit in milliseconds. */
    public long toMillis(long duration) {
        return convert(duration, nanos, MILLISECONDS.nanos);
    }

    /** {@code duration} of this unit in seconds. */
    public long toSeconds(long duration) {
        return convert(duration, nanos, SECONDS.nanos);
    }

    /** {@code duration} of this unit in minutes. */
    public long toMinutes(long duration) {
        return convert(duration, nanos, MINUTES.nanos);
    }

    /** {@code duration} of this unit in hours. */
    public long toHours(long duration) {
        return convert(duration, nanos, HOURS.nanos);
    }

    /** {@code duration} of this unit in days. */
    public long toDays(long duration) {
        return convert(duration, nanos, DAYS.nanos);
    }

    /** The nanoseconds beyond the whole milliseconds of {@code d} of this unit. */
    private int excessNanos(long d, long ms) {
        if (nanos == 1L) {
            return (int) (d - ms * 1000000L);
        }
        if (nanos == 1000L) {
            return (int) (d * 1000L - ms * 1000000L);
        }
        return 0;
    }

    /** Sleeps for {@code timeout} of this unit (nothing when it is not positive). */
    public void sleep(long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            Thread.sleep(ms, excessNanos(timeout, ms));
        }
    }

    /** {@code obj.wait} for {@code timeout} of this unit (the caller holds its monitor); nothing if not positive. */
    public void timedWait(Object obj, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            obj.wait(ms, excessNanos(timeout, ms));
        }
    }

    /** {@code thread.join} for at most {@code timeout} of this unit; nothing if not positive. */
    public void timedJoin(Thread thread, long timeout) throws InterruptedException {
        if (timeout > 0) {
            long ms = toMillis(timeout);
            // Round a partial millisecond up so the join waits at least the timeout.
            thread.join(excessNanos(timeout, ms) > 0 && ms < Long.MAX_VALUE ? ms + 1 : ms);
        }
    }

    /** The {@code java.time.temporal.ChronoUnit} equivalent to this unit. */
    public java.time.temporal.ChronoUnit toChronoUnit() {
        switch (this) {
            case NANOSECONDS:
                return java.time.temporal.ChronoUnit.NANOS;
            case MICROSECONDS:
                return java.time.temporal.ChronoUnit.MICROS;
            case MILLISECONDS:
                return java.time.temporal.ChronoUnit.MILLIS;
            case SECONDS:
                return java.time.temporal.ChronoUnit.SECONDS;
            case MINUTES:
                return java.time.temporal.ChronoUnit.MINUTES;
            case HOURS:
                return java.time.temporal.ChronoUnit.HOURS;
            default:
                return java.time.temporal.ChronoUnit.DAYS;
        }
    }

    /** The unit equivalent to {@code chronoUnit}; IllegalArgumentException for units longer than days. */
    public static TimeUnit of(java.time.temporal.ChronoUnit chronoUnit) {
        switch (chronoUnit) {
            case NANOS:
                return NANOSECONDS;
            case MICROS:
                return MICROSECONDS;
            case MILLIS:
                return MILLISECONDS;
            case SECONDS:
                return SECONDS;
            case MINUTES:
                return MINUTES;
            case HOURS:
                return HOURS;
            case DAYS:
                return DAYS;
            default:
                throw new IllegalArgumentException("No TimeUnit equivalent for " + chronoUnit);
        }
    }
}
