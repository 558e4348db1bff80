package java.util.concurrent;

/** An object to act upon after a delay. */
public interface Delayed extends Comparable<Delayed> {
    /** The remaining delay in {@code unit}; zero or negative once elapsed. */
    long getDelay(TimeUnit unit);
}
