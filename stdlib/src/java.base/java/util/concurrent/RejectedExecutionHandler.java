package java.util.concurrent;

/** What a {@link ThreadPoolExecutor} does with a task it cannot take. */
public interface RejectedExecutionHandler {
    /** Handles {@code r}, which {@code executor} could not accept; may throw RejectedExecutionException. */
    void rejectedExecution(Runnable r, ThreadPoolExecutor executor);
}
