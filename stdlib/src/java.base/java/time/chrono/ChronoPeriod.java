package java.time.chrono;

import java.time.temporal.TemporalAmount;

/**
 * A date-based amount of time in some calendar system; Cortado's only implementation is {@code Period}.
 */
public interface ChronoPeriod extends TemporalAmount {
    /** Whether every part is zero. */
    boolean isZero();

    /** Whether any part is negative. */
    boolean isNegative();
}
