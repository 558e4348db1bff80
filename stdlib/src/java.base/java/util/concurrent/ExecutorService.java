package java.util.concurrent;

import java.util.Collection;
import java.util.List;

/** An executor that can be shut down and that hands out futures for the tasks it runs. */
public interface ExecutorService extends Executor {
    /** Runs the tasks already submitted, accepts no new ones; does not wait. */
    void shutdown();

    /** Tries to stop every running task (by interrupting) and returns the tasks that never started. */
    List<Runnable> shutdownNow();

    /** Whether {@link #shutdown} or {@link #shutdownNow} was called. */
    boolean isShutdown();

    /** Whether every task has finished after a shutdown. */
    boolean isTerminated();

    /** Waits until terminated or the timeout elapses; whether it terminated. */
    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException;

    /** Submits a value-returning task. */
    <T> Future<T> submit(Callable<T> task);

    /** Submits a task whose future gives {@code result}. */
    <T> Future<T> submit(Runnable task, T result);

    /** Submits a task whose future gives null. */
    Future<?> submit(Runnable task);

    /** Runs all tasks and returns their completed futures, in the order given. */
    <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException;

    /** As {@link #invokeAll(Collection)}, cancelling the tasks unfinished when the timeout elapses. */
    <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException;

    /** The result of one task that completed normally; the others are cancelled. */
    <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException;

    /** As {@link #invokeAny(Collection)} within the timeout. */
    <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException;
}
