package java.util.concurrent;

/** Makes threads on demand for executors. */
public interface ThreadFactory {
    /** A new, unstarted thread that runs {@code r}, or null if the request is refused. */
    Thread newThread(Runnable r);
}
