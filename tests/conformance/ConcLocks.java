import java.util.concurrent.*;
import java.util.concurrent.locks.*;

/** ReentrantLock and ReentrantReadWriteLock on one thread: hold counts, tryLock, IllegalMonitorStateException, conditions with timeouts. */
public class ConcLocks {
    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        System.out.println(lock.isLocked() + " " + lock.getHoldCount() + " " + lock.isFair() + " " + new ReentrantLock(true).isFair());
        lock.lock();
        lock.lock();
        System.out.println(lock.tryLock() + " " + lock.getHoldCount() + " " + lock.isHeldByCurrentThread());
        lock.unlock();
        lock.unlock();
        System.out.println(lock.getHoldCount() + " " + lock.isLocked());
        lock.unlock();
        System.out.println(lock.isLocked());
        try {
            lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("IMSE " + e.getMessage());
        }
        System.out.println(lock.tryLock(10, TimeUnit.MILLISECONDS));
        Condition c = lock.newCondition();
        System.out.println(c.await(1, TimeUnit.MILLISECONDS) + " " + (c.awaitNanos(1000) <= 0) + " " + lock.getHoldCount());
        c.signal();
        c.signalAll();
        lock.unlock();
        try {
            c.signal();
        } catch (IllegalMonitorStateException e) {
            System.out.println("IMSE signal");
        }
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.readLock().lock();
        rw.readLock().lock();
        System.out.println(rw.getReadLockCount() + " " + rw.getReadHoldCount() + " " + rw.isWriteLocked() + " " + rw.writeLock().tryLock());
        rw.readLock().unlock();
        rw.readLock().unlock();
        try {
            rw.readLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("IMSE " + e.getMessage());
        }
        rw.writeLock().lock();
        rw.writeLock().lock();
        System.out.println(rw.isWriteLocked() + " " + rw.getWriteHoldCount() + " " + rw.isWriteLockedByCurrentThread() + " " + rw.readLock().tryLock());
        rw.readLock().unlock();
        rw.writeLock().unlock();
        rw.writeLock().unlock();
        try {
            rw.writeLock().unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("IMSE " + e.getMessage());
        }
        System.out.println(rw.isWriteLocked() + " " + rw.getReadLockCount());
        Lock l = rw.writeLock();
        l.lock();
        try {
            System.out.println("guarded " + rw.getWriteHoldCount());
        } finally {
            l.unlock();
        }
    }
}
