package java.util.concurrent.locks;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;

/**
 * A reentrant read-write lock: any number of threads may hold the read lock while no thread holds the write lock;
 * the writer may also take the read lock (downgrading), but a reader asking for the write lock waits (as on
 * HotSpot, forever if it is the only reader). State changes happen inside {@code synchronized} on this object and
 * waiters block in its monitor, so it stays correct with real threads.
 */
public class ReentrantReadWriteLock implements ReadWriteLock, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean fair;
    private final ReadLock readerLock = new ReadLock(this);
    private final WriteLock writerLock = new WriteLock(this);
    private transient Thread writer;
    private int writeHolds;
    private int readHolds;
    private final transient HashMap<Thread, int[]> readers = new HashMap<Thread, int[]>();

    /** A non-fair lock. */
    public ReentrantReadWriteLock() {
        this(false);
    }

    /** A lock with the given fairness policy (recorded only). */
    public ReentrantReadWriteLock(boolean fair) {
        this.fair = fair;
    }

    @Override
    public ReentrantReadWriteLock.WriteLock writeLock() {
        return writerLock;
    }

    @Override
    public ReentrantReadWriteLock.ReadLock readLock() {
        return readerLock;
    }

    /** Whether this lock was created fair. */
    public final boolean isFair() {
        return fair;
    }

    /** How many read holds all threads have. */
    public synchronized int getReadLockCount() {
        return readHolds;
    }

    /** How many read holds the current thread has. */
    public synchronized int getReadHoldCount() {
        int[] c = readers.get(Thread.currentThread());
        return c == null ? 0 : c[0];
    }

    /** Whether some thread holds the write lock. */
    public synchronized boolean isWriteLocked() {
        return writer != null;
    }

    /** Whether the current thread holds the write lock. */
    public synchronized boolean isWriteLockedByCurrentThread() {
        return writer == Thread.currentThread();
    }

    /** How many write holds the current thread has. */
    public synchronized int getWriteHoldCount() {
        return writer == Thread.currentThread() ? writeHolds : 0;
    }

    /** The identity string plus {@code [Write locks = W, Read locks = R]}. */
    @Override
    public String toString() {
        int w;
        int r;
        synchronized (this) {
            w = writeHolds;
            r = readHolds;
        }
        return super.toString() + "[Write locks = " + w + ", Read locks = " + r + "]";
    }

    private boolean canRead(Thread me) {
        return writer == null || writer == me;
    }

    private boolean canWrite(Thread me) {
        return (writer == null && readHolds == 0) || writer == me;
    }

    private void takeRead(Thread me) {
        int[] c = readers.get(me);
        if (c == null) {
            c = new int[1];
            readers.put(me, c);
        }
        c[0]++;
        readHolds++;
    }

    private void takeWrite(Thread me) {
        writer = me;
        writeHolds++;
    }

    synchronized void acquire(boolean write, boolean interruptible) throws InterruptedException {
        Thread me = Thread.currentThread();
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        boolean interrupted = false;
        while (write ? !canWrite(me) : !canRead(me)) {
            try {
                wait();
            } catch (InterruptedException e) {
                if (interruptible) {
                    throw e;
                }
                interrupted = true;
            }
        }
        if (write) {
            takeWrite(me);
        } else {
            takeRead(me);
        }
        if (interrupted) {
            me.interrupt();
        }
    }

    synchronized boolean tryAcquire(boolean write, long nanos) throws InterruptedException {
        Thread me = Thread.currentThread();
        long deadline = System.nanoTime() + nanos;
        while (write ? !canWrite(me) : !canRead(me)) {
            long left = deadline - System.nanoTime();
            if (nanos < 0 || left <= 0) {
                return false;
            }
            wait(Math.max(1L, left / 1000000L));
        }
        if (write) {
            takeWrite(me);
        } else {
            takeRead(me);
        }
        return true;
    }

    synchronized void release(boolean write) {
        Thread me = Thread.currentThread();
        if (write) {
            if (writer != me) {
                throw new IllegalMonitorStateException();
            }
            if (--writeHolds == 0) {
                writer = null;
                notifyAll();
            }
        } else {
            int[] c = readers.get(me);
            if (c == null) {
                throw new IllegalMonitorStateException("attempt to unlock read lock, not locked by current thread");
            }
            if (--c[0] == 0) {
                readers.remove(me);
            }
            if (--readHolds == 0) {
                notifyAll();
            }
        }
    }

    /** The read half: shared among threads while nobody writes. */
    public static class ReadLock implements Lock, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ReentrantReadWriteLock rw;

        /** The read lock of {@code lock}. */
        protected ReadLock(ReentrantReadWriteLock lock) {
            rw = lock;
        }

        public void lock() {
            try {
                rw.acquire(false, false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        public void lockInterruptibly() throws InterruptedException {
            rw.acquire(false, true);
        }

        public boolean tryLock() {
            try {
                return rw.tryAcquire(false, -1L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return rw.tryAcquire(false, Math.max(0L, unit.toNanos(time)));
        }

        public void unlock() {
            rw.release(false);
        }

        /** Read locks have no conditions: UnsupportedOperationException. */
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        /** The identity string plus {@code [Read locks = R]}. */
        public String toString() {
            return super.toString() + "[Read locks = " + rw.getReadLockCount() + "]";
        }
    }

    /** The write half: exclusive, reentrant. */
    public static class WriteLock implements Lock, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ReentrantReadWriteLock rw;

        /** The write lock of {@code lock}. */
        protected WriteLock(ReentrantReadWriteLock lock) {
            rw = lock;
        }

        public void lock() {
            try {
                rw.acquire(true, false);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        public void lockInterruptibly() throws InterruptedException {
            rw.acquire(true, true);
        }

        public boolean tryLock() {
            try {
                return rw.tryAcquire(true, -1L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            return rw.tryAcquire(true, Math.max(0L, unit.toNanos(time)));
        }

        public void unlock() {
            rw.release(true);
        }

        /** Conditions on the write lock are not supported by Cortado yet: UnsupportedOperationException. */
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }

        /** Whether the current thread holds this lock. */
        public boolean isHeldByCurrentThread() {
            return rw.isWriteLockedByCurrentThread();
        }

        /** How many write holds the current thread has. */
        public int getHoldCount() {
            return rw.getWriteHoldCount();
        }

        /** The identity string plus {@code [Unlocked]} or {@code [Locked by thread NAME]}. */
        public String toString() {
            Thread o;
            synchronized (rw) {
                o = rw.writer;
            }
            return super.toString() + (o == null ? "[Unlocked]" : "[Locked by thread " + o.getName() + "]");
        }
    }
}
