package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A task run by a {@link ForkJoinPool}: {@link #fork} queues it (in the current worker's own queue, or in the
 * common pool from other threads), {@link #join} waits for its result. A joining thread never just sleeps while
 * there is work it can do: it first runs the task itself if it is still on top of its own queue, then runs its
 * other local tasks, then steals queued work of its pool, and only blocks (on this task's monitor) when nothing
 * is left to run; so joins cannot deadlock the pool even when every worker is joining.
 *
 * <p>The completion status is a volatile int written once under the task's monitor; waiters are woken with
 * {@code notifyAll} only when one registered. An exception thrown by a task is rethrown as is by {@code join}
 * and {@code invoke} (HotSpot may rethrow a copy made in the joining thread, with the original as cause).
 */
public abstract class ForkJoinTask<V> implements Future<V>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    static final int PENDING = 0;
    static final int NORMAL = 1;
    static final int EXCEPTIONAL = 2;
    static final int CANCELLED = 3;

    private volatile int status;
    private transient Throwable exception;
    /** Whether a thread waits on this task's monitor (guarded by it). */
    private transient boolean waiters;
    /** Whether a thread outside the pools forked it into the common pool (its joiner may run it, or help). */
    transient boolean forkedToCommon;

    /** For subclasses. */
    public ForkJoinTask() {
    }

    // ------------------------------------------------------------------ what subclasses provide

    /** The result {@link #join} returns, or null. */
    public abstract V getRawResult();

    /** Forces the result (for completion without running). */
    protected abstract void setRawResult(V value);

    /** Runs the task's action; true when the task is complete afterwards. */
    protected abstract boolean exec();

    // ------------------------------------------------------------------ running and completion

    /** Runs the task here if it has not completed; its exception is recorded. */
    final void doExec() {
        if (status != PENDING) {
            return;
        }
        boolean completed;
        try {
            completed = exec();
        } catch (Throwable t) {
            if (setDone(EXCEPTIONAL, t)) {
                propagateException(t);
            }
            return;
        }
        if (completed) {
            setDone(NORMAL, null);
        }
    }

    /** Completes with {@code s} unless already complete; whether this call completed it. */
    final boolean setDone(int s, Throwable ex) {
        synchronized (this) {
            if (status != PENDING) {
                return false;
            }
            exception = ex;
            status = s;
            if (waiters) {
                waiters = false;
                notifyAll();
            }
        }
        return true;
    }

    /** Called once this task completed with {@code ex}: a {@link CountedCompleter} passes it on to its completers. */
    void propagateException(Throwable ex) {
    }

    final int status() {
        return status;
    }

    final Throwable exception() {
        return exception;
    }

    /** Blocks until complete (the caller found nothing else to run); the timeout in ns, forever if negative. */
    final void block(long nanos) throws InterruptedException {
        long deadline = nanos < 0 ? 0L : Waits.deadline(nanos);
        synchronized (this) {
            while (status == PENDING) {
                waiters = true;
                if (nanos < 0) {
                    wait();
                } else {
                    long left = Waits.left(deadline);
                    if (left <= 0) {
                        return;
                    }
                    Waits.waitNanos(this, left);
                }
            }
        }
    }

    /** Waits (helping) until complete; interruptible waits report the interrupt. */
    private void awaitDone(boolean interruptible, long nanos) throws InterruptedException {
        if (status != PENDING) {
            return;
        }
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread) {
            ForkJoinWorkerThread w = (ForkJoinWorkerThread) t;
            w.pool.helpJoin(w, this, interruptible, nanos);
        } else {
            ForkJoinPool.common.externalHelpJoin(this, interruptible, nanos);
        }
    }

    /** Waits, without reacting to interrupts (they are kept for later). */
    private void awaitUninterruptibly() {
        boolean interrupted = false;
        while (status == PENDING) {
            try {
                awaitDone(false, -1L);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The result, or the task's exception thrown as is. */
    private V reportResult() {
        int s = status;
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            ForkJoinTask.<RuntimeException>uncheckedThrow(exception);
        }
        return getRawResult();
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> void uncheckedThrow(Throwable t) throws T {
        if (t != null) {
            throw (T) t;
        }
        throw new Error("Unknown Exception");
    }

    // ------------------------------------------------------------------ the public API

    /** Queues this task to run asynchronously (in the current worker's pool, or the common pool). */
    public final ForkJoinTask<V> fork() {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread) {
            ForkJoinWorkerThread w = (ForkJoinWorkerThread) t;
            w.workQueue.push(this);
            w.pool.signalWork();
        } else {
            forkedToCommon = true;
            ForkJoinPool.common.externalPush(this);
        }
        return this;
    }

    /** Waits for the task (helping meanwhile) and returns its result; its exception or CancellationException. */
    public final V join() {
        if (status == PENDING) {
            awaitUninterruptibly();
        }
        return reportResult();
    }

    /** Runs the task now in this thread (unless done) and returns its result as {@link #join} does. */
    public final V invoke() {
        doExec();
        if (status == PENDING) {
            awaitUninterruptibly();
        }
        return reportResult();
    }

    /** Runs both tasks, {@code t2} forked and {@code t1} here; throws the first exception. */
    public static void invokeAll(ForkJoinTask<?> t1, ForkJoinTask<?> t2) {
        if (t1 == null || t2 == null) {
            throw new NullPointerException();
        }
        t2.fork();
        t1.doExec();
        if (t1.status == PENDING) {
            t1.awaitUninterruptibly();
        }
        if (t1.status != NORMAL) {
            t2.cancel(false);
            t1.reportResult();
        }
        t2.join();
    }

    /** Runs all tasks, the first here and the others forked; throws the first exception. */
    public static void invokeAll(ForkJoinTask<?>... tasks) {
        invokeAllTasks(java.util.Arrays.asList(tasks));
    }

    /** Runs all tasks of the collection; throws the first exception; returns the collection. */
    public static <T extends ForkJoinTask<?>> Collection<T> invokeAll(Collection<T> tasks) {
        invokeAllTasks(new ArrayList<ForkJoinTask<?>>(tasks));
        return tasks;
    }

    private static void invokeAllTasks(List<? extends ForkJoinTask<?>> tasks) {
        int n = tasks.size();
        for (int i = n - 1; i >= 1; i--) {
            ForkJoinTask<?> t = tasks.get(i);
            if (t == null) {
                throw new NullPointerException();
            }
            t.fork();
        }
        Throwable first = null;
        boolean cancelled = false;
        for (int i = 0; i < n; i++) {
            ForkJoinTask<?> t = tasks.get(i);
            if (t == null) {
                throw new NullPointerException();
            }
            if (i == 0) {
                t.doExec();
            }
            if (first != null || cancelled) {
                t.cancel(false);
            }
            if (t.status == PENDING) {
                t.awaitUninterruptibly();
            }
            if (first == null && !cancelled) {
                if (t.status == EXCEPTIONAL) {
                    first = t.exception;
                } else if (t.status == CANCELLED) {
                    cancelled = true;
                }
            }
        }
        if (first != null) {
            ForkJoinTask.<RuntimeException>uncheckedThrow(first);
        }
        if (cancelled) {
            throw new CancellationException();
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return setDone(CANCELLED, null) || status == CANCELLED;
    }

    @Override
    public final boolean isDone() {
        return status != PENDING;
    }

    @Override
    public final boolean isCancelled() {
        return status == CANCELLED;
    }

    /** Whether the task threw or was cancelled. */
    public final boolean isCompletedAbnormally() {
        int s = status;
        return s == EXCEPTIONAL || s == CANCELLED;
    }

    /** Whether the task completed without exception or cancellation. */
    public final boolean isCompletedNormally() {
        return status == NORMAL;
    }

    /** The exception the task threw, a CancellationException if cancelled, or null. */
    public final Throwable getException() {
        int s = status;
        if (s == CANCELLED) {
            return new CancellationException();
        }
        return s == EXCEPTIONAL ? exception : null;
    }

    /** Completes the task with {@code ex} (a checked exception is wrapped in RuntimeException). */
    public void completeExceptionally(Throwable ex) {
        Throwable recorded = (ex instanceof RuntimeException || ex instanceof Error) ? ex : new RuntimeException(ex);
        if (setDone(EXCEPTIONAL, recorded)) {
            propagateException(recorded);
        }
    }

    /** Completes the task with {@code value} as its result. */
    public void complete(V value) {
        try {
            setRawResult(value);
        } catch (Throwable rex) {
            setDone(EXCEPTIONAL, rex);
            return;
        }
        setDone(NORMAL, null);
    }

    /** Completes the task normally without setting a result. */
    public final void quietlyComplete() {
        setDone(NORMAL, null);
    }

    @Override
    public final V get() throws InterruptedException, ExecutionException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        awaitDone(true, -1L);
        return getReport();
    }

    @Override
    public final V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long nanos = unit.toNanos(timeout);
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        awaitDone(true, Math.max(0L, nanos));
        if (status == PENDING) {
            throw new TimeoutException();
        }
        return getReport();
    }

    private V getReport() throws ExecutionException {
        int s = status;
        if (s == CANCELLED) {
            throw new CancellationException();
        }
        if (s == EXCEPTIONAL) {
            throw new ExecutionException(exception);
        }
        return getRawResult();
    }

    /** Waits for completion without returning the result or throwing. */
    public final void quietlyJoin() {
        if (status == PENDING) {
            awaitUninterruptibly();
        }
    }

    /** Runs the task here and waits for completion, without returning the result or throwing. */
    public final void quietlyInvoke() {
        doExec();
        quietlyJoin();
    }

    /** Runs queued tasks of the current worker's pool until it is quiescent. */
    public static void helpQuiesce() {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread) {
            ForkJoinWorkerThread w = (ForkJoinWorkerThread) t;
            w.pool.helpQuiesce(w);
        } else {
            ForkJoinPool.common.awaitQuiescence(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        }
    }

    /** Resets the completion status so the task can be forked again. */
    public void reinitialize() {
        synchronized (this) {
            status = PENDING;
            exception = null;
        }
    }

    /** The pool of the current worker thread, or null outside pools. */
    public static ForkJoinPool getPool() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).pool : null;
    }

    /** Whether the current thread is a pool worker. */
    public static boolean inForkJoinPool() {
        return Thread.currentThread() instanceof ForkJoinWorkerThread;
    }

    /** Takes this task back from the top of the current worker's queue; whether it was there. */
    public boolean tryUnfork() {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread) {
            return ((ForkJoinWorkerThread) t).workQueue.tryUnpush(this);
        }
        return ForkJoinPool.common.submissions.tryUnpush(this);
    }

    /** The number of tasks queued by the current worker. */
    public static int getQueuedTaskCount() {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread) {
            return ((ForkJoinWorkerThread) t).workQueue.size();
        }
        return ForkJoinPool.common.submissions.size();
    }

    /** How many more tasks the current worker holds than there are idle workers to steal them. */
    public static int getSurplusQueuedTaskCount() {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread) {
            ForkJoinWorkerThread w = (ForkJoinWorkerThread) t;
            return w.workQueue.size() - w.pool.idleWorkers();
        }
        return 0;
    }

    /** The task on top of the current worker's queue, not removed, or null. */
    protected static ForkJoinTask<?> peekNextLocalTask() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).workQueue.peek() : null;
    }

    /** Removes and returns the task on top of the current worker's queue, or null. */
    protected static ForkJoinTask<?> pollNextLocalTask() {
        Thread t = Thread.currentThread();
        return t instanceof ForkJoinWorkerThread ? ((ForkJoinWorkerThread) t).workQueue.pop() : null;
    }

    /** Removes and returns a local task, or else one stolen, or null. */
    protected static ForkJoinTask<?> pollTask() {
        Thread t = Thread.currentThread();
        if (!(t instanceof ForkJoinWorkerThread)) {
            return null;
        }
        ForkJoinWorkerThread w = (ForkJoinWorkerThread) t;
        ForkJoinTask<?> task = w.workQueue.pop();
        return task != null ? task : w.pool.steal(w);
    }

    /** A task running {@code runnable}, with a null result. */
    public static ForkJoinTask<?> adapt(Runnable runnable) {
        return new AdaptedRunnable<Void>(runnable, null);
    }

    /** A task running {@code runnable}, with {@code result}. */
    public static <T> ForkJoinTask<T> adapt(Runnable runnable, T result) {
        return new AdaptedRunnable<T>(runnable, result);
    }

    /** A task calling {@code callable}. */
    public static <T> ForkJoinTask<T> adapt(Callable<? extends T> callable) {
        return new AdaptedCallable<T>(callable);
    }

    /** The identity string with the state, as FutureTask prints it. */
    @Override
    public String toString() {
        int s = status;
        String st = s == NORMAL ? "[Completed normally]"
                : s == EXCEPTIONAL ? "[Completed exceptionally: " + exception + "]"
                : s == CANCELLED ? "[Cancelled]" : "[Not completed]";
        return super.toString() + st;
    }

    /** A task adapting a Runnable or Callable: the result slot, {@code run} and the wrapped task's name. */
    abstract static class Adapted<T> extends ForkJoinTask<T> implements RunnableFuture<T> {
        private static final long serialVersionUID = 1L;
        private final Object wrapped;
        T result;

        Adapted(Object wrapped, T result) {
            if (wrapped == null) {
                throw new NullPointerException();
            }
            this.wrapped = wrapped;
            this.result = result;
        }

        @Override
        public final T getRawResult() {
            return result;
        }

        @Override
        protected final void setRawResult(T v) {
            result = v;
        }

        @Override
        public final void run() {
            invoke();
        }

        @Override
        public String toString() {
            return super.toString() + "[Wrapped task = " + wrapped + "]";
        }
    }

    /** Runs a Runnable; its result is fixed. */
    static final class AdaptedRunnable<T> extends Adapted<T> {
        private static final long serialVersionUID = 1L;
        private final Runnable runnable;

        AdaptedRunnable(Runnable runnable, T result) {
            super(runnable, result);
            this.runnable = runnable;
        }

        @Override
        protected boolean exec() {
            runnable.run();
            return true;
        }
    }

    /**
     * Runs a Runnable submitted with {@code execute}. When a worker's own loop ran it and it threw, the worker
     * rethrows the exception and ends, so the thread's uncaught-exception handling reports it as on HotSpot.
     */
    static final class RunnableExecuteAction extends ForkJoinTask<Void> {
        private static final long serialVersionUID = 1L;
        private final Runnable runnable;

        RunnableExecuteAction(Runnable runnable) {
            if (runnable == null) {
                throw new NullPointerException();
            }
            this.runnable = runnable;
        }

        @Override
        public Void getRawResult() {
            return null;
        }

        @Override
        protected void setRawResult(Void v) {
        }

        @Override
        protected boolean exec() {
            runnable.run();
            return true;
        }
    }

    /** Calls a Callable. */
    static final class AdaptedCallable<T> extends Adapted<T> {
        private static final long serialVersionUID = 1L;
        private final Callable<? extends T> callable;

        AdaptedCallable(Callable<? extends T> callable) {
            super(callable, null);
            this.callable = callable;
        }

        @Override
        protected boolean exec() {
            try {
                result = callable.call();
                return true;
            } catch (RuntimeException | Error rex) {
                throw rex;
            } catch (Exception ex) {
                throw new RuntimeException(ex);
            }
        }
    }
}
