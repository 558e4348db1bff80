package java.time;

/**
 * A fixed offset from UTC, from -18:00 to +18:00; also the zone ID of a zone always at that offset.
 */
public final class ZoneOffset extends ZoneId implements java.time.temporal.TemporalAccessor, Comparable<ZoneOffset>,
        java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The offset of UTC, printed {@code Z}. */
    public static final ZoneOffset UTC = new ZoneOffset(0);
    /** The smallest offset, -18:00. */
    public static final ZoneOffset MIN = new ZoneOffset(-18 * 3600);
    /** The largest offset, +18:00. */
    public static final ZoneOffset MAX = new ZoneOffset(18 * 3600);

    private final int totalSeconds;

    private ZoneOffset(int totalSeconds) {
        this.totalSeconds = totalSeconds;
    }

    /** The offset of {@code totalSeconds}. */
    public static ZoneOffset ofTotalSeconds(int totalSeconds) {
        if (totalSeconds < -18 * 3600 || totalSeconds > 18 * 3600) {
            throw new DateTimeException("Zone offset not in valid range: -18:00 to +18:00");
        }
        return totalSeconds == 0 ? UTC : new ZoneOffset(totalSeconds);
    }

    /** The offset of {@code hours}. */
    public static ZoneOffset ofHours(int hours) {
        return ofHoursMinutesSeconds(hours, 0, 0);
    }

    /** The offset of {@code hours} and {@code minutes} (same sign). */
    public static ZoneOffset ofHoursMinutes(int hours, int minutes) {
        return ofHoursMinutesSeconds(hours, minutes, 0);
    }

    /** The offset of hours, minutes and seconds (same sign). */
    public static ZoneOffset ofHoursMinutesSeconds(int hours, int minutes, int seconds) {
        if (hours < -18 || hours > 18) {
            throw new DateTimeException("Zone offset hours not in valid range: value " + hours
                    + " is not in the range -18 to 18");
        }
        if (hours > 0) {
            if (minutes < 0 || seconds < 0) {
                throw new DateTimeException("Zone offset minutes and seconds must be positive because hours is positive");
            }
        } else if (hours < 0) {
            if (minutes > 0 || seconds > 0) {
                throw new DateTimeException("Zone offset minutes and seconds must be negative because hours is negative");
            }
        } else if ((minutes > 0 && seconds < 0) || (minutes < 0 && seconds > 0)) {
            throw new DateTimeException("Zone offset minutes and seconds must have the same sign");
        }
        checkPart("minutes", minutes);
        checkPart("seconds", seconds);
        return ofTotalSeconds(hours * 3600 + minutes * 60 + seconds);
    }

    private static void checkPart(String name, int value) {
        if (value < -59 || value > 59) {
            throw new DateTimeException("Zone offset " + name + " not in valid range: value " + value
                    + " is not in the range -59 to 59");
        }
    }

    /** Parses {@code Z}, {@code +h}, {@code +hh}, {@code +hh:mm}, {@code +hhmm}, {@code +hh:mm:ss} or {@code +hhmmss}. */
    public static ZoneOffset of(String offsetId) {
        java.util.Objects.requireNonNull(offsetId, "offsetId");
        if (offsetId.equals("Z")) {
            return UTC;
        }
        String id = offsetId.length() == 2 ? offsetId.charAt(0) + "0" + offsetId.charAt(1) : offsetId;
        int hours;
        int minutes = 0;
        int seconds = 0;
        switch (id.length()) {
            case 3:
                hours = number(offsetId, id, 1, false);
                break;
            case 5:
                hours = number(offsetId, id, 1, false);
                minutes = number(offsetId, id, 3, false);
                break;
            case 6:
                hours = number(offsetId, id, 1, false);
                minutes = number(offsetId, id, 4, true);
                break;
            case 7:
                hours = number(offsetId, id, 1, false);
                minutes = number(offsetId, id, 3, false);
                seconds = number(offsetId, id, 5, false);
                break;
            case 9:
                hours = number(offsetId, id, 1, false);
                minutes = number(offsetId, id, 4, true);
                seconds = number(offsetId, id, 7, true);
                break;
            default:
                throw new DateTimeException("Invalid ID for ZoneOffset, invalid format: " + offsetId);
        }
        char sign = id.charAt(0);
        if (sign == '+') {
            return ofHoursMinutesSeconds(hours, minutes, seconds);
        }
        if (sign == '-') {
            return ofHoursMinutesSeconds(-hours, -minutes, -seconds);
        }
        throw new DateTimeException("Invalid ID for ZoneOffset, plus/minus not found when expected: " + offsetId);
    }

    /** The two digits at {@code pos} of {@code id}, after a colon when {@code colon}. */
    private static int number(String offsetId, String id, int pos, boolean colon) {
        if (colon && id.charAt(pos - 1) != ':') {
            throw new DateTimeException("Invalid ID for ZoneOffset, colon not found when expected: " + offsetId);
        }
        char a = id.charAt(pos);
        char b = id.charAt(pos + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            throw new DateTimeException("Invalid ID for ZoneOffset, non numeric characters found: " + offsetId);
        }
        return (a - '0') * 10 + (b - '0');
    }

    /** The offset of {@code temporal} (a zoned or offset date-time). */
    public static ZoneOffset from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof ZoneOffset) {
            return (ZoneOffset) temporal;
        }
        if (temporal instanceof ZonedDateTime) {
            return ((ZonedDateTime) temporal).getOffset();
        }
        if (temporal instanceof OffsetDateTime) {
            return ((OffsetDateTime) temporal).getOffset();
        }
        throw LocalDate.unobtainable("ZoneOffset", temporal);
    }

    /** The rules of a zone always at this offset. */
    @Override
    public java.time.zone.ZoneRules getRules() {
        return java.time.zone.ZoneRules.of(this);
    }

    /** The total offset in seconds. */
    public int getTotalSeconds() {
        return totalSeconds;
    }

    /** The zone id: {@code Z}, or {@code +hh:mm} and {@code :ss} when non-zero. */
    @Override
    public String getId() {
        return toString();
    }

    @Override
    public int compareTo(ZoneOffset other) {
        return other.totalSeconds - totalSeconds;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZoneOffset && ((ZoneOffset) o).totalSeconds == totalSeconds;
    }

    @Override
    public int hashCode() {
        return totalSeconds;
    }

    /** {@code Z}, or {@code +hh:mm} (with {@code :ss} when the seconds are non-zero). */
    @Override
    public String toString() {
        if (totalSeconds == 0) {
            return "Z";
        }
        int abs = Math.abs(totalSeconds);
        int h = abs / 3600;
        int m = (abs / 60) % 60;
        int s = abs % 60;
        StringBuilder sb = new StringBuilder(totalSeconds < 0 ? "-" : "+");
        sb.append(h < 10 ? "0" : "").append(h).append(m < 10 ? ":0" : ":").append(m);
        if (s != 0) {
            sb.append(s < 10 ? ":0" : ":").append(s);
        }
        return sb.toString();
    }
}
