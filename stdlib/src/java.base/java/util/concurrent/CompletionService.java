package java.util.concurrent;

/** Runs tasks and hands out their futures in completion order. */
public interface CompletionService<V> {
    /** Submits a value-returning task. */
    Future<V> submit(Callable<V> task);

    /** Submits a task whose future gives {@code result}. */
    Future<V> submit(Runnable task, V result);

    /** The next completed future, waiting for one. */
    Future<V> take() throws InterruptedException;

    /** The next completed future, or null if none is ready. */
    Future<V> poll();

    /** The next completed future, waiting at most the timeout. */
    Future<V> poll(long timeout, TimeUnit unit) throws InterruptedException;
}
