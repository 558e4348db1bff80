package java.util;

import java.util.function.IntConsumer;

/**
 * Count, sum, minimum, maximum and average of a sequence of {@code int} values, accumulated one value at a
 * time (for example by {@code IntStream.summaryStatistics()} or {@code Collectors.summarizingInt}).
 */
public class IntSummaryStatistics implements IntConsumer {
    private long count;
    private long sum;
    private int min = Integer.MAX_VALUE;
    private int max = Integer.MIN_VALUE;

    /** Empty statistics: count 0, min Integer.MAX_VALUE, max Integer.MIN_VALUE. */
    public IntSummaryStatistics() {
    }

    /**
     * Statistics with the given values; IllegalArgumentException if {@code count} is negative or, when it is
     * positive, if {@code min > max}.
     */
    public IntSummaryStatistics(long count, int min, int max, long sum) throws IllegalArgumentException {
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

    /** Adds a value. */
    @Override
    public void accept(int value) {
        count++;
        sum += value;
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** Adds the values {@code other} has accumulated. */
    public void combine(IntSummaryStatistics other) {
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

    /** The least value ({@code Integer.MAX_VALUE} when there are none). */
    public final int getMin() {
        return min;
    }

    /** The greatest value ({@code Integer.MIN_VALUE} when there are none). */
    public final int getMax() {
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
