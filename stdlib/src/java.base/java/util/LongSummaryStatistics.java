package java.util;

import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Count, sum, minimum, maximum and average of a sequence of {@code long} values, accumulated one value at a
 * time (for example by {@code LongStream.summaryStatistics()} or {@code Collectors.summarizingLong}).
 */
public class LongSummaryStatistics implements LongConsumer, IntConsumer {
    private long count;
    private long sum;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;

    /** Empty statistics: count 0, min Long.MAX_VALUE, max Long.MIN_VALUE. */
    public LongSummaryStatistics() {
    }

    /**
     * Statistics with the given values; IllegalArgumentException if {@code count} is negative or, when it is
     * positive, if {@code min > max}.
     */
    public LongSummaryStatistics(long count, long min, long max, long sum) throws IllegalArgumentException {
        if (count < 0L) {
            throw new IllegalArgumentException("Negative count value");
        } else if (count > 0L) {
            if (min > max) {
                throw new IllegalArgumentException("Minimum greater than maximum");
            }
            this.count = count;
            this.sum = sum;
            this.min = min;
            this.max = max;
        }
    }

    /** Adds an {@code int} value. */
    @Override
    public void accept(int value) {
        accept((long) value);
    }

    /** Adds a value. */
    @Override
    public void accept(long value) {
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** Adds the values {@code other} has accumulated. */
    public void combine(LongSummaryStatistics other) {
        count += other.count;
        sum += other.sum;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** The number of values. */
    public final long getCount() {
        return count;
    }

    /** The sum of the values (0 when there are none). */
    public final long getSum() {
        return sum;
    }

    /** The least value ({@code Long.MAX_VALUE} when there are none). */
    public final long getMin() {
        return min;
    }

    /** The greatest value ({@code Long.MIN_VALUE} when there are none). */
    public final long getMax() {
        return max;
    }

    /** The arithmetic mean (0 when there are no values). */
    public final double getAverage() {
        return count > 0 ? (double) getSum() / count : 0.0d;
    }

    @Override
    public String toString() {
        return String.format("%s{count=%d, sum=%d, min=%d, average=%f, max=%d}", getClass().getSimpleName(),
            getCount(), getSum(), getMin(), getAverage(), getMax());
    }
}
