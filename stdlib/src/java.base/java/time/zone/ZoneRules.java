package java.time.zone;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The offsets a zone uses over time. Cortado knows fixed-offset rules only (offsets, {@code UTC}/{@code GMT}/
 * {@code UT} with or without an offset, the {@code Etc/GMT} zones): every query answers the one offset.
 */
public final class ZoneRules implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final ZoneOffset offset;

    private ZoneRules(ZoneOffset offset) {
        this.offset = offset;
    }

    /** The rules of a zone that is always at {@code offset}. */
    public static ZoneRules of(ZoneOffset offset) {
        java.util.Objects.requireNonNull(offset, "offset");
        return new ZoneRules(offset);
    }

    /** Whether the offset never changes (always, in Cortado). */
    public boolean isFixedOffset() {
        return true;
    }

    /** The offset at {@code instant}. */
    public ZoneOffset getOffset(Instant instant) {
        return offset;
    }

    /** The offset of {@code localDateTime} (the one valid offset). */
    public ZoneOffset getOffset(LocalDateTime localDateTime) {
        return offset;
    }

    /** The offsets valid for {@code localDateTime}: just the fixed one. */
    public java.util.List<ZoneOffset> getValidOffsets(LocalDateTime localDateTime) {
        return java.util.Collections.singletonList(offset);
    }

    /** Whether {@code offset} is valid for {@code localDateTime}. */
    public boolean isValidOffset(LocalDateTime localDateTime, ZoneOffset candidate) {
        return offset.equals(candidate);
    }

    /** The standard offset at {@code instant}. */
    public ZoneOffset getStandardOffset(Instant instant) {
        return offset;
    }

    /** Whether daylight saving is in force at {@code instant} (never, for a fixed offset). */
    public boolean isDaylightSavings(Instant instant) {
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZoneRules && ((ZoneRules) o).offset.equals(offset);
    }

    @Override
    public int hashCode() {
        return offset.hashCode();
    }

    @Override
    public String toString() {
        return "ZoneRules[currentStandardOffset=" + offset + "]";
    }
}
