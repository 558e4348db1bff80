package java.util.concurrent;

/** A scheduled future that is its own computation. */
public interface RunnableScheduledFuture<V> extends RunnableFuture<V>, ScheduledFuture<V> {
    /** Whether the task repeats. */
    boolean isPeriodic();
}
