package java.time.temporal;

/**
 * A unit of date-time, such as days or seconds (Cortado's subset: the amount between two temporals).
 */
public interface TemporalUnit {
    /** The estimated duration of the unit. */
    java.time.Duration getDuration();

    /** Whether the duration is an estimate. */
    boolean isDurationEstimated();

    /** Whether the unit is a date unit (days and longer). */
    boolean isDateBased();

    /** Whether the unit is a time unit (shorter than days). */
    boolean isTimeBased();

    /** The amount of this unit between two temporals, negative if the end is before the start. */
    long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive);
}
