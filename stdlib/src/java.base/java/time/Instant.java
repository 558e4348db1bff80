package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;

/**
 * A point on the UTC time-line in seconds and nanoseconds from 1970-01-01T00:00:00Z, printed in ISO-8601 form
 * such as {@code 2007-12-03T10:15:30.120Z} (fractions in groups of three digits).
 */
public final class Instant implements Temporal, Comparable<Instant>, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long MIN_SECOND = -31557014167219200L;
    private static final long MAX_SECOND = 31556889864403199L;

    /** 1970-01-01T00:00:00Z. */
    public static final Instant EPOCH = new Instant(0, 0);
    /** -1000000000-01-01T00:00Z. */
    public static final Instant MIN = new Instant(MIN_SECOND, 0);
    /** 1000000000-12-31T23:59:59.999999999Z. */
    public static final Instant MAX = new Instant(MAX_SECOND, 999999999);

    private final long seconds;
    private final int nanos;

    private Instant(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    private static Instant create(long seconds, int nanos) {
        if ((seconds | nanos) == 0) {
            return EPOCH;
        }
        if (seconds < MIN_SECOND || seconds > MAX_SECOND) {
            throw new DateTimeException("Instant exceeds minimum or maximum instant");
        }
        return new Instant(seconds, nanos);
    }

    /** The current instant (millisecond precision). */
    public static Instant now() {
        return ofEpochMilli(System.currentTimeMillis());
    }

    /** {@code epochSecond} seconds after the epoch. */
    public static Instant ofEpochSecond(long epochSecond) {
        return create(epochSecond, 0);
    }

    /** {@code epochSecond} seconds plus {@code nanoAdjustment} nanoseconds after the epoch. */
    public static Instant ofEpochSecond(long epochSecond, long nanoAdjustment) {
        long secs = Math.addExact(epochSecond, Math.floorDiv(nanoAdjustment, 1000000000L));
        return create(secs, (int) Math.floorMod(nanoAdjustment, 1000000000L));
    }

    /** {@code epochMilli} milliseconds after the epoch. */
    public static Instant ofEpochMilli(long epochMilli) {
        return create(Math.floorDiv(epochMilli, 1000L), (int) Math.floorMod(epochMilli, 1000L) * 1000000);
    }

    /** Parses ISO {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z}. */
    public static Instant parse(CharSequence text) {
        String s = text.toString();
        if (!s.endsWith("Z") && !s.endsWith("z")) {
            throw LocalDate.fail(s, Math.max(0, s.length() - 1));
        }
        LocalDateTime ldt;
        if (s.length() < 20 || s.charAt(s.length() - 4) != ':' && s.indexOf(':', s.indexOf('T') + 4) < 0) {
            throw LocalDate.fail(s, Math.max(0, s.length() - 1));
        }
        try {
            ldt = LocalDateTime.parse(s.substring(0, s.length() - 1));
        } catch (DateTimeException e) {
            throw LocalDate.fail(s, 0);
        }
        return ofEpochSecond(ldt.toEpochSecond(ZoneOffset.UTC), ldt.getNano());
    }

    /** Seconds since the epoch. */
    public long getEpochSecond() {
        return seconds;
    }

    /** The nanoseconds within the second. */
    public int getNano() {
        return nanos;
    }

    /** Milliseconds since the epoch (ArithmeticException on overflow). */
    public long toEpochMilli() {
        if (seconds < 0 && nanos > 0) {
            long millis = Math.multiplyExact(seconds + 1, 1000L);
            return Math.subtractExact(millis, 1000 - nanos / 1000000);
        }
        return Math.addExact(Math.multiplyExact(seconds, 1000L), nanos / 1000000);
    }

    private Instant plus(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) {
            return this;
        }
        long s = Math.addExact(Math.addExact(seconds, secondsToAdd), nanosToAdd / 1000000000L);
        return ofEpochSecond(s, nanos + nanosToAdd % 1000000000L);
    }

    /** Plus seconds. */
    public Instant plusSeconds(long secondsToAdd) {
        return plus(secondsToAdd, 0);
    }

    /** Plus milliseconds. */
    public Instant plusMillis(long millisToAdd) {
        return plus(millisToAdd / 1000, (millisToAdd % 1000) * 1000000);
    }

    /** Plus nanoseconds. */
    public Instant plusNanos(long nanosToAdd) {
        return plus(0, nanosToAdd);
    }

    /** Minus seconds. */
    public Instant minusSeconds(long s) {
        return plusSeconds(Math.negateExact(s));
    }

    /** Minus milliseconds. */
    public Instant minusMillis(long ms) {
        return plusMillis(Math.negateExact(ms));
    }

    /** Minus nanoseconds. */
    public Instant minusNanos(long n) {
        return plusNanos(Math.negateExact(n));
    }

    /** Plus an amount (a {@code Duration}). */
    public Instant plus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Duration) {
            Duration d = (Duration) amount;
            return plus(d.getSeconds(), d.getNano());
        }
        return (Instant) amount.addTo(this);
    }

    /** Minus an amount (a {@code Duration}). */
    public Instant minus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Duration) {
            Duration d = (Duration) amount;
            return plus(Math.negateExact(d.getSeconds()), -d.getNano());
        }
        return (Instant) amount.subtractFrom(this);
    }

    @Override
    public Instant plus(long amount, TemporalUnit unit) {
        if (unit == ChronoUnit.DAYS) {
            return plus(Math.multiplyExact(amount, 86400L), 0);
        }
        if (unit == ChronoUnit.HALF_DAYS) {
            return plus(Math.multiplyExact(amount, 43200L), 0);
        }
        long u = LocalTime.unitNanos(unit);
        if (u >= 1000000000L) {
            return plus(Math.multiplyExact(amount, u / 1000000000L), 0);
        }
        long perSecond = 1000000000L / u;
        return plus(amount / perSecond, (amount % perSecond) * u);
    }

    @Override
    public Instant minus(long amount, TemporalUnit unit) {
        return plus(Math.negateExact(amount), unit);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        if (!(endExclusive instanceof Instant)) {
            throw new DateTimeException("Unable to obtain Instant from TemporalAccessor: " + endExclusive);
        }
        Instant end = (Instant) endExclusive;
        long secs = Math.subtractExact(end.seconds, seconds);
        long n = end.nanos - nanos;
        long u = unit == ChronoUnit.DAYS ? 86400000000000L
                : unit == ChronoUnit.HALF_DAYS ? 43200000000000L : LocalTime.unitNanos(unit);
        if (u >= 1000000000L) {
            if (secs > 0 && n < 0) {
                secs--;
            } else if (secs < 0 && n > 0) {
                secs++;
            }
            return secs / (u / 1000000000L);
        }
        return Math.addExact(Math.multiplyExact(secs, 1000000000L / u), n / u);
    }

    /** A copy truncated to {@code unit} (at most days). */
    public Instant truncatedTo(TemporalUnit unit) {
        long u = unit == ChronoUnit.DAYS ? 86400000000000L : LocalTime.unitNanos(unit);
        long nod = Math.floorMod(seconds, 86400L) * 1000000000L + nanos;
        long t = nod / u * u;
        return plusNanos(t - nod);
    }

    /** This instant in {@code zone}. */
    public ZonedDateTime atZone(ZoneId zone) {
        return ZonedDateTime.ofInstant(this, zone);
    }

    /** This instant at {@code offset}. */
    public OffsetDateTime atOffset(ZoneOffset offset) {
        return OffsetDateTime.ofInstant(this, offset);
    }

    /** Whether this is before {@code other}. */
    public boolean isBefore(Instant other) {
        return compareTo(other) < 0;
    }

    /** Whether this is after {@code other}. */
    public boolean isAfter(Instant other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Instant o) {
        int c = Long.compare(seconds, o.seconds);
        return c != 0 ? c : nanos - o.nanos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Instant && ((Instant) o).seconds == seconds && ((Instant) o).nanos == nanos;
    }

    @Override
    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    /** ISO-8601 in UTC, seconds always shown, as {@code 2011-12-03T10:15:30Z}. */
    @Override
    public String toString() {
        long day = Math.floorDiv(seconds, 86400L);
        int sod = (int) Math.floorMod(seconds, 86400L);
        StringBuilder sb = new StringBuilder(24);
        long z = day + 719468;
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
        LocalDate.appendYear(sb, y);
        sb.append(m < 10 ? "-0" : "-").append(m).append(d < 10 ? "-0" : "-").append(d);
        int h = sod / 3600;
        int mi = sod / 60 % 60;
        int s = sod % 60;
        sb.append(h < 10 ? "T0" : "T").append(h).append(mi < 10 ? ":0" : ":").append(mi).append(s < 10 ? ":0" : ":").append(s);
        LocalTime.appendFraction(sb, nanos);
        return sb.append('Z').toString();
    }
}
