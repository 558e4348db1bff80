package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;

/**
 * A date-time with an offset and a zone, such as {@code 2007-12-03T10:15:30+01:00[Europe/Paris]}. Date units
 * move the local date-time and re-resolve it in the zone; time units move the instant. (Cortado's zones have
 * fixed offsets, so both agree until a time-zone database is added.)
 */
public final class ZonedDateTime implements java.time.chrono.ChronoZonedDateTime<LocalDate>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final LocalDateTime dateTime;
    private final ZoneOffset offset;
    private final ZoneId zone;

    private ZonedDateTime(LocalDateTime dateTime, ZoneOffset offset, ZoneId zone) {
        this.dateTime = dateTime;
        this.offset = offset;
        this.zone = zone;
    }

    /** {@code localDateTime} in {@code zone}. */
    public static ZonedDateTime of(LocalDateTime localDateTime, ZoneId zone) {
        return ofLocal(localDateTime, zone, null);
    }

    /** {@code date} at {@code time} in {@code zone}. */
    public static ZonedDateTime of(LocalDate date, LocalTime time, ZoneId zone) {
        return of(LocalDateTime.of(date, time), zone);
    }

    /** The given fields in {@code zone}. */
    public static ZonedDateTime of(int year, int month, int dayOfMonth, int hour, int minute, int second,
            int nanoOfSecond, ZoneId zone) {
        return of(LocalDateTime.of(year, month, dayOfMonth, hour, minute, second, nanoOfSecond), zone);
    }

    /** {@code localDateTime} in {@code zone}, keeping {@code preferredOffset} when it is valid there. */
    public static ZonedDateTime ofLocal(LocalDateTime localDateTime, ZoneId zone, ZoneOffset preferredOffset) {
        java.util.Objects.requireNonNull(localDateTime, "localDateTime");
        java.util.Objects.requireNonNull(zone, "zone");
        if (zone instanceof ZoneOffset) {
            return new ZonedDateTime(localDateTime, (ZoneOffset) zone, zone);
        }
        java.time.zone.ZoneRules rules = zone.getRules();
        ZoneOffset offset = preferredOffset != null && rules.isValidOffset(localDateTime, preferredOffset)
                ? preferredOffset : rules.getOffset(localDateTime);
        return new ZonedDateTime(localDateTime, offset, zone);
    }

    /** {@code instant} in {@code zone}. */
    public static ZonedDateTime ofInstant(Instant instant, ZoneId zone) {
        java.util.Objects.requireNonNull(instant, "instant");
        java.util.Objects.requireNonNull(zone, "zone");
        return create(instant.getEpochSecond(), instant.getNano(), zone);
    }

    /** The instant of {@code localDateTime} at {@code offset}, in {@code zone}. */
    public static ZonedDateTime ofInstant(LocalDateTime localDateTime, ZoneOffset offset, ZoneId zone) {
        java.util.Objects.requireNonNull(localDateTime, "localDateTime");
        java.util.Objects.requireNonNull(offset, "offset");
        java.util.Objects.requireNonNull(zone, "zone");
        return create(localDateTime.toEpochSecond(offset), localDateTime.getNano(), zone);
    }

    private static ZonedDateTime create(long epochSecond, int nano, ZoneId zone) {
        ZoneOffset offset = zone.getRules().getOffset(Instant.ofEpochSecond(epochSecond, nano));
        return new ZonedDateTime(LocalDateTime.ofEpochSecond(epochSecond, nano, offset), offset, zone);
    }

    /** Now in the default zone. */
    public static ZonedDateTime now() {
        return now(ZoneId.systemDefault());
    }

    /** Now in {@code zone}. */
    public static ZonedDateTime now(ZoneId zone) {
        return ofInstant(Instant.now(), zone);
    }

    /** The zoned date-time of {@code temporal}. */
    public static ZonedDateTime from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof ZonedDateTime) {
            return (ZonedDateTime) temporal;
        }
        if (temporal instanceof OffsetDateTime) {
            return ((OffsetDateTime) temporal).toZonedDateTime();
        }
        throw LocalDate.unobtainable("ZonedDateTime", temporal);
    }

    /** Parses ISO {@code 2007-12-03T10:15:30+01:00[Europe/Paris]} (the zone in brackets optional). */
    public static ZonedDateTime parse(CharSequence text) {
        return (ZonedDateTime) OffsetDateTime.parseIso(text, true);
    }

    /** The local date-time. */
    @Override
    public LocalDateTime toLocalDateTime() {
        return dateTime;
    }

    @Override
    public LocalDate toLocalDate() {
        return dateTime.toLocalDate();
    }

    @Override
    public LocalTime toLocalTime() {
        return dateTime.toLocalTime();
    }

    @Override
    public ZoneOffset getOffset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The year. */
    public int getYear() {
        return dateTime.getYear();
    }

    /** The month, 1 to 12. */
    public int getMonthValue() {
        return dateTime.getMonthValue();
    }

    /** The month. */
    public Month getMonth() {
        return dateTime.getMonth();
    }

    /** The day of the month. */
    public int getDayOfMonth() {
        return dateTime.getDayOfMonth();
    }

    /** The day of the year. */
    public int getDayOfYear() {
        return dateTime.getDayOfYear();
    }

    /** The day of the week. */
    public DayOfWeek getDayOfWeek() {
        return dateTime.getDayOfWeek();
    }

    /** The hour. */
    public int getHour() {
        return dateTime.getHour();
    }

    /** The minute. */
    public int getMinute() {
        return dateTime.getMinute();
    }

    /** The second. */
    public int getSecond() {
        return dateTime.getSecond();
    }

    /** The nanosecond. */
    public int getNano() {
        return dateTime.getNano();
    }

    /** This date-time with its offset, without the zone. */
    public OffsetDateTime toOffsetDateTime() {
        return OffsetDateTime.of(dateTime, offset);
    }

    /** The same instant in {@code zone}. */
    public ZonedDateTime withZoneSameInstant(ZoneId newZone) {
        java.util.Objects.requireNonNull(newZone, "zone");
        return newZone.equals(zone) ? this : create(toEpochSecond(), getNano(), newZone);
    }

    /** The same local date-time in {@code zone}, keeping the offset where it can. */
    public ZonedDateTime withZoneSameLocal(ZoneId newZone) {
        java.util.Objects.requireNonNull(newZone, "zone");
        return newZone.equals(zone) ? this : ofLocal(dateTime, newZone, offset);
    }

    /** This date-time with its offset as the zone. */
    public ZonedDateTime withFixedOffsetZone() {
        return zone.equals(offset) ? this : new ZonedDateTime(dateTime, offset, offset);
    }

    /** This date-time (an overlap needs zone rules Cortado does not have). */
    public ZonedDateTime withEarlierOffsetAtOverlap() {
        return this;
    }

    /** This date-time (an overlap needs zone rules Cortado does not have). */
    public ZonedDateTime withLaterOffsetAtOverlap() {
        return this;
    }

    private ZonedDateTime resolveLocal(LocalDateTime newDateTime) {
        return ofLocal(newDateTime, zone, offset);
    }

    private ZonedDateTime resolveInstant(LocalDateTime newDateTime) {
        return ofInstant(newDateTime, offset, zone);
    }

    /** A copy adjusted by {@code adjuster}: a date, time or date-time replaces the local part. */
    @Override
    public ZonedDateTime with(java.time.temporal.TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate) {
            return resolveLocal(LocalDateTime.of((LocalDate) adjuster, dateTime.toLocalTime()));
        }
        if (adjuster instanceof LocalTime) {
            return resolveLocal(LocalDateTime.of(dateTime.toLocalDate(), (LocalTime) adjuster));
        }
        if (adjuster instanceof LocalDateTime) {
            return resolveLocal((LocalDateTime) adjuster);
        }
        return (ZonedDateTime) adjuster.adjustInto(this);
    }

    /** A copy with the year changed. */
    public ZonedDateTime withYear(int year) {
        return with(dateTime.toLocalDate().withYear(year));
    }

    /** A copy with the month changed. */
    public ZonedDateTime withMonth(int month) {
        return with(dateTime.toLocalDate().withMonth(month));
    }

    /** A copy with the day of month changed. */
    public ZonedDateTime withDayOfMonth(int day) {
        return with(dateTime.toLocalDate().withDayOfMonth(day));
    }

    /** A copy with the hour changed. */
    public ZonedDateTime withHour(int hour) {
        return with(dateTime.toLocalTime().withHour(hour));
    }

    /** A copy with the minute changed. */
    public ZonedDateTime withMinute(int minute) {
        return with(dateTime.toLocalTime().withMinute(minute));
    }

    /** A copy with the second changed. */
    public ZonedDateTime withSecond(int second) {
        return with(dateTime.toLocalTime().withSecond(second));
    }

    /** A copy with the nanosecond changed. */
    public ZonedDateTime withNano(int nano) {
        return with(dateTime.toLocalTime().withNano(nano));
    }

    @Override
    public ZonedDateTime plus(long amount, TemporalUnit unit) {
        if (unit instanceof ChronoUnit && unit.isDateBased()) {
            return resolveLocal(dateTime.plus(amount, unit));
        }
        return resolveInstant(dateTime.plus(amount, unit));
    }

    @Override
    public ZonedDateTime minus(long amount, TemporalUnit unit) {
        return amount == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit) : plus(-amount, unit);
    }

    /** This date-time plus an amount (a {@code Period} moves the local date). */
    public ZonedDateTime plus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Period) {
            return resolveLocal(dateTime.plus(amount));
        }
        return (ZonedDateTime) amount.addTo(this);
    }

    /** This date-time minus an amount. */
    public ZonedDateTime minus(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Period) {
            return resolveLocal(dateTime.minus(amount));
        }
        return (ZonedDateTime) amount.subtractFrom(this);
    }

    /** Plus years. */
    public ZonedDateTime plusYears(long years) {
        return resolveLocal(dateTime.plusYears(years));
    }

    /** Plus months. */
    public ZonedDateTime plusMonths(long months) {
        return resolveLocal(dateTime.plusMonths(months));
    }

    /** Plus weeks. */
    public ZonedDateTime plusWeeks(long weeks) {
        return resolveLocal(dateTime.plusWeeks(weeks));
    }

    /** Plus days. */
    public ZonedDateTime plusDays(long days) {
        return resolveLocal(dateTime.plusDays(days));
    }

    /** Plus hours. */
    public ZonedDateTime plusHours(long hours) {
        return resolveInstant(dateTime.plusHours(hours));
    }

    /** Plus minutes. */
    public ZonedDateTime plusMinutes(long minutes) {
        return resolveInstant(dateTime.plusMinutes(minutes));
    }

    /** Plus seconds. */
    public ZonedDateTime plusSeconds(long seconds) {
        return resolveInstant(dateTime.plusSeconds(seconds));
    }

    /** Plus nanoseconds. */
    public ZonedDateTime plusNanos(long nanos) {
        return resolveInstant(dateTime.plusNanos(nanos));
    }

    /** Minus years. */
    public ZonedDateTime minusYears(long years) {
        return resolveLocal(dateTime.minusYears(years));
    }

    /** Minus months. */
    public ZonedDateTime minusMonths(long months) {
        return resolveLocal(dateTime.minusMonths(months));
    }

    /** Minus weeks. */
    public ZonedDateTime minusWeeks(long weeks) {
        return resolveLocal(dateTime.minusWeeks(weeks));
    }

    /** Minus days. */
    public ZonedDateTime minusDays(long days) {
        return resolveLocal(dateTime.minusDays(days));
    }

    /** Minus hours. */
    public ZonedDateTime minusHours(long hours) {
        return resolveInstant(dateTime.minusHours(hours));
    }

    /** Minus minutes. */
    public ZonedDateTime minusMinutes(long minutes) {
        return resolveInstant(dateTime.minusMinutes(minutes));
    }

    /** Minus seconds. */
    public ZonedDateTime minusSeconds(long seconds) {
        return resolveInstant(dateTime.minusSeconds(seconds));
    }

    /** Minus nanoseconds. */
    public ZonedDateTime minusNanos(long nanos) {
        return resolveInstant(dateTime.minusNanos(nanos));
    }

    /** A copy truncated to {@code unit}. */
    public ZonedDateTime truncatedTo(TemporalUnit unit) {
        return resolveLocal(dateTime.truncatedTo(unit));
    }

    /** Date units count local date-times in this zone; time units count the instants between. */
    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        ZonedDateTime end = from(endExclusive).withZoneSameInstant(zone);
        if (unit instanceof ChronoUnit && unit.isDateBased()) {
            return dateTime.until(end.dateTime, unit);
        }
        return toOffsetDateTime().until(end.toOffsetDateTime(), unit);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ZonedDateTime)) {
            return false;
        }
        ZonedDateTime z = (ZonedDateTime) o;
        return dateTime.equals(z.dateTime) && offset.equals(z.offset) && zone.equals(z.zone);
    }

    @Override
    public int hashCode() {
        return dateTime.hashCode() ^ offset.hashCode() ^ Integer.rotateLeft(zone.hashCode(), 3);
    }

    /** The local date-time, the offset, and the zone in brackets when it is not the offset. */
    @Override
    public String toString() {
        String s = dateTime.toString() + offset.toString();
        return offset != zone && !offset.equals(zone) ? s + '[' + zone.toString() + ']' : s;
    }

    /** This date-time formatted by {@code formatter}. */
    @Override
    public String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }
}
