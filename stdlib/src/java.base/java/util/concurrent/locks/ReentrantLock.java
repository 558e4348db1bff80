package java.util.concurrent.locks;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A reentrant mutual-exclusion lock: the owning thread may lock it again, and must unlock it as many times;
 * unlocking by a thread that does not hold it throws {@link IllegalMonitorStateException}. Built on the monitor of
 * the lock object (owner and hold count change only inside {@code synchronized (this)}, waiters block in
 * {@code wait}), so it is correct with real threads; the fairness flag is recorded but waiters are woken in
 * whatever order the monitor wakes them.
 */
public class ReentrantLock implements Lock, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean fair;
    private transient Thread owner;
    private int holds;

    /** A non-fair lock. */
    public ReentrantLock() {
        this(false);
    }

    /** A lock with the given fairness policy. */
    public ReentrantLock(boolean fair) {
        this.fair = fair;
    }

    @Override
    public synchronized void lock() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        while (owner != null && owner != me) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        owner = me;
        holds++;
        if (interrupted) {
            me.interrupt();
        }
    }

    @Override
    public synchronized void lockInterruptibly() throws InterruptedException {
        Thread me = Thread.currentThread();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        while (owner != null && owner != me) {
            wait();
        }
        owner = me;
        holds++;
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
        Thread me = Thread.currentThread();
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = System.nanoTime() + unit.toNanos(time);
        while (owner != null && owner != me) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1L, left / 1000000L));
        }
        owner = me;
        holds++;
        return true;
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

    /** Whether threads wait to acquire this lock (not tracked: false). */
    public final boolean hasQueuedThreads() {
        return false;
    }

    /** An estimate of the threads waiting to acquire this lock (not tracked: 0). */
    public final int getQueueLength() {
        return 0;
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

    /** Waits (in this lock's monitor, which the caller holds) until free, then takes {@code saved} holds. */
    void reacquire(int saved) {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        while (owner != null && owner != me) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        owner = me;
        holds = saved;
        if (interrupted) {
            me.interrupt();
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
