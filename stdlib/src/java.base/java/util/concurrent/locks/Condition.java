package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A wait set bound to a {@link Lock}: {@code await} releases the lock while waiting and reacquires it after.
 * ({@code awaitUntil(Date)} is missing: Cortado has no {@code java.util.Date} yet.)
 */
public interface Condition {
    /** Waits until signalled or interrupted. */
    void await() throws InterruptedException;

    /** Waits until signalled (not interruptible). */
    void awaitUninterruptibly();

    /** Waits at most {@code nanosTimeout}; the time left (zero or less when it timed out). */
    long awaitNanos(long nanosTimeout) throws InterruptedException;

    /** Waits at most the given time; false if it timed out. */
    boolean await(long time, TimeUnit unit) throws InterruptedException;

    /** Wakes one waiter. */
    void signal();

    /** Wakes every waiter. */
    void signalAll();
}
