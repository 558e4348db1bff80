package java.util.concurrent;

/** A future that is its own computation: running it completes it. */
public interface RunnableFuture<V> extends Runnable, Future<V> {
    /** Computes and sets the result, unless cancelled. */
    @Override
    void run();
}
