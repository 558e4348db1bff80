package java.util.concurrent.locks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A reentrant mutual-exclusion lock: the owning thread may lock it again, and must unlock it as many times;
 * unlocking by a thread that does not hold it throws {@link IllegalMonitorStateException}. Built on the monitor of
 * the lock object (owner, hold count and queue change only inside {@code synchronized (this)}, waiters block in
 * {@code wait}), so it is correct with real threads.
 *
 * <p>Threads that must wait join a FIFO queue. A fair lock goes to the thread at the head of the queue whenever
 * it is free (arriving threads queue behind the waiting ones, as do threads coming back from a condition); a
 * non-fair lock goes to whichever thread asks while it is free, queued or not. The untimed {@link #tryLock()}
 * takes a free lock at once in both modes, as the specification says.
 */
public class ReentrantLock implements Lock, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean fair;
    private transient Thread owner;
    private int holds;
    /** The threads waiting to acquire, in arrival order. */
    private final transient ArrayDeque<Thread> queue = new ArrayDeque<>();

    /** A non-fair lock. */
    public ReentrantLock() {
        this(false);
    }

    /** A lock with the given fairness policy. */
    public ReentrantLock(boolean fair) {
        this.fair = fair;
    }

    /** Whether {@code me} may take the free lock now: it is free and, for a fair lock, {@code me} is first in line. */
    private boolean mayTake(Thread me) {
        return owner == null && (!fair || queue.isEmpty() || queue.peekFirst() == me);
    }

    /**
     * Takes {@code count} holds (the caller holds this object's monitor), queueing while the lock is taken: up to
     * {@code nanos} (forever if negative, not at all if 0); whether it got the lock. An interrupt while queued
     * throws if {@code interruptible}, else is kept for the thread's flag.
     */
    private boolean acquire(int count, boolean interruptible, long nanos) throws InterruptedException {
        Thread me = Thread.currentThread();
        if (owner == me) {
            holds += count;
            return true;
        }
        if (owner == null && (!fair || queue.isEmpty())) {
            owner = me;
            holds = count;
            return true;
        }
        if (nanos == 0) {
            return false;
        }
        queue.addLast(me);
        long deadline = System.nanoTime() + nanos;
        boolean interrupted = false;
        boolean acquired = false;
        try {
            while (!mayTake(me)) {
                try {
                    if (nanos > 0) {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            return false;
                        }
                        wait(Math.max(1L, left / 1000000L));
                    } else {
                        wait();
                    }
                } catch (InterruptedException e) {
                    if (interruptible) {
                        throw e;
                    }
                    interrupted = true;
                }
            }
            owner = me;
            holds = count;
            acquired = true;
            return true;
        } finally {
            queue.remove(me);
            if (!acquired) {
                // The thread behind us may be first in line now.
                notifyAll();
            }
            if (interrupted) {
                me.interrupt();
            }
        }
    }

    @Override
    public synchronized void lock() {
        try {
            acquire(1, false, -1L);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public synchronized void lockInterruptibly() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        acquire(1, true, -1L);
    }

    @Override
    public synchronized boolean tryLock() {
        Thread me = Thread.currentThread();
        if (owner != null && owner != me) {
            return false;
        }
        owner = me;
        holds++;
        return true;
    }

    @Override
    public synchronized boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        return acquire(1, true, Math.max(0L, unit.toNanos(time)));
    }

    @Override
    public synchronized void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException();
        }
        if (--holds == 0) {
            owner = null;
            notifyAll();
        }
    }

    /** How many times the current thread holds this lock. */
    public synchronized int getHoldCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }

    /** Whether the current thread holds this lock. */
    public synchronized boolean isHeldByCurrentThread() {
        return owner == Thread.currentThread();
    }

    /** Whether some thread holds this lock. */
    public synchronized boolean isLocked() {
        return owner != null;
    }

    /** Whether this lock was created fair. */
    public final boolean isFair() {
        return fair;
    }

    /** The owning thread, or null. */
    protected synchronized Thread getOwner() {
        return owner;
    }

    /** Whether threads wait to acquire this lock. */
    public final synchronized boolean hasQueuedThreads() {
        return !queue.isEmpty();
    }

    /** Whether {@code thread} waits to acquire this lock. */
    public final synchronized boolean hasQueuedThread(Thread thread) {
        return queue.contains(Objects.requireNonNull(thread));
    }

    /** The number of threads waiting to acquire this lock. */
    public final synchronized int getQueueLength() {
        return queue.size();
    }

    /** The threads waiting to acquire this lock (in arrival order; the specification promises none). */
    protected synchronized Collection<Thread> getQueuedThreads() {
        return new ArrayList<>(queue);
    }

    /** Whether threads wait on {@code condition}, one of this lock's, which the caller must hold. */
    public boolean hasWaiters(Condition condition) {
        return getWaitQueueLength(condition) > 0;
    }

    /** The number of threads waiting on {@code condition}, one of this lock's, which the caller must hold. */
    public synchronized int getWaitQueueLength(Condition condition) {
        if (!(Objects.requireNonNull(condition) instanceof ConditionObject c) || c.lock != this) {
            throw new IllegalArgumentException("not owner");
        }
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException();
        }
        return c.waiters.size();
    }

    @Override
    public Condition newCondition() {
        return new ConditionObject(this);
    }

    /** The identity string plus {@code [Unlocked]} or {@code [Locked by thread NAME]}. */
    @Override
    public String toString() {
        Thread o = getOwner();
        return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
    }

    /** Releases every hold of the current thread; the count released. */
    synchronized int releaseAll() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException();
        }
        int saved = holds;
        holds = 0;
        owner = null;
        notifyAll();
        return saved;
    }

    /** Queues (in this lock's monitor, which the caller holds) until it may take the lock, then takes {@code saved} holds. */
    void reacquire(int saved) {
        try {
            acquire(saved, false, -1L);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A condition whose waiters wait in the lock's monitor; signalled waiters are marked, then all are woken. */
    static final class ConditionObject implements Condition {
        private final ReentrantLock lock;
        private final ArrayList<boolean[]> waiters = new ArrayList<boolean[]>();

        ConditionObject(ReentrantLock lock) {
            this.lock = lock;
        }

        /** Waits up to {@code nanos} (forever when negative); whether it was signalled. */
        private boolean doWait(long nanos, boolean interruptible) throws InterruptedException {
            synchronized (lock) {
                if (interruptible && Thread.interrupted()) {
                    throw new InterruptedException();
                }
                int saved = lock.releaseAll();
                boolean[] me = new boolean[1];
                waiters.add(me);
                long deadline = System.nanoTime() + nanos;
                InterruptedException ie = null;
                try {
                    while (!me[0]) {
                        if (nanos >= 0) {
                            long left = deadline - System.nanoTime();
                            if (left <= 0) {
                                break;
                            }
                            lock.wait(Math.max(1L, left / 1000000L));
                        } else {
                            lock.wait();
                        }
                    }
                } catch (InterruptedException e) {
                    if (interruptible) {
                        ie = e;
                    }
                }
                waiters.remove(me);
                lock.reacquire(saved);
                if (ie != null) {
                    throw ie;
                }
                return me[0];
            }
        }

        private void checkOwner() {
            if (!lock.isHeldByCurrentThread()) {
                throw new IllegalMonitorStateException();
            }
        }

        public void await() throws InterruptedException {
            checkOwner();
            doWait(-1L, true);
        }

        public void awaitUninterruptibly() {
            checkOwner();
            try {
                doWait(-1L, false);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        public long awaitNanos(long nanosTimeout) throws InterruptedException {
            checkOwner();
            long start = System.nanoTime();
            if (nanosTimeout <= 0) {
                return nanosTimeout;
            }
            doWait(nanosTimeout, true);
            return nanosTimeout - (System.nanoTime() - start);
        }

        public boolean await(long time, TimeUnit unit) throws InterruptedException {
            checkOwner();
            long n = unit.toNanos(time);
            if (n <= 0) {
                return false;
            }
            return doWait(n, true);
        }

        public void signal() {
            synchronized (lock) {
                checkOwner();
                if (!waiters.isEmpty()) {
                    waiters.remove(0)[0] = true;
                    lock.notifyAll();
                }
            }
        }

        public void signalAll() {
            synchronized (lock) {
                checkOwner();
                for (boolean[] w : waiters) {
                    w[0] = true;
                }
                waiters.clear();
                lock.notifyAll();
            }
        }
    }
}
