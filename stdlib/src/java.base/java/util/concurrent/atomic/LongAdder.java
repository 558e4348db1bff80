package java.util.concurrent.atomic;

import jdk.internal.misc.Atomics;

/**
 * A sum of longs meant for frequent concurrent updates. Cortado keeps a single cell updated by hardware
 * fetch-and-add ({@link Atomics}; no striping): the results are those the Java SE documentation describes, only
 * without the contention optimisation.
 */
public class LongAdder extends Number implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final long SUM = Atomics.objectFieldOffset(LongAdder.class, "sum");

    private volatile long sum;

    /** A sum of zero. */
    public LongAdder() {
    }

    /** Adds {@code x}. */
    public void add(long x) {
        Atomics.getAndAddLong(this, SUM, x);
    }

    /** Adds one. */
    public void increment() {
        add(1L);
    }

    /** Subtracts one. */
    public void decrement() {
        add(-1L);
    }

    /** The current sum. */
    public long sum() {
        return sum;
    }

    /** Sets the sum to zero. */
    public void reset() {
        sum = 0L;
    }

    /** The sum, then resets to zero. */
    public long sumThenReset() {
        return Atomics.getAndSetLong(this, SUM, 0L);
    }

    /** The decimal string of the sum. */
    @Override
    public String toString() {
        return Long.toString(sum());
    }

    @Override
    public long longValue() {
        return sum();
    }

    @Override
    public int intValue() {
        return (int) sum();
    }

    @Override
    public float floatValue() {
        return (float) sum();
    }

    @Override
    public double doubleValue() {
        return (double) sum();
    }
}
