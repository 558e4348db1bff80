package java.time;

/**
 * A fixed offset from UTC, from -18:00 to +18:00 (Cortado has no time-zone rules: zones are offsets only).
 */
public final class ZoneOffset implements Comparable<ZoneOffset>, java.io.Serializable {
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
        return ofTotalSeconds(hours * 3600 + minutes * 60 + seconds);
    }

    /** The total offset in seconds. */
    public int getTotalSeconds() {
        return totalSeconds;
    }

    /** The zone id: {@code Z}, or {@code +hh:mm} and {@code :ss} when non-zero. */
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
