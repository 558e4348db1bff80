package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/**
 * An amount of time in seconds and nanoseconds (0 to 999,999,999 added to the seconds, which may be negative),
 * printed in ISO-8601 form such as {@code PT8H6M12.345S}.
 */
public final class Duration implements java.time.temporal.TemporalAmount, Comparable<Duration>, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private static final long NANOS_PER_SECOND = 1000000000L;

    /** The zero duration. */
    public static final Duration ZERO = new Duration(0, 0);

    private final long seconds;
    private final int nanos;

    private Duration(long seconds, int nanos) {
        this.seconds = seconds;
        this.nanos = nanos;
    }

    private static Duration create(long seconds, int nanos) {
        return (seconds | nanos) == 0 ? ZERO : new Duration(seconds, nanos);
    }

    /** {@code days} standard 24-hour days. */
    public static Duration ofDays(long days) {
        return create(Math.multiplyExact(days, 86400L), 0);
    }

    /** {@code hours} hours. */
    public static Duration ofHours(long hours) {
        return create(Math.multiplyExact(hours, 3600L), 0);
    }

    /** {@code minutes} minutes. */
    public static Duration ofMinutes(long minutes) {
        return create(Math.multiplyExact(minutes, 60L), 0);
    }

    /** {@code seconds} seconds. */
    public static Duration ofSeconds(long seconds) {
        return create(seconds, 0);
    }

    /** {@code seconds} seconds plus {@code nanoAdjustment} nanoseconds (either sign). */
    public static Duration ofSeconds(long seconds, long nanoAdjustment) {
        long secs = Math.addExact(seconds, Math.floorDiv(nanoAdjustment, NANOS_PER_SECOND));
        return create(secs, (int) Math.floorMod(nanoAdjustment, NANOS_PER_SECOND));
    }

    /** {@code millis} milliseconds. */
    public static Duration ofMillis(long millis) {
        return create(Math.floorDiv(millis, 1000L), (int) Math.floorMod(millis, 1000L) * 1000000);
    }

    /** {@code nanos} nanoseconds. */
    public static Duration ofNanos(long nanos) {
        return create(Math.floorDiv(nanos, NANOS_PER_SECOND), (int) Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    /** {@code amount} of {@code unit}, which must have an exact duration (up to days). */
    public static Duration of(long amount, TemporalUnit unit) {
        return ZERO.plus(amount, unit);
    }

    /** The duration from {@code startInclusive} to {@code endExclusive} (instants, times or date-times). */
    public static Duration between(Temporal startInclusive, Temporal endExclusive) {
        if (startInclusive instanceof Instant && endExclusive instanceof Instant) {
            Instant a = (Instant) startInclusive;
            Instant b = (Instant) endExclusive;
            return ofSeconds(Math.subtractExact(b.getEpochSecond(), a.getEpochSecond()), (long) b.getNano() - a.getNano());
        }
        if (startInclusive instanceof LocalDateTime && endExclusive instanceof LocalDateTime) {
            LocalDateTime a = (LocalDateTime) startInclusive;
            LocalDateTime b = (LocalDateTime) endExclusive;
            long s = Math.subtractExact(b.toEpochSecond(ZoneOffset.UTC), a.toEpochSecond(ZoneOffset.UTC));
            return ofSeconds(s, (long) b.getNano() - a.getNano());
        }
        try {
            return ofNanos(startInclusive.until(endExclusive, ChronoUnit.NANOS));
        } catch (ArithmeticException e) {
            return ofSeconds(startInclusive.until(endExclusive, ChronoUnit.SECONDS));
        }
    }

    /** Parses {@code PnDTnHnMn.nS} (each part optional, signs allowed; letters in either case). */
    public static Duration parse(CharSequence text) {
        String s = text.toString();
        String u = s.toUpperCase();
        int i = 0;
        boolean neg = false;
        if (i < u.length() && (u.charAt(i) == '-' || u.charAt(i) == '+')) {
            neg = u.charAt(i) == '-';
            i++;
        }
        if (i >= u.length() || u.charAt(i) != 'P') {
            throw new java.time.format.DateTimeParseException("Text cannot be parsed to a Duration", text, 0);
        }
        i++;
        Duration d = ZERO;
        boolean inTime = false;
        boolean any = false;
        while (i < u.length()) {
            if (u.charAt(i) == 'T') {
                if (inTime) {
                    throw new java.time.format.DateTimeParseException("Text cannot be parsed to a Duration", text, 0);
                }
                inTime = true;
                i++;
                continue;
            }
            int start = i;
            if (u.charAt(i) == '-' || u.charAt(i) == '+') {
                i++;
            }
            while (i < u.length() && (Character.isDigit(u.charAt(i)) || u.charAt(i) == '.' || u.charAt(i) == ',')) {
                i++;
            }
            if (i >= u.length() || i == start) {
                throw new java.time.format.DateTimeParseException("Text cannot be parsed to a Duration", text, 0);
            }
            String num = u.substring(start, i).replace(',', '.');
            char unit = u.charAt(i++);
            any = true;
            if (!inTime && unit == 'D') {
                d = d.plusDays(Long.parseLong(num));
            } else if (inTime && unit == 'H') {
                d = d.plusHours(Long.parseLong(num));
            } else if (inTime && unit == 'M') {
                d = d.plusMinutes(Long.parseLong(num));
            } else if (inTime && unit == 'S') {
                int dot = num.indexOf('.');
                if (dot < 0) {
                    d = d.plusSeconds(Long.parseLong(num));
                } else {
                    String whole = num.substring(0, dot);
                    String frac = (num.substring(dot + 1) + "000000000").substring(0, 9);
                    boolean fneg = whole.startsWith("-");
                    long w = whole.isEmpty() || whole.equals("-") || whole.equals("+") ? 0 : Long.parseLong(whole);
                    long n = Long.parseLong(frac);
                    d = d.plusSeconds(w).plusNanos(fneg ? -n : n);
                }
            } else {
                throw new java.time.format.DateTimeParseException("Text cannot be parsed to a Duration", text, 0);
            }
        }
        if (!any) {
            throw new java.time.format.DateTimeParseException("Text cannot be parsed to a Duration", text, 0);
        }
        return neg ? d.negated() : d;
    }

    /** {@code temporal} plus this duration (seconds, then nanoseconds). */
    @Override
    public Temporal addTo(Temporal temporal) {
        Temporal t = temporal;
        if (seconds != 0) {
            t = t.plus(seconds, ChronoUnit.SECONDS);
        }
        if (nanos != 0) {
            t = t.plus(nanos, ChronoUnit.NANOS);
        }
        return t;
    }

    /** {@code temporal} minus this duration. */
    @Override
    public Temporal subtractFrom(Temporal temporal) {
        Temporal t = temporal;
        if (seconds != 0) {
            t = t.minus(seconds, ChronoUnit.SECONDS);
        }
        if (nanos != 0) {
            t = t.minus(nanos, ChronoUnit.NANOS);
        }
        return t;
    }

    /** The seconds part (may be negative). */
    public long getSeconds() {
        return seconds;
    }

    /** The nanoseconds within the second, 0 to 999,999,999. */
    public int getNano() {
        return nanos;
    }

    /** Whether this is zero. */
    public boolean isZero() {
        return (seconds | nanos) == 0;
    }

    /** Whether this is negative. */
    public boolean isNegative() {
        return seconds < 0;
    }

    /** This plus {@code other}. */
    public Duration plus(Duration other) {
        return plus(other.seconds, other.nanos);
    }

    /** This minus {@code other}. */
    public Duration minus(Duration other) {
        long s = other.seconds;
        int n = other.nanos;
        if (s == Long.MIN_VALUE) {
            return plus(Long.MAX_VALUE, -n).plus(1, 0);
        }
        return plus(-s, -n);
    }

    /** This plus {@code amount} of {@code unit} (units up to days). */
    public Duration plus(long amount, TemporalUnit unit) {
        if (unit == ChronoUnit.DAYS) {
            return plus(Math.multiplyExact(amount, 86400L), 0);
        }
        if (unit.isDurationEstimated()) {
            throw new UnsupportedTemporalTypeException("Unit must not have an estimated duration");
        }
        if (amount == 0) {
            return this;
        }
        if (unit instanceof ChronoUnit) {
            switch ((ChronoUnit) unit) {
                case NANOS:
                    return plusNanos(amount);
                case MICROS:
                    return plusSeconds((amount / (1000000L * 1000)) * 1000).plusNanos((amount % (1000000L * 1000)) * 1000);
                case MILLIS:
                    return plusMillis(amount);
                case SECONDS:
                    return plusSeconds(amount);
                default:
                    return plusSeconds(Math.multiplyExact(unit.getDuration().seconds, amount));
            }
        }
        Duration d = unit.getDuration().multipliedBy(amount);
        return plus(d);
    }

    private Duration plus(long secondsToAdd, long nanosToAdd) {
        if ((secondsToAdd | nanosToAdd) == 0) {
            return this;
        }
        long s = Math.addExact(seconds, secondsToAdd);
        s = Math.addExact(s, nanosToAdd / NANOS_PER_SECOND);
        long n = nanos + nanosToAdd % NANOS_PER_SECOND;
        return ofSeconds(s, n);
    }

    /** This plus days. */
    public Duration plusDays(long daysToAdd) {
        return plus(Math.multiplyExact(daysToAdd, 86400L), 0);
    }

    /** This plus hours. */
    public Duration plusHours(long hoursToAdd) {
        return plus(Math.multiplyExact(hoursToAdd, 3600L), 0);
    }

    /** This plus minutes. */
    public Duration plusMinutes(long minutesToAdd) {
        return plus(Math.multiplyExact(minutesToAdd, 60L), 0);
    }

    /** This plus seconds. */
    public Duration plusSeconds(long secondsToAdd) {
        return plus(secondsToAdd, 0);
    }

    /** This plus milliseconds. */
    public Duration plusMillis(long millisToAdd) {
        return plus(millisToAdd / 1000, (millisToAdd % 1000) * 1000000);
    }

    /** This plus nanoseconds. */
    public Duration plusNanos(long nanosToAdd) {
        return plus(0, nanosToAdd);
    }

    /** This minus days. */
    public Duration minusDays(long days) {
        return plusDays(Math.negateExact(days));
    }

    /** This minus hours. */
    public Duration minusHours(long hours) {
        return plusHours(Math.negateExact(hours));
    }

    /** This minus minutes. */
    public Duration minusMinutes(long minutes) {
        return plusMinutes(Math.negateExact(minutes));
    }

    /** This minus seconds. */
    public Duration minusSeconds(long secs) {
        return plusSeconds(Math.negateExact(secs));
    }

    /** This minus milliseconds. */
    public Duration minusMillis(long millis) {
        return plusMillis(Math.negateExact(millis));
    }

    /** This minus nanoseconds. */
    public Duration minusNanos(long n) {
        return plusNanos(Math.negateExact(n));
    }

    /** This times {@code multiplicand}, exactly (ArithmeticException on overflow). */
    public Duration multipliedBy(long multiplicand) {
        if (multiplicand == 0) {
            return ZERO;
        }
        if (multiplicand == 1) {
            return this;
        }
        java.math.BigInteger total = java.math.BigInteger.valueOf(seconds).multiply(java.math.BigInteger.valueOf(NANOS_PER_SECOND))
                .add(java.math.BigInteger.valueOf(nanos)).multiply(java.math.BigInteger.valueOf(multiplicand));
        return fromNanos(total);
    }

    /** This divided by {@code divisor}, truncated towards zero to the nanosecond. */
    public Duration dividedBy(long divisor) {
        if (divisor == 0) {
            throw new ArithmeticException("Cannot divide by zero");
        }
        if (divisor == 1) {
            return this;
        }
        java.math.BigInteger total = java.math.BigInteger.valueOf(seconds).multiply(java.math.BigInteger.valueOf(NANOS_PER_SECOND))
                .add(java.math.BigInteger.valueOf(nanos)).divide(java.math.BigInteger.valueOf(divisor));
        return fromNanos(total);
    }

    /** How many whole times {@code divisor} fits in this. */
    public long dividedBy(Duration divisor) {
        java.math.BigInteger a = java.math.BigInteger.valueOf(seconds).multiply(java.math.BigInteger.valueOf(NANOS_PER_SECOND))
                .add(java.math.BigInteger.valueOf(nanos));
        java.math.BigInteger b = java.math.BigInteger.valueOf(divisor.seconds).multiply(java.math.BigInteger.valueOf(NANOS_PER_SECOND))
                .add(java.math.BigInteger.valueOf(divisor.nanos));
        if (b.signum() == 0) {
            throw new ArithmeticException("Cannot divide by zero");
        }
        return a.divide(b).longValueExact();
    }

    private static Duration fromNanos(java.math.BigInteger total) {
        java.math.BigInteger[] qr = total.divideAndRemainder(java.math.BigInteger.valueOf(NANOS_PER_SECOND));
        long s = qr[0].longValueExact();
        long n = qr[1].longValue();
        return ofSeconds(s, n);
    }

    /** The negation. */
    public Duration negated() {
        return multipliedBy(-1);
    }

    /** The absolute value. */
    public Duration abs() {
        return isNegative() ? negated() : this;
    }

    /** Whole days (truncated). */
    public long toDays() {
        return seconds / 86400;
    }

    /** Whole hours (truncated). */
    public long toHours() {
        return seconds / 3600;
    }

    /** Whole minutes (truncated). */
    public long toMinutes() {
        return seconds / 60;
    }

    /** Whole seconds (the floor, as {@link #getSeconds()}). */
    public long toSeconds() {
        return seconds;
    }

    /** Total milliseconds (ArithmeticException on overflow). */
    public long toMillis() {
        long s = seconds;
        long n = nanos;
        if (s < 0) {
            s = s + 1;
            n = n - NANOS_PER_SECOND;
        }
        return Math.addExact(Math.multiplyExact(s, 1000L), n / 1000000);
    }

    /** Total nanoseconds (ArithmeticException on overflow). */
    public long toNanos() {
        long s = seconds;
        long n = nanos;
        if (s < 0) {
            s = s + 1;
            n = n - NANOS_PER_SECOND;
        }
        return Math.addExact(Math.multiplyExact(s, NANOS_PER_SECOND), n);
    }

    /** The days part. */
    public long toDaysPart() {
        return seconds / 86400;
    }

    /** The hours within the day. */
    public int toHoursPart() {
        return (int) (toHours() % 24);
    }

    /** The minutes within the hour. */
    public int toMinutesPart() {
        return (int) (toMinutes() % 60);
    }

    /** The seconds within the minute. */
    public int toSecondsPart() {
        return (int) (seconds % 60);
    }

    /** The milliseconds within the second. */
    public int toMillisPart() {
        return nanos / 1000000;
    }

    /** The nanoseconds within the second. */
    public int toNanosPart() {
        return nanos;
    }

    @Override
    public int compareTo(Duration other) {
        int c = Long.compare(seconds, other.seconds);
        return c != 0 ? c : nanos - other.nanos;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Duration)) {
            return false;
        }
        Duration d = (Duration) o;
        return d.seconds == seconds && d.nanos == nanos;
    }

    @Override
    public int hashCode() {
        return ((int) (seconds ^ (seconds >>> 32))) + 51 * nanos;
    }

    /** ISO-8601 with hours, minutes and seconds only, as {@code PT8H6M12.345S}; zero is {@code PT0S}. */
    @Override
    public String toString() {
        if (this == ZERO || isZero()) {
            return "PT0S";
        }
        long total = seconds;
        if (seconds < 0 && nanos > 0) {
            total++;
        }
        long hours = total / 3600;
        int minutes = (int) ((total % 3600) / 60);
        int secs = (int) (total % 60);
        StringBuilder sb = new StringBuilder("PT");
        if (hours != 0) {
            sb.append(hours).append('H');
        }
        if (minutes != 0) {
            sb.append(minutes).append('M');
        }
        if (secs == 0 && nanos == 0 && sb.length() > 2) {
            return sb.toString();
        }
        if (seconds < 0 && nanos > 0 && secs == 0) {
            sb.append("-0");
        } else {
            sb.append(secs);
        }
        if (nanos > 0) {
            int frac = seconds < 0 ? (int) (NANOS_PER_SECOND - nanos) : nanos;
            String f = Integer.toString(frac + 1000000000).substring(1);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(f, 0, end);
        }
        return sb.append('S').toString();
    }
}
