package java.time.temporal;

/**
 * An amount of time, such as a {@code Duration} or a {@code Period}, that can be added to or subtracted from a
 * temporal (Cortado's subset of the Java SE interface).
 */
public interface TemporalAmount {
    /** {@code temporal} moved forward by this amount. */
    Temporal addTo(Temporal temporal);

    /** {@code temporal} moved back by this amount. */
    Temporal subtractFrom(Temporal temporal);
}
