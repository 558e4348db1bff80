package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;
import java.time.temporal.UnsupportedTemporalTypeException;

/**
 * A time of day without date or zone, to the nanosecond, such as {@code 10:15:30}. Arithmetic wraps around
 * midnight.
 */
public final class LocalTime implements Temporal, java.time.temporal.TemporalAdjuster, Comparable<LocalTime>, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    static final long NANOS_PER_DAY = 86400L * 1000000000L;

    /** 00:00. */
    public static final LocalTime MIDNIGHT = new LocalTime(0, 0, 0, 0);
    /** 00:00, the earliest time. */
    public static final LocalTime MIN = MIDNIGHT;
    /** 12:00. */
    public static final LocalTime NOON = new LocalTime(12, 0, 0, 0);
    /** 23:59:59.999999999. */
    public static final LocalTime MAX = new LocalTime(23, 59, 59, 999999999);

    private final byte hour;
    private final byte minute;
    private final byte second;
    private final int nano;

    private LocalTime(int hour, int minute, int second, int nano) {
        this.hour = (byte) hour;
        this.minute = (byte) minute;
        this.second = (byte) second;
        this.nano = nano;
    }

    /** The time {@code hour:minute}. */
    public static LocalTime of(int hour, int minute) {
        return of(hour, minute, 0, 0);
    }

    /** The time {@code hour:minute:second}. */
    public static LocalTime of(int hour, int minute, int second) {
        return of(hour, minute, second, 0);
    }

    /** The time {@code hour:minute:second.nano}. */
    public static LocalTime of(int hour, int minute, int second, int nanoOfSecond) {
        LocalDate.checkField("HourOfDay", hour, 0, 23);
        LocalDate.checkField("MinuteOfHour", minute, 0, 59);
        LocalDate.checkField("SecondOfMinute", second, 0, 59);
        LocalDate.checkField("NanoOfSecond", nanoOfSecond, 0, 999999999);
        return new LocalTime(hour, minute, second, nanoOfSecond);
    }

    /** The time {@code secondOfDay} seconds after midnight. */
    public static LocalTime ofSecondOfDay(long secondOfDay) {
        LocalDate.checkField("SecondOfDay", secondOfDay, 0, 86399);
        return new LocalTime((int) (secondOfDay / 3600), (int) (secondOfDay / 60 % 60), (int) (secondOfDay % 60), 0);
    }

    /** The time {@code nanoOfDay} nanoseconds after midnight. */
    public static LocalTime ofNanoOfDay(long nanoOfDay) {
        LocalDate.checkField("NanoOfDay", nanoOfDay, 0, NANOS_PER_DAY - 1);
        long s = nanoOfDay / 1000000000L;
        return new LocalTime((int) (s / 3600), (int) (s / 60 % 60), (int) (s % 60), (int) (nanoOfDay % 1000000000L));
    }

    /** The current time in UTC (Cortado has no time-zone rules). */
    public static LocalTime now() {
        return ofNanoOfDay(Math.floorMod(System.currentTimeMillis(), 86400000L) * 1000000L);
    }

    /** Parses ISO {@code HH:mm[:ss[.fraction]]}. */
    public static LocalTime parse(CharSequence text) {
        String s = text.toString();
        try {
            return parseAt(s, 0, s.length());
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw LocalDate.fail(s, 0);
        }
    }

    static LocalTime parseAt(String s, int at, int end) {
        if (end - at < 5 || s.charAt(at + 2) != ':') {
            throw new NumberFormatException();
        }
        int h = LocalDate.parse2(s, at);
        int m = LocalDate.parse2(s, at + 3);
        int sec = 0;
        int n = 0;
        int i = at + 5;
        if (i < end) {
            if (s.charAt(i) != ':' || end - i < 3) {
                throw new NumberFormatException();
            }
            sec = LocalDate.parse2(s, i + 1);
            i += 3;
            if (i < end) {
                if (s.charAt(i) != '.' || end - i < 2 || end - i > 10) {
                    throw new NumberFormatException();
                }
                String f = s.substring(i + 1, end);
                for (int k = 0; k < f.length(); k++) {
                    if (f.charAt(k) < '0' || f.charAt(k) > '9') {
                        throw new NumberFormatException();
                    }
                }
                n = Integer.parseInt((f + "000000000").substring(0, 9));
            }
        }
        return of(h, m, sec, n);
    }

    /** The hour, 0 to 23. */
    public int getHour() {
        return hour;
    }

    /** The minute, 0 to 59. */
    public int getMinute() {
        return minute;
    }

    /** The second, 0 to 59. */
    public int getSecond() {
        return second;
    }

    /** The nanosecond within the second. */
    public int getNano() {
        return nano;
    }

    /** Seconds since midnight. */
    public int toSecondOfDay() {
        return hour * 3600 + minute * 60 + second;
    }

    /** Nanoseconds since midnight. */
    public long toNanoOfDay() {
        return toSecondOfDay() * 1000000000L + nano;
    }

    /** This time plus {@code hours}, wrapping. */
    public LocalTime plusHours(long hours) {
        return plusNanos((hours % 24) * 3600000000000L);
    }

    /** This time plus {@code minutes}, wrapping. */
    public LocalTime plusMinutes(long minutes) {
        return plusNanos((minutes % 1440) * 60000000000L);
    }

    /** This time plus {@code seconds}, wrapping. */
    public LocalTime plusSeconds(long seconds) {
        return plusNanos((seconds % 86400) * 1000000000L);
    }

    /** This time plus {@code nanos}, wrapping. */
    public LocalTime plusNanos(long nanos) {
        if (nanos == 0) {
            return this;
        }
        return ofNanoOfDay(Math.floorMod(toNanoOfDay() + nanos % NANOS_PER_DAY, NANOS_PER_DAY));
    }

    /** This time minus {@code hours}, wrapping. */
    public LocalTime minusHours(long hours) {
        return plusHours(-(hours % 24));
    }

    /** This time minus {@code minutes}, wrapping. */
    public LocalTime minusMinutes(long minutes) {
        return plusMinutes(-(minutes % 1440));
    }

    /** This time minus {@code seconds}, wrapping. */
    public LocalTime minusSeconds(long seconds) {
        return plusSeconds(-(seconds % 86400));
    }

    /** This time minus {@code nanos}, wrapping. */
    public LocalTime minusNanos(long nanos) {
        return plusNanos(-(nanos % NANOS_PER_DAY));
    }

    /** This time plus an amount (a {@code Duration}), wrapping. */
    public LocalTime plus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Duration) {
            Duration d = (Duration) amount;
            return plusSeconds(d.getSeconds()).plusNanos(d.getNano());
        }
        return (LocalTime) amount.addTo(this);
    }

    /** This time minus an amount (a {@code Duration}), wrapping. */
    public LocalTime minus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Duration) {
            Duration d = (Duration) amount;
            return plusSeconds(-(d.getSeconds() % 86400)).plusNanos(-d.getNano());
        }
        return (LocalTime) amount.subtractFrom(this);
    }

    static long unitNanos(TemporalUnit unit) {
        if (!(unit instanceof ChronoUnit) || !unit.isTimeBased()) {
            throw new UnsupportedTemporalTypeException("Unsupported unit: " + unit);
        }
        return unit.getDuration().toNanos();
    }

    @Override
    public LocalTime plus(long amount, TemporalUnit unit) {
        long u = unitNanos(unit);
        long perDay = NANOS_PER_DAY / u;
        return plusNanos((amount % perDay) * u);
    }

    @Override
    public LocalTime minus(long amount, TemporalUnit unit) {
        long u = unitNanos(unit);
        long perDay = NANOS_PER_DAY / u;
        return plusNanos(-(amount % perDay) * u);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        LocalTime end;
        if (endExclusive instanceof LocalTime) {
            end = (LocalTime) endExclusive;
        } else if (endExclusive instanceof LocalDateTime) {
            end = ((LocalDateTime) endExclusive).toLocalTime();
        } else {
            throw new DateTimeException("Unable to obtain LocalTime from TemporalAccessor: " + endExclusive);
        }
        return (end.toNanoOfDay() - toNanoOfDay()) / unitNanos(unit);
    }

    /** A copy adjusted by {@code adjuster} (a time replaces this one). */
    @Override
    public LocalTime with(java.time.temporal.TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalTime) {
            return (LocalTime) adjuster;
        }
        return (LocalTime) adjuster.adjustInto(this);
    }

    /** {@code temporal} with its time of day replaced by this one. */
    @Override
    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof LocalTime) {
            return this;
        }
        if (!(temporal instanceof LocalDateTime) && !(temporal instanceof ZonedDateTime)
                && !(temporal instanceof OffsetDateTime)) {
            throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported field: NanoOfDay");
        }
        return temporal.with(this);
    }

    /** A copy with the hour changed. */
    public LocalTime withHour(int h) {
        return of(h, minute, second, nano);
    }

    /** A copy with the minute changed. */
    public LocalTime withMinute(int m) {
        return of(hour, m, second, nano);
    }

    /** A copy with the second changed. */
    public LocalTime withSecond(int s) {
        return of(hour, minute, s, nano);
    }

    /** A copy with the nanosecond changed. */
    public LocalTime withNano(int n) {
        return of(hour, minute, second, n);
    }

    /** A copy truncated to {@code unit} (at most days). */
    public LocalTime truncatedTo(TemporalUnit unit) {
        if (unit == ChronoUnit.DAYS) {
            return MIDNIGHT;
        }
        long u = unitNanos(unit);
        return ofNanoOfDay(toNanoOfDay() / u * u);
    }

    /** This time on {@code date}. */
    public LocalDateTime atDate(LocalDate date) {
        return LocalDateTime.of(date, this);
    }

    /** Whether this time is before {@code other}. */
    public boolean isBefore(LocalTime other) {
        return compareTo(other) < 0;
    }

    /** Whether this time is after {@code other}. */
    public boolean isAfter(LocalTime other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(LocalTime o) {
        return Long.compare(toNanoOfDay(), o.toNanoOfDay());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalTime && ((LocalTime) o).toNanoOfDay() == toNanoOfDay();
    }

    @Override
    public int hashCode() {
        long n = toNanoOfDay();
        return (int) (n ^ (n >>> 32));
    }

    /** ISO-8601: {@code HH:mm}, with {@code :ss} when seconds or nanos are non-zero and the fraction in groups of three digits. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(18);
        appendTo(sb);
        return sb.toString();
    }

    void appendTo(StringBuilder sb) {
        sb.append(hour < 10 ? "0" : "").append(hour).append(minute < 10 ? ":0" : ":").append(minute);
        if (second > 0 || nano > 0) {
            sb.append(second < 10 ? ":0" : ":").append(second);
            appendFraction(sb, nano);
        }
    }

    static void appendFraction(StringBuilder sb, int nano) {
        if (nano > 0) {
            if (nano % 1000000 == 0) {
                sb.append('.').append(Integer.toString(nano / 1000000 + 1000).substring(1));
            } else if (nano % 1000 == 0) {
                sb.append('.').append(Integer.toString(nano / 1000 + 1000000).substring(1));
            } else {
                sb.append('.').append(Integer.toString(nano + 1000000000).substring(1));
            }
        }
    }

    /** This value formatted by {@code formatter}. */
    public String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    /** Parses {@code text} with {@code formatter}. */
    public static LocalTime parse(CharSequence text, java.time.format.DateTimeFormatter formatter) {
        return (LocalTime) LocalDate.parseWith(text, formatter, 1);
    }

    /** The LocalTime that {@code temporal} holds (Cortado: from its own date and time classes). */
    public static LocalTime from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof LocalTime) {
            return (LocalTime) temporal;
        }
        if (temporal instanceof LocalDateTime) {
            return ((LocalDateTime) temporal).toLocalTime();
        }
        if (temporal instanceof ZonedDateTime) {
            return ((ZonedDateTime) temporal).toLocalTime();
        }
        if (temporal instanceof OffsetDateTime) {
            return ((OffsetDateTime) temporal).toLocalTime();
        }
        throw LocalDate.unobtainable("LocalTime", temporal);
    }
}
