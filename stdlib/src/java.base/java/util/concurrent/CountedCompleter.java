package java.util.concurrent;

import jdk.internal.misc.Atomics;

/**
 * A fork/join task that completes when its pending count reaches zero instead of when {@link #compute} returns:
 * each task may name a completer (the task to notify), and {@link #tryComplete} either decrements the pending
 * count or, at zero, runs {@link #onCompletion} and moves on to the completer, so a tree of tasks completes
 * from its leaves to its root without any task waiting for another. An exception in one task completes it and,
 * as long as {@link #onExceptionalCompletion} agrees, every completer above it.
 *
 * <p>The pending count is a volatile int changed by compare-and-set ({@link Atomics}).
 */
public abstract class CountedCompleter<T> extends ForkJoinTask<T> {
    private static final long serialVersionUID = 1L;
    private static final long PENDING = Atomics.objectFieldOffset(CountedCompleter.class, "pending");

    /** The task this one reports to when it completes, or null for a root. */
    final CountedCompleter<?> completer;
    private volatile int pending;

    /** A task reporting to {@code completer} with {@code initialPendingCount}. */
    protected CountedCompleter(CountedCompleter<?> completer, int initialPendingCount) {
        this.completer = completer;
        this.pending = initialPendingCount;
    }

    /** A task reporting to {@code completer}, with a pending count of zero. */
    protected CountedCompleter(CountedCompleter<?> completer) {
        this.completer = completer;
    }

    /** A root task with a pending count of zero. */
    protected CountedCompleter() {
        this.completer = null;
    }

    /** The task's work. */
    public abstract void compute();

    /** Called when the pending count is zero as {@link #tryComplete} (or {@link #complete}) completes this task. */
    public void onCompletion(CountedCompleter<?> caller) {
    }

    /**
     * Called when {@code ex} completes this task or, through {@code caller}, one below it; whether the exception
     * should go on to this task's completer (yes, by default).
     */
    public boolean onExceptionalCompletion(Throwable ex, CountedCompleter<?> caller) {
        return true;
    }

    /** The completer, or null. */
    public final CountedCompleter<?> getCompleter() {
        return completer;
    }

    /** The pending count. */
    public final int getPendingCount() {
        return pending;
    }

    /** Sets the pending count. */
    public final void setPendingCount(int count) {
        pending = count;
    }

    /** Adds {@code delta} to the pending count atomically. */
    public final void addToPendingCount(int delta) {
        Atomics.getAndAddInt(this, PENDING, delta);
    }

    /** Sets the pending count to {@code count} if it is {@code expected}; whether it did. */
    public final boolean compareAndSetPendingCount(int expected, int count) {
        return Atomics.compareAndSetInt(this, PENDING, expected, count);
    }

    /** Decrements the pending count unless it is zero; the count found. */
    public final int decrementPendingCountUnlessZero() {
        int c;
        do {
            c = pending;
        } while (c != 0 && !compareAndSetPendingCount(c, c - 1));
        return c;
    }

    /** The root of this task's completer chain. */
    public final CountedCompleter<?> getRoot() {
        CountedCompleter<?> a = this;
        while (a.completer != null) {
            a = a.completer;
        }
        return a;
    }

    /**
     * If the pending count is nonzero, decrements it; otherwise runs {@link #onCompletion}, completes this task
     * and does the same for its completer, up the chain.
     */
    public final void tryComplete() {
        climb(true);
    }

    /** As {@link #tryComplete}, without calling {@link #onCompletion}. */
    public final void propagateCompletion() {
        climb(false);
    }

    private void climb(boolean notify) {
        CountedCompleter<?> a = this;
        CountedCompleter<?> s = a;
        while (true) {
            int c = a.pending;
            if (c == 0) {
                if (notify) {
                    a.onCompletion(s);
                }
                s = a;
                a = a.completer;
                if (a == null) {
                    s.quietlyComplete();
                    return;
                }
            } else if (a.compareAndSetPendingCount(c, c - 1)) {
                return;
            }
        }
    }

    /**
     * Completes this task whatever its pending count: sets {@code rawResult}, runs {@link #onCompletion}, and
     * tries to complete the completer.
     */
    @Override
    public void complete(T rawResult) {
        setRawResult(rawResult);
        onCompletion(this);
        quietlyComplete();
        CountedCompleter<?> p = completer;
        if (p != null) {
            p.tryComplete();
        }
    }

    /** This task if its pending count is zero, else null after decrementing it. */
    public final CountedCompleter<?> firstComplete() {
        while (true) {
            int c = pending;
            if (c == 0) {
                return this;
            }
            if (compareAndSetPendingCount(c, c - 1)) {
                return null;
            }
        }
    }

    /** The completer's {@link #firstComplete}; for a root, completes it and returns null. */
    public final CountedCompleter<?> nextComplete() {
        CountedCompleter<?> p = completer;
        if (p != null) {
            return p.firstComplete();
        }
        quietlyComplete();
        return null;
    }

    /** Completes the root of the chain without running any {@code onCompletion}. */
    public final void quietlyCompleteRoot() {
        getRoot().quietlyComplete();
    }

    /** Would help run tasks on this task's completion path; Cortado leaves them to the pool's workers. */
    public final void helpComplete(int maxTasks) {
    }

    /** Passes {@code ex} up the chain while each task's {@link #onExceptionalCompletion} agrees. */
    @Override
    void propagateException(Throwable ex) {
        CountedCompleter<?> a = this;
        CountedCompleter<?> s = a;
        while (a.onExceptionalCompletion(ex, s)) {
            s = a;
            a = a.completer;
            if (a == null || !a.setDone(EXCEPTIONAL, ex)) {
                return;
            }
        }
    }

    /** Runs {@link #compute}; the task completes later, through the pending counts. */
    @Override
    protected final boolean exec() {
        compute();
        return false;
    }

    /** The result: null unless a subclass says otherwise. */
    @Override
    public T getRawResult() {
        return null;
    }

    /** Keeps nothing unless a subclass says otherwise. */
    @Override
    protected void setRawResult(T t) {
    }
}
