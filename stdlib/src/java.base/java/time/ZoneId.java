package java.time;

/**
 * A time-zone ID: a {@link ZoneOffset}, or a region ({@code UTC}, {@code GMT+02:00}, {@code Europe/Paris}).
 * Cortado has no time-zone database: regions are the fixed-offset ones ({@code UTC}, {@code GMT}, {@code UT}
 * with an optional offset, {@code Etc/UTC}, {@code Etc/GMT+5} and their aliases); others throw
 * {@code ZoneRulesException: Unknown time-zone ID}.
 */
public abstract class ZoneId implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    ZoneId() {
    }

    /** The zone of {@code zoneId}: an offset ({@code Z}, {@code +hh:mm}), a prefixed offset or a region. */
    public static ZoneId of(String zoneId) {
        java.util.Objects.requireNonNull(zoneId, "zoneId");
        if (zoneId.length() <= 1 || zoneId.startsWith("+") || zoneId.startsWith("-")) {
            return ZoneOffset.of(zoneId);
        }
        if (zoneId.startsWith("UTC") || zoneId.startsWith("GMT")) {
            return prefixed(zoneId, 3);
        }
        if (zoneId.startsWith("UT")) {
            return prefixed(zoneId, 2);
        }
        return ZoneRegion.ofRegion(zoneId);
    }

    /** {@code UTC}, {@code GMT} or {@code UT} ({@code prefix} characters) alone or followed by an offset. */
    private static ZoneId prefixed(String zoneId, int prefix) {
        String name = zoneId.substring(0, prefix);
        if (zoneId.length() == prefix) {
            return new ZoneRegion(name, ZoneOffset.UTC);
        }
        char sign = zoneId.charAt(prefix);
        if (sign != '+' && sign != '-') {
            return ZoneRegion.ofRegion(zoneId);
        }
        try {
            ZoneOffset offset = ZoneOffset.of(zoneId.substring(prefix));
            return ofOffset(name, offset);
        } catch (DateTimeException e) {
            throw new DateTimeException("Invalid ID for offset-based ZoneId: " + zoneId, e);
        }
    }

    /** The zone of {@code offset} named with {@code prefix} ({@code ""}, {@code UTC}, {@code GMT} or {@code UT}). */
    public static ZoneId ofOffset(String prefix, ZoneOffset offset) {
        java.util.Objects.requireNonNull(prefix, "prefix");
        java.util.Objects.requireNonNull(offset, "offset");
        if (prefix.isEmpty()) {
            return offset;
        }
        if (!prefix.equals("GMT") && !prefix.equals("UTC") && !prefix.equals("UT")) {
            throw new IllegalArgumentException("prefix should be GMT, UTC or UT, is: " + prefix);
        }
        return new ZoneRegion(offset.getTotalSeconds() == 0 ? prefix : prefix + offset.getId(), offset);
    }

    /** The zone of {@code temporal} (a zoned or offset date-time). */
    public static ZoneId from(java.time.temporal.TemporalAccessor temporal) {
        if (temporal instanceof ZonedDateTime) {
            return ((ZonedDateTime) temporal).getZone();
        }
        if (temporal instanceof OffsetDateTime) {
            return ((OffsetDateTime) temporal).getOffset();
        }
        if (temporal instanceof ZoneId) {
            return (ZoneId) temporal;
        }
        throw new DateTimeException("Unable to obtain ZoneId from TemporalAccessor: " + temporal + " of type "
                + temporal.getClass().getName());
    }

    /**
     * The default zone: the {@code user.timezone} property when it names a zone Cortado knows, else UTC (the zone
     * of the library's {@code now()} methods).
     */
    public static ZoneId systemDefault() {
        String id = System.getProperty("user.timezone");
        if (id != null && !id.isEmpty()) {
            try {
                return of(id);
            } catch (DateTimeException e) {
                // An unknown region: fall back to UTC as now() does.
            }
        }
        return new ZoneRegion("UTC", ZoneOffset.UTC);
    }

    /** The region IDs Cortado knows: the fixed-offset zones. */
    public static java.util.Set<String> getAvailableZoneIds() {
        return ZoneRegion.availableIds();
    }

    /** The ID. */
    public abstract String getId();

    /** The zone's rules. */
    public abstract java.time.zone.ZoneRules getRules();

    /** This zone as a {@link ZoneOffset} when its offset never changes, else itself. */
    public ZoneId normalized() {
        java.time.zone.ZoneRules rules = getRules();
        return rules.isFixedOffset() ? rules.getOffset(Instant.EPOCH) : this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZoneId && ((ZoneId) o).getId().equals(getId());
    }

    @Override
    public int hashCode() {
        return getId().hashCode();
    }

    @Override
    public String toString() {
        return getId();
    }
}
