package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

/**
 * A lock with explicit {@code lock}/{@code unlock}, more flexible than {@code synchronized}.
 */
public interface Lock {
    /** Acquires the lock, waiting if needed. */
    void lock();

    /** Acquires the lock unless the thread is interrupted. */
    void lockInterruptibly() throws InterruptedException;

    /** Acquires the lock if it is free now; whether it did. */
    boolean tryLock();

    /** Acquires the lock if it becomes free within the time; whether it did. */
    boolean tryLock(long time, TimeUnit unit) throws InterruptedException;

    /** Releases the lock. */
    void unlock();

    /** A new condition bound to this lock. */
    Condition newCondition();
}
