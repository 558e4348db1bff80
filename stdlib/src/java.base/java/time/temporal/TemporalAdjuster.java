package java.time.temporal;

/**
 * A strategy that moves a date or time to another (the first of the month, the next Monday, a given date or
 * time of day). {@link Temporal#with(TemporalAdjuster)} applies one; {@link TemporalAdjusters} holds the common
 * ones.
 */
public interface TemporalAdjuster {
    /** A copy of {@code temporal} adjusted, of the same type. */
    Temporal adjustInto(Temporal temporal);
}
