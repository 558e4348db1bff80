package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;

/**
 * A date with a time of day and no zone, such as {@code 2007-12-03T10:15:30}: a {@link LocalDate} and a
 * {@link LocalTime}; time arithmetic carries into the date.
 */
public final class LocalDateTime implements java.time.chrono.ChronoLocalDateTime<LocalDate>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The earliest date-time. */
    public static final LocalDateTime MIN = new LocalDateTime(LocalDate.MIN, LocalTime.MIN);
    /** The latest date-time. */
    public static final LocalDateTime MAX = new LocalDateTime(LocalDate.MAX, LocalTime.MAX);

    private final LocalDate date;
    private final LocalTime time;

    private LocalDateTime(LocalDate date, LocalTime time) {
        this.date = date;
        this.time = time;
    }

    /** {@code date} at {@code time}. */
    public static LocalDateTime of(LocalDate date, LocalTime time) {
        if (date == null || time == null) {
            throw new NullPointerException(date == null ? "date" : "time");
        }
        return new LocalDateTime(date, time);
    }

    /** The date-time of the given fields. */
    public static LocalDateTime of(int year, int month, int day, int hour, int minute) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    /** The date-time of the given fields. */
    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    /** The date-time of the given fields. */
    public static LocalDateTime of(int year, int month, int day, int hour, int minute, int second, int nano) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second, nano));
    }

    /** The date-time of the given fields. */
    public static LocalDateTime of(int year, Month month, int day, int hour, int minute) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute));
    }

    /** The date-time of the given fields. */
    public static LocalDateTime of(int year, Month month, int day, int hour, int minute, int second) {
        return of(LocalDate.of(year, month, day), LocalTime.of(hour, minute, second));
    }

    /** The local date-time {@code epochSecond} seconds after the epoch at {@code offset}. */
    public static LocalDateTime ofEpochSecond(long epochSecond, int nanoOfSecond, ZoneOffset offset) {
        LocalDate.checkField("NanoOfSecond", nanoOfSecond, 0, 999999999);
        long local = epochSecond + offset.getTotalSeconds();
        long day = Math.floorDiv(local, 86400L);
        int sod = (int) Math.floorMod(local, 86400L);
        return new LocalDateTime(LocalDate.ofEpochDay(day), LocalTime.ofNanoOfDay(sod * 1000000000L + nanoOfSecond));
    }

    /** The current date-time in UTC (Cortado has no time-zone rules). */
    public static LocalDateTime now() {
        long ms = System.currentTimeMillis();
        return ofEpochSecond(Math.floorDiv(ms, 1000L), (int) Math.floorMod(ms, 1000L) * 1000000, ZoneOffset.UTC);
    }

    /** Parses ISO {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]}. */
    public static LocalDateTime parse(CharSequence text) {
        String s = text.toString();
        int t = s.indexOf('T');
        if (t < 0) {
            throw LocalDate.fail(s, Math.min(s.length(), 10));
        }
        LocalDate d;
        try {
            d = LocalDate.parse(s.substring(0, t));
        } catch (DateTimeException e) {
            throw LocalDate.fail(s, 0);
        }
        try {
            return of(d, LocalTime.parseAt(s, t + 1, s.length()));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw LocalDate.fail(s, (t + 1));
        } catch (DateTimeException e) {
            throw new java.time.format.DateTimeParseException("Text '" + s + "' could not be parsed: " + e.getMessage(), s, 0, e);
        }
    }

    /** The date part. */
    @Override
    public LocalDate toLocalDate() {
        return date;
    }

    /** The time part. */
    public LocalTime toLocalTime() {
        return time;
    }

    /** The year. */
    public int getYear() {
        return date.getYear();
    }

    /** The month, 1 to 12. */
    public int getMonthValue() {
        return date.getMonthValue();
    }

    /** The month. */
    public Month getMonth() {
        return date.getMonth();
    }

    /** The day of the month. */
    public int getDayOfMonth() {
        return date.getDayOfMonth();
    }

    /** The day of the year. */
    public int getDayOfYear() {
        return date.getDayOfYear();
    }

    /** The day of the week. */
    public DayOfWeek getDayOfWeek() {
        return date.getDayOfWeek();
    }

    /** The hour. */
    public int getHour() {
        return time.getHour();
    }

    /** The minute. */
    public int getMinute() {
        return time.getMinute();
    }

    /** The second. */
    public int getSecond() {
        return time.getSecond();
    }

    /** The nanosecond within the second. */
    public int getNano() {
        return time.getNano();
    }

    /** Seconds since the epoch of this local date-time at {@code offset}. */
    @Override
    public long toEpochSecond(ZoneOffset offset) {
        return date.toEpochDay() * 86400L + time.toSecondOfDay() - offset.getTotalSeconds();
    }

    /** The instant of this local date-time at {@code offset}. */
    public Instant toInstant(ZoneOffset offset) {
        return Instant.ofEpochSecond(toEpochSecond(offset), getNano());
    }

    private LocalDateTime plusNanosTotal(long seconds, long nanos) {
        if ((seconds | nanos) == 0) {
            return this;
        }
        long s = Math.addExact(toEpochSecond(ZoneOffset.UTC), seconds);
        long n = getNano() + nanos;
        s = Math.addExact(s, Math.floorDiv(n, 1000000000L));
        return ofEpochSecond(s, (int) Math.floorMod(n, 1000000000L), ZoneOffset.UTC);
    }

    /** Plus years. */
    public LocalDateTime plusYears(long years) {
        return with(date.plusYears(years));
    }

    /** Plus months. */
    public LocalDateTime plusMonths(long months) {
        return with(date.plusMonths(months));
    }

    /** Plus weeks. */
    public LocalDateTime plusWeeks(long weeks) {
        return with(date.plusWeeks(weeks));
    }

    /** Plus days. */
    public LocalDateTime plusDays(long days) {
        return with(date.plusDays(days));
    }

    /** Plus hours. */
    public LocalDateTime plusHours(long hours) {
        return plusNanosTotal(Math.multiplyExact(hours, 3600L), 0);
    }

    /** Plus minutes. */
    public LocalDateTime plusMinutes(long minutes) {
        return plusNanosTotal(Math.multiplyExact(minutes, 60L), 0);
    }

    /** Plus seconds. */
    public LocalDateTime plusSeconds(long seconds) {
        return plusNanosTotal(seconds, 0);
    }

    /** Plus nanoseconds. */
    public LocalDateTime plusNanos(long nanos) {
        return plusNanosTotal(0, nanos);
    }

    /** Minus years. */
    public LocalDateTime minusYears(long years) {
        return plusYears(-years);
    }

    /** Minus months. */
    public LocalDateTime minusMonths(long months) {
        return plusMonths(-months);
    }

    /** Minus weeks. */
    public LocalDateTime minusWeeks(long weeks) {
        return plusWeeks(-weeks);
    }

    /** Minus days. */
    public LocalDateTime minusDays(long days) {
        return plusDays(-days);
    }

    /** Minus hours. */
    public LocalDateTime minusHours(long hours) {
        return plusHours(-hours);
    }

    /** Minus minutes. */
    public LocalDateTime minusMinutes(long minutes) {
        return plusMinutes(-minutes);
    }

    /** Minus seconds. */
    public LocalDateTime minusSeconds(long seconds) {
        return plusSeconds(-seconds);
    }

    /** Minus nanoseconds. */
    public LocalDateTime minusNanos(long nanos) {
        return plusNanos(-nanos);
    }

    /** Plus an amount: a {@code Duration} carries into the date, a {@code Period} moves the date. */
    public LocalDateTime plus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Duration) {
            Duration d = (Duration) amount;
            return plusNanosTotal(d.getSeconds(), d.getNano());
        }
        if (amount instanceof Period) {
            return with(date.plus(amount));
        }
        return (LocalDateTime) amount.addTo(this);
    }

    /** Minus an amount. */
    public LocalDateTime minus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Duration) {
            Duration d = (Duration) amount;
            return plusNanosTotal(Math.negateExact(d.getSeconds()), -d.getNano());
        }
        if (amount instanceof Period) {
            return with(date.minus(amount));
        }
        return (LocalDateTime) amount.subtractFrom(this);
    }

    private LocalDateTime with(LocalDate d) {
        return d == date ? this : new LocalDateTime(d, time);
    }

    @Override
    public LocalDateTime plus(long amount, TemporalUnit unit) {
        if (unit.isTimeBased()) {
            long u = LocalTime.unitNanos(unit);
            if (u >= 1000000000L) {
                return plusNanosTotal(Math.multiplyExact(amount, u / 1000000000L), 0);
            }
            long perSecond = 1000000000L / u;
            return plusNanosTotal(amount / perSecond, (amount % perSecond) * u);
        }
        return with(date.plus(amount, unit));
    }

    @Override
    public LocalDateTime minus(long amount, TemporalUnit unit) {
        return plus(Math.negateExact(amount), unit);
    }

    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        if (!(endExclusive instanceof LocalDateTime)) {
            throw new DateTimeException("Unable to obtain LocalDateTime from TemporalAccessor: " + endExclusive);
        }
        LocalDateTime end = (LocalDateTime) endExclusive;
        if (unit.isTimeBased()) {
            long secs = end.toEpochSecond(ZoneOffset.UTC) - toEpochSecond(ZoneOffset.UTC);
            long nanos = end.getNano() - getNano();
            long u = LocalTime.unitNanos(unit);
            if (u >= 1000000000L) {
                long total = secs;
                if (total > 0 && nanos < 0) {
                    total--;
                } else if (total < 0 && nanos > 0) {
                    total++;
                }
                return total / (u / 1000000000L);
            }
            return Math.addExact(Math.multiplyExact(secs, 1000000000L / u), nanos / u);
        }
        LocalDate endDate = end.date;
        if (endDate.isAfter(date) && end.time.isBefore(time)) {
            endDate = endDate.minusDays(1);
        } else if (endDate.isBefore(date) && end.time.isAfter(time)) {
            endDate = endDate.plusDays(1);
        }
        return date.until(endDate, unit);
    }

    /** A copy adjusted by {@code adjuster}: a date or time replaces that part, others adjust the whole. */
    @Override
    public LocalDateTime with(java.time.temporal.TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate) {
            return new LocalDateTime((LocalDate) adjuster, time);
        }
        if (adjuster instanceof LocalTime) {
            return new LocalDateTime(date, (LocalTime) adjuster);
        }
        if (adjuster instanceof LocalDateTime) {
            return (LocalDateTime) adjuster;
        }
        return (LocalDateTime) adjuster.adjustInto(this);
    }

    /** {@code temporal} with its date and time replaced by this one's. */
    @Override
    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof LocalDateTime) {
            return this;
        }
        if (!LocalDate.hasDate(temporal)) {
            throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported field: EpochDay");
        }
        return temporal.with(date).with(time);
    }

    /** This local date-time in {@code zone}. */
    public ZonedDateTime atZone(ZoneId zone) {
        return ZonedDateTime.of(this, zone);
    }

    /** This local date-time at {@code offset}. */
    public OffsetDateTime atOffset(ZoneOffset offset) {
        return OffsetDateTime.of(this, offset);
    }

    /** A copy truncated to {@code unit} (at most days). */
    public LocalDateTime truncatedTo(TemporalUnit unit) {
        return new LocalDateTime(date, time.truncatedTo(unit));
    }

    /** Whether this is before {@code other}. */
    @Override
    public boolean isBefore(java.time.chrono.ChronoLocalDateTime<?> other) {
        return compareTo(other) < 0;
    }

    /** Whether this is after {@code other}. */
    @Override
    public boolean isAfter(java.time.chrono.ChronoLocalDateTime<?> other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(java.time.chrono.ChronoLocalDateTime<?> o) {
        int c = Long.compare(date.toEpochDay(), o.toLocalDate().toEpochDay());
        return c != 0 ? c : time.compareTo(o.toLocalTime());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalDateTime && compareTo((LocalDateTime) o) == 0;
    }

    @Override
    public int hashCode() {
        return date.hashCode() ^ time.hashCode();
    }

    /** ISO-8601: the date, {@code T}, the time. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(date.toString()).append('T');
        time.appendTo(sb);
        return sb.toString();
    }

    /** This value formatted by {@code formatter}. */
    public String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }

    /** Parses {@code text} with {@code formatter}. */
    public static LocalDateTime parse(CharSequence text, java.time.format.DateTimeFormatter formatter) {
        return (LocalDateTime) LocalDate.parseWith(text, formatter, 2);
    }

    /** The LocalDateTime that {@code temporal} holds (Cortado: from its own date and time classes). */
    public static LocalDateTime from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof LocalDateTime) {
            return (LocalDateTime) temporal;
        }
        if (temporal instanceof ZonedDateTime) {
            return ((ZonedDateTime) temporal).toLocalDateTime();
        }
        if (temporal instanceof OffsetDateTime) {
            return ((OffsetDateTime) temporal).toLocalDateTime();
        }
        throw LocalDate.unobtainable("LocalDateTime", temporal);
    }
}
