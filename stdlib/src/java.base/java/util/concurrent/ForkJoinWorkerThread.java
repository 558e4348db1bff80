package java.util.concurrent;

/**
 * A thread of a {@link ForkJoinPool}: it owns a work queue, runs its own tasks newest first (oldest first in
 * asynchronous mode) and steals the oldest tasks of other workers and of the pool's submission queue. Workers
 * are daemon threads named {@code ForkJoinPool-N-worker-M} ({@code ForkJoinPool.commonPool-worker-M} in the
 * common pool), as on HotSpot.
 */
public class ForkJoinWorkerThread extends Thread {
    final ForkJoinPool pool;
    final ForkJoinPool.WorkQueue workQueue;

    /** A worker of {@code pool}. */
    protected ForkJoinWorkerThread(ForkJoinPool pool) {
        super(pool.nextWorkerName());
        this.pool = pool;
        this.workQueue = new ForkJoinPool.WorkQueue(this);
        setDaemon(true);
        Thread.UncaughtExceptionHandler h = pool.getUncaughtExceptionHandler();
        if (h != null) {
            setUncaughtExceptionHandler(h);
        }
    }

    /** The pool this worker belongs to. */
    public ForkJoinPool getPool() {
        return pool;
    }

    /** The worker's index in its pool (0-based, in registration order). */
    public int getPoolIndex() {
        return workQueue.index;
    }

    /** Called when the worker starts, before it runs tasks; nothing by default. */
    protected void onStart() {
    }

    /** Called when the worker ends, with the exception that ended it or null; nothing by default. */
    protected void onTermination(Throwable exception) {
    }

    /** Runs the worker loop until the pool lets it go. */
    @Override
    public void run() {
        Throwable exception = null;
        try {
            onStart();
            pool.runWorker(this);
        } catch (Throwable ex) {
            exception = ex;
        } finally {
            try {
                onTermination(exception);
            } catch (Throwable ex) {
                if (exception == null) {
                    exception = ex;
                }
            } finally {
                pool.deregisterWorker(this, exception);
            }
        }
        if (exception != null) {
            ForkJoinTask.<RuntimeException>uncheckedThrow(exception);
        }
    }
}
