package java.util.concurrent;

/**
 * A cancellable computation whose result a {@link Future} gives. State changes happen under the task's monitor,
 * and {@code get} waits on it; the task runs at most once (a second {@code run}, or one after cancellation, does
 * nothing).
 */
public class FutureTask<V> implements RunnableFuture<V> {
    private static final int NEW = 0;
    private static final int NORMAL = 2;
    private static final int EXCEPTIONAL = 3;
    private static final int CANCELLED = 4;
    private static final int INTERRUPTED = 6;

    private volatile int state;
    private Callable<V> callable;
    /** The result, or the exception when EXCEPTIONAL. */
    private Object outcome;
    /** The thread running the task, while it runs. */
    private volatile Thread runner;

    /** A task that will run {@code callable}. */
    public FutureTask(Callable<V> callable) {
        if (callable == null) {
            throw new NullPointerException();
        }
        this.callable = callable;
    }

    /** A task that will run {@code runnable} and then give {@code result}. */
    public FutureTask(Runnable runnable, V result) {
        this.callable = Executors.callable(runnable, result);
    }

    @Override
    public boolean isCancelled() {
        return state >= CANCELLED;
    }

    @Override
    public boolean isDone() {
        return state != NEW;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        synchronized (this) {
            if (state != NEW) {
                return false;
            }
            state = mayInterruptIfRunning ? INTERRUPTED : CANCELLED;
            if (mayInterruptIfRunning) {
                Thread t = runner;
                if (t != null) {
                    t.interrupt();
                }
            }
            notifyAll();
        }
        finish();
        return true;
    }

    @Override
    public V get() throws InterruptedException, ExecutionException {
        synchronized (this) {
            while (state == NEW) {
                wait();
            }
        }
        return report();
    }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            long deadline = Waits.deadline(unit.toNanos(timeout));
            while (state == NEW) {
                long left = Waits.left(deadline);
                if (left <= 0) {
                    throw new TimeoutException();
                }
                Waits.waitNanos(this, left);
            }
        }
        return report();
    }

    @SuppressWarnings("unchecked")
    private V report() throws ExecutionException {
        int s = state;
        if (s == NORMAL) {
            return (V) outcome;
        }
        if (s >= CANCELLED) {
            throw new CancellationException();
        }
        throw new ExecutionException((Throwable) outcome);
    }

    /** Called once when the task becomes done (normally, exceptionally or cancelled); nothing by default. */
    protected void done() {
    }

    /** Sets the result unless the task is already done. */
    protected void set(V v) {
        complete(NORMAL, v);
    }

    /** Makes the task fail with {@code t} unless it is already done. */
    protected void setException(Throwable t) {
        complete(EXCEPTIONAL, t);
    }

    private void complete(int newState, Object value) {
        synchronized (this) {
            if (state != NEW) {
                return;
            }
            outcome = value;
            state = newState;
            notifyAll();
        }
        finish();
    }

    private void finish() {
        done();
        callable = null;
    }

    /** Claims the task for the current thread; false if it is done or another thread runs it. */
    private boolean claim() {
        synchronized (this) {
            if (state != NEW || runner != null) {
                return false;
            }
            runner = Thread.currentThread();
            return true;
        }
    }

    @Override
    public void run() {
        if (!claim()) {
            return;
        }
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                V result;
                try {
                    result = c.call();
                } catch (Throwable ex) {
                    setException(ex);
                    return;
                }
                set(result);
            }
        } finally {
            runner = null;
        }
    }

    /** Runs the task without setting a result (for repeating tasks); whether it may run again. */
    protected boolean runAndReset() {
        if (!claim()) {
            return false;
        }
        boolean ran = false;
        try {
            Callable<V> c = callable;
            if (c != null && state == NEW) {
                try {
                    c.call();
                    ran = true;
                } catch (Throwable ex) {
                    setException(ex);
                }
            }
        } finally {
            runner = null;
        }
        return ran && state == NEW;
    }

    /** The identity string with the state: {@code [Completed normally]}, {@code [Not completed, task = ...]}... */
    @Override
    public String toString() {
        String status;
        switch (state) {
            case NORMAL:
                status = "[Completed normally]";
                break;
            case EXCEPTIONAL:
                status = "[Completed exceptionally: " + outcome + "]";
                break;
            case CANCELLED:
            case INTERRUPTED:
                status = "[Cancelled]";
                break;
            default:
                Callable<?> c = callable;
                status = c == null ? "[Not completed]" : "[Not completed, task = " + c + "]";
        }
        return super.toString() + status;
    }
}
