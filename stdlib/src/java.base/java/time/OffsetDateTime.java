package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalUnit;

/**
 * A date-time with a fixed offset from UTC, such as {@code 2007-12-03T10:15:30+01:00}. Arithmetic moves the
 * local date-time and keeps the offset; comparison is by instant, then local date-time.
 */
public final class OffsetDateTime implements Temporal, java.time.temporal.TemporalAdjuster, Comparable<OffsetDateTime>,
        java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The earliest date-time, at the largest offset. */
    public static final OffsetDateTime MIN = new OffsetDateTime(LocalDateTime.MIN, ZoneOffset.MAX);
    /** The latest date-time, at the smallest offset. */
    public static final OffsetDateTime MAX = new OffsetDateTime(LocalDateTime.MAX, ZoneOffset.MIN);

    private final LocalDateTime dateTime;
    private final ZoneOffset offset;

    private OffsetDateTime(LocalDateTime dateTime, ZoneOffset offset) {
        this.dateTime = dateTime;
        this.offset = offset;
    }

    /** {@code dateTime} at {@code offset}. */
    public static OffsetDateTime of(LocalDateTime dateTime, ZoneOffset offset) {
        java.util.Objects.requireNonNull(dateTime, "dateTime");
        java.util.Objects.requireNonNull(offset, "offset");
        return new OffsetDateTime(dateTime, offset);
    }

    /** {@code date} at {@code time} and {@code offset}. */
    public static OffsetDateTime of(LocalDate date, LocalTime time, ZoneOffset offset) {
        return of(LocalDateTime.of(date, time), offset);
    }

    /** The given fields at {@code offset}. */
    public static OffsetDateTime of(int year, int month, int dayOfMonth, int hour, int minute, int second,
            int nanoOfSecond, ZoneOffset offset) {
        return of(LocalDateTime.of(year, month, dayOfMonth, hour, minute, second, nanoOfSecond), offset);
    }

    /** {@code instant} at the offset {@code zone} has then. */
    public static OffsetDateTime ofInstant(Instant instant, ZoneId zone) {
        java.util.Objects.requireNonNull(instant, "instant");
        java.util.Objects.requireNonNull(zone, "zone");
        ZoneOffset offset = zone.getRules().getOffset(instant);
        return new OffsetDateTime(LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset),
                offset);
    }

    /** Now in the default zone. */
    public static OffsetDateTime now() {
        return now(ZoneId.systemDefault());
    }

    /** Now in {@code zone}. */
    public static OffsetDateTime now(ZoneId zone) {
        return ofInstant(Instant.now(), zone);
    }

    /** The offset date-time of {@code temporal}. */
    public static OffsetDateTime from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof OffsetDateTime) {
            return (OffsetDateTime) temporal;
        }
        if (temporal instanceof ZonedDateTime) {
            return ((ZonedDateTime) temporal).toOffsetDateTime();
        }
        throw LocalDate.unobtainable("OffsetDateTime", temporal);
    }

    /** Parses ISO {@code 2007-12-03T10:15:30+01:00}. */
    public static OffsetDateTime parse(CharSequence text) {
        return (OffsetDateTime) parseIso(text, false);
    }

    /**
     * Parses an ISO local date-time, an offset and, when {@code zoned}, an optional zone in brackets: a
     * {@code ZonedDateTime} (the instant kept when offset and zone disagree) or an {@code OffsetDateTime}.
     */
    static Object parseIso(CharSequence text, boolean zoned) {
        String s = text.toString();
        int t = s.indexOf('T');
        int at = -1;
        for (int i = t < 0 ? s.length() : t + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'Z' || c == '+' || c == '-') {
                at = i;
                break;
            }
        }
        if (at < 0) {
            LocalDateTime.parse(s);
            throw LocalDate.fail(s, s.length());
        }
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(s.substring(0, at));
        } catch (java.time.format.DateTimeParseException e) {
            String prefix = "'" + s.substring(0, at) + "'";
            throw new java.time.format.DateTimeParseException(e.getMessage().replace(prefix, "'" + s + "'"), s,
                    e.getErrorIndex());
        }
        int end = s.indexOf('[', at);
        if (end < 0) {
            end = s.length();
        }
        if (s.charAt(at) == 'Z') {
            end = at + 1;
        }
        ZoneOffset offset;
        try {
            offset = ZoneOffset.of(s.substring(at, end));
        } catch (DateTimeException e) {
            throw LocalDate.fail(s, at);
        }
        ZoneId zone = offset;
        if (end < s.length()) {
            if (!zoned || s.charAt(end) != '[' || s.charAt(s.length() - 1) != ']') {
                throw new java.time.format.DateTimeParseException("Text '" + s
                        + "' could not be parsed, unparsed text found at index " + end, s, end);
            }
            try {
                zone = ZoneId.of(s.substring(end + 1, s.length() - 1));
            } catch (DateTimeException e) {
                // An unknown zone leaves the optional bracketed section unmatched.
                throw new java.time.format.DateTimeParseException("Text '" + s
                        + "' could not be parsed, unparsed text found at index " + end, s, end);
            }
        }
        return zoned ? ZonedDateTime.ofInstant(local, offset, zone) : new OffsetDateTime(local, offset);
    }

    /** The local date-time. */
    public LocalDateTime toLocalDateTime() {
        return dateTime;
    }

    /** The local date. */
    public LocalDate toLocalDate() {
        return dateTime.toLocalDate();
    }

    /** The local time. */
    public LocalTime toLocalTime() {
        return dateTime.toLocalTime();
    }

    /** The offset. */
    public ZoneOffset getOffset() {
        return offset;
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

    /** Seconds since 1970-01-01T00:00Z. */
    public long toEpochSecond() {
        return dateTime.toEpochSecond(offset);
    }

    /** The instant. */
    public Instant toInstant() {
        return dateTime.toInstant(offset);
    }

    /** This date-time in its offset as a zone. */
    public ZonedDateTime toZonedDateTime() {
        return ZonedDateTime.of(dateTime, offset);
    }

    /** The same instant in {@code zone}. */
    public ZonedDateTime atZoneSameInstant(ZoneId zone) {
        return ZonedDateTime.ofInstant(dateTime, offset, zone);
    }

    /** The same local date-time in {@code zone}, keeping this offset where it can. */
    public ZonedDateTime atZoneSimilarLocal(ZoneId zone) {
        return ZonedDateTime.ofLocal(dateTime, zone, offset);
    }

    /** The same instant at {@code newOffset}. */
    public OffsetDateTime withOffsetSameInstant(ZoneOffset newOffset) {
        if (newOffset.equals(offset)) {
            return this;
        }
        LocalDateTime moved = dateTime.plusSeconds((long) newOffset.getTotalSeconds() - offset.getTotalSeconds());
        return new OffsetDateTime(moved, newOffset);
    }

    /** The same local date-time at {@code newOffset}. */
    public OffsetDateTime withOffsetSameLocal(ZoneOffset newOffset) {
        return of(dateTime, newOffset);
    }

    /** A copy adjusted by {@code adjuster}: a date, time or date-time replaces the local part, an offset the offset. */
    @Override
    public OffsetDateTime with(java.time.temporal.TemporalAdjuster adjuster) {
        if (adjuster instanceof LocalDate || adjuster instanceof LocalTime || adjuster instanceof LocalDateTime) {
            return new OffsetDateTime(dateTime.with(adjuster), offset);
        }
        return (OffsetDateTime) adjuster.adjustInto(this);
    }

    /** {@code temporal} with this local date-time and offset. */
    @Override
    public Temporal adjustInto(Temporal temporal) {
        if (temporal instanceof OffsetDateTime) {
            return this;
        }
        if (temporal instanceof ZonedDateTime) {
            return ((ZonedDateTime) temporal).with(dateTime);
        }
        throw new java.time.temporal.UnsupportedTemporalTypeException("Unsupported field: EpochDay");
    }

    @Override
    public OffsetDateTime plus(long amount, TemporalUnit unit) {
        return new OffsetDateTime(dateTime.plus(amount, unit), offset);
    }

    @Override
    public OffsetDateTime minus(long amount, TemporalUnit unit) {
        return new OffsetDateTime(dateTime.minus(amount, unit), offset);
    }

    /** This date-time plus an amount. */
    public OffsetDateTime plus(java.time.temporal.TemporalAmount amount) {
        return new OffsetDateTime(dateTime.plus(amount), offset);
    }

    /** This date-time minus an amount. */
    public OffsetDateTime minus(java.time.temporal.TemporalAmount amount) {
        return new OffsetDateTime(dateTime.minus(amount), offset);
    }

    /** Plus years. */
    public OffsetDateTime plusYears(long years) {
        return new OffsetDateTime(dateTime.plusYears(years), offset);
    }

    /** Plus months. */
    public OffsetDateTime plusMonths(long months) {
        return new OffsetDateTime(dateTime.plusMonths(months), offset);
    }

    /** Plus weeks. */
    public OffsetDateTime plusWeeks(long weeks) {
        return new OffsetDateTime(dateTime.plusWeeks(weeks), offset);
    }

    /** Plus days. */
    public OffsetDateTime plusDays(long days) {
        return new OffsetDateTime(dateTime.plusDays(days), offset);
    }

    /** Plus hours. */
    public OffsetDateTime plusHours(long hours) {
        return new OffsetDateTime(dateTime.plusHours(hours), offset);
    }

    /** Plus minutes. */
    public OffsetDateTime plusMinutes(long minutes) {
        return new OffsetDateTime(dateTime.plusMinutes(minutes), offset);
    }

    /** Plus seconds. */
    public OffsetDateTime plusSeconds(long seconds) {
        return new OffsetDateTime(dateTime.plusSeconds(seconds), offset);
    }

    /** Plus nanoseconds. */
    public OffsetDateTime plusNanos(long nanos) {
        return new OffsetDateTime(dateTime.plusNanos(nanos), offset);
    }

    /** Minus years. */
    public OffsetDateTime minusYears(long years) {
        return new OffsetDateTime(dateTime.minusYears(years), offset);
    }

    /** Minus months. */
    public OffsetDateTime minusMonths(long months) {
        return new OffsetDateTime(dateTime.minusMonths(months), offset);
    }

    /** Minus weeks. */
    public OffsetDateTime minusWeeks(long weeks) {
        return new OffsetDateTime(dateTime.minusWeeks(weeks), offset);
    }

    /** Minus days. */
    public OffsetDateTime minusDays(long days) {
        return new OffsetDateTime(dateTime.minusDays(days), offset);
    }

    /** Minus hours. */
    public OffsetDateTime minusHours(long hours) {
        return new OffsetDateTime(dateTime.minusHours(hours), offset);
    }

    /** Minus minutes. */
    public OffsetDateTime minusMinutes(long minutes) {
        return new OffsetDateTime(dateTime.minusMinutes(minutes), offset);
    }

    /** Minus seconds. */
    public OffsetDateTime minusSeconds(long seconds) {
        return new OffsetDateTime(dateTime.minusSeconds(seconds), offset);
    }

    /** Minus nanoseconds. */
    public OffsetDateTime minusNanos(long nanos) {
        return new OffsetDateTime(dateTime.minusNanos(nanos), offset);
    }

    /** A copy truncated to {@code unit}. */
    public OffsetDateTime truncatedTo(TemporalUnit unit) {
        return new OffsetDateTime(dateTime.truncatedTo(unit), offset);
    }

    /** The amount of {@code unit} to {@code endExclusive}, taken to this offset first. */
    @Override
    public long until(Temporal endExclusive, TemporalUnit unit) {
        OffsetDateTime end = from(endExclusive).withOffsetSameInstant(offset);
        return dateTime.until(end.dateTime, unit);
    }

    /** Whether this instant is before {@code other}'s. */
    public boolean isBefore(OffsetDateTime other) {
        long a = toEpochSecond();
        long b = other.toEpochSecond();
        return a < b || (a == b && getNano() < other.getNano());
    }

    /** Whether this instant is after {@code other}'s. */
    public boolean isAfter(OffsetDateTime other) {
        long a = toEpochSecond();
        long b = other.toEpochSecond();
        return a > b || (a == b && getNano() > other.getNano());
    }

    /** Whether this is the same instant as {@code other}. */
    public boolean isEqual(OffsetDateTime other) {
        return toEpochSecond() == other.toEpochSecond() && getNano() == other.getNano();
    }

    @Override
    public int compareTo(OffsetDateTime other) {
        int c = Long.compare(toEpochSecond(), other.toEpochSecond());
        if (c == 0) {
            c = getNano() - other.getNano();
            if (c == 0) {
                c = dateTime.compareTo(other.dateTime);
            }
        }
        return c;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetDateTime && ((OffsetDateTime) o).dateTime.equals(dateTime)
                && ((OffsetDateTime) o).offset.equals(offset);
    }

    @Override
    public int hashCode() {
        return dateTime.hashCode() ^ offset.hashCode();
    }

    /** The local date-time followed by the offset. */
    @Override
    public String toString() {
        return dateTime.toString() + offset.toString();
    }

    /** This date-time formatted by {@code formatter}. */
    public String format(java.time.format.DateTimeFormatter formatter) {
        return formatter.format(this);
    }
}
