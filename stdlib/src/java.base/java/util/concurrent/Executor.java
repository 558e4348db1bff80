package java.util.concurrent;

/** Runs submitted tasks, in some thread chosen by the implementation. */
public interface Executor {
    /** Runs {@code command} at some time in the future. */
    void execute(Runnable command);
}
