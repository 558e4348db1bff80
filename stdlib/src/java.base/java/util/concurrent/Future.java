package java.util.concurrent;

/** The result of an asynchronous computation: wait for it, read it, or cancel the computation. */
public interface Future<V> {
    /** Tries to cancel; whether this call cancelled it. */
    boolean cancel(boolean mayInterruptIfRunning);

    /** Whether the task was cancelled before it completed normally. */
    boolean isCancelled();

    /** Whether the task completed (normally, by throwing, or by cancellation). */
    boolean isDone();

    /** Waits for the result; ExecutionException if the computation threw, CancellationException if cancelled. */
    V get() throws InterruptedException, ExecutionException;

    /** Waits at most {@code timeout} for the result; TimeoutException when it does not come in time. */
    V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException;
}
