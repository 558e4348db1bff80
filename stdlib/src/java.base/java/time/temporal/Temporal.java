package java.time.temporal;

/**
 * A date, time or instant that can be moved by an amount of a unit and measured against another of its kind
 * (Cortado's subset of the Java SE interface).
 */
public interface Temporal extends TemporalAccessor {
    /** A copy adjusted by {@code adjuster} ({@code adjuster.adjustInto(this)}). */
    default Temporal with(TemporalAdjuster adjuster) {
        return adjuster.adjustInto(this);
    }

    /** A copy moved forward by {@code amountToAdd} of {@code unit}. */
    Temporal plus(long amountToAdd, TemporalUnit unit);

    /** A copy moved back by {@code amountToSubtract} of {@code unit}. */
    default Temporal minus(long amountToSubtract, TemporalUnit unit) {
        return amountToSubtract == Long.MIN_VALUE ? plus(Long.MAX_VALUE, unit).plus(1, unit)
                : plus(-amountToSubtract, unit);
    }

    /** The whole amount of {@code unit} from this to {@code endExclusive}. */
    long until(Temporal endExclusive, TemporalUnit unit);
}
