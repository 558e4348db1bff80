package java.lang;

/** A task run by a thread or an executor. */
@FunctionalInterface
public interface Runnable {
    /** Runs the task. */
    void run();
}
