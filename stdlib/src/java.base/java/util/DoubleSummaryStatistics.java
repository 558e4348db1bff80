package java.util;

import java.util.function.DoubleConsumer;

/**
 * Count, sum, minimum, maximum and average of a sequence of {@code double} values, accumulated one value at a
 * time (for example by {@code DoubleStream.summaryStatistics()} or {@code Collectors.summarizingDouble}). The sum is computed with compensated
 * (Kahan) summation, so it matches what the JDK reports.
 */
public class DoubleSummaryStatistics implements DoubleConsumer {
    private long count;
    private double sum;
    private double compensation;
    private double simpleSum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** Empty statistics: count 0, min Infinity, max -Infinity. */
    public DoubleSummaryStatistics() {
    }

    /**
     * Statistics with the given values; IllegalArgumentException if {@code count} is negative or, when it is
     * positive, if {@code min > max}.
     */
    public DoubleSummaryStatistics(long count, double min, double max, double sum) throws IllegalArgumentException {
        if (count < 0L) {
            throw new IllegalArgumentException("Negative count value");
        } else if (count > 0L) {
            if (min > max) {
                throw new IllegalArgumentException("Minimum greater than maximum");
            }
            long nanCount = (Double.isNaN(min) ? 1 : 0) + (Double.isNaN(max) ? 1 : 0) + (Double.isNaN(sum) ? 1 : 0);
            if (nanCount > 0 && nanCount < 3) {
                throw new IllegalArgumentException("Some, not all, of the minimum, maximum, or sum is NaN");
            }
            this.count = count;
            this.sum = sum;
            this.simpleSum = sum;
            this.min = min;
            this.max = max;
        }
    }

    /** Adds a value. */
    @Override
    public void accept(double value) {
        count++;
        simpleSum += value;
        addCompensated(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /** Kahan summation: adds {@code value} to {@code sum}, carrying the lost low-order bits in {@code compensation}. */
    private void addCompensated(double value) {
        double corrected = value - compensation;
        double next = sum + corrected;
        compensation = (next - sum) - corrected;
        sum = next;
    }

    /** Adds the values {@code other} has accumulated. */
    public void combine(DoubleSummaryStatistics other) {
        count += other.count;
        simpleSum += other.simpleSum;
        addCompensated(other.sum);
        addCompensated(-other.compensation);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** The number of values. */
    public final long getCount() {
        return count;
    }

    /** The sum of the values (0 when there are none). */
    public final double getSum() {
        double total = sum - compensation;
        if (Double.isNaN(total) && Double.isInfinite(simpleSum)) {
            // compensation turned an infinite sum into NaN: the plain sum has the right infinity
            return simpleSum;
        }
        return total;
    }

    /** The least value ({@code Infinity} when there are none). */
    public final double getMin() {
        return min;
    }

    /** The greatest value ({@code -Infinity} when there are none). */
    public final double getMax() {
        return max;
    }

    /** The arithmetic mean (0 when there are no values). */
    public final double getAverage() {
        return count > 0 ? (double) getSum() / count : 0.0d;
    }

    @Override
    public String toString() {
        return String.format("%s{count=%d, sum=%f, min=%f, average=%f, max=%f}", getClass().getSimpleName(),
            getCount(), getSum(), getMin(), getAverage(), getMax());
    }
}
