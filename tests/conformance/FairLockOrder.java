import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fair ReentrantLock hands itself to waiting threads in arrival order, and a condition's signal wakes its
 * waiters in the order they began waiting; queue queries (hasQueuedThread, getQueueLength, hasWaiters,
 * getWaitQueueLength) and their errors; timed tryLock behind a queue; lockInterruptibly leaving the queue.
 */
public class FairLockOrder {
    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock(true);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        System.out.println("fair " + lock.isFair() + " " + new ReentrantLock().isFair() + " queued " + lock.hasQueuedThreads());
        lock.lock();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Thread t = new Thread(() -> {
                lock.lock();
                try {
                    order.add(Thread.currentThread().getName());
                } finally {
                    lock.unlock();
                }
            }, "T" + i);
            threads.add(t);
            t.start();
            while (!lock.hasQueuedThread(t)) {
                Thread.sleep(1);
            }
            System.out.print(lock.getQueueLength() + " ");
        }
        System.out.println("queued, held by main: " + lock.isHeldByCurrentThread() + " " + lock.getHoldCount());
        // A timed tryLock by the owner succeeds at once (reentrant); by another thread it waits behind the queue.
        System.out.println("reentrant tryLock " + lock.tryLock(1, TimeUnit.MILLISECONDS) + " holds " + lock.getHoldCount());
        lock.unlock();
        boolean[] timedOut = new boolean[1];
        Thread late = new Thread(() -> {
            try {
                timedOut[0] = !lock.tryLock(20, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, "late");
        late.start();
        late.join();
        System.out.println("late timed tryLock failed: " + timedOut[0] + " queue " + lock.getQueueLength());
        // An interruptible waiter that is interrupted leaves the queue.
        Thread quitter = new Thread(() -> {
            try {
                lock.lockInterruptibly();
                order.add("quitter");
                lock.unlock();
            } catch (InterruptedException e) {
                order.add("quitter interrupted");
            }
        }, "quitter");
        quitter.start();
        while (!lock.hasQueuedThread(quitter)) {
            Thread.sleep(1);
        }
        quitter.interrupt();
        quitter.join();
        System.out.println("after quitter: queue " + lock.getQueueLength() + " " + order);
        lock.unlock();
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("fair order " + order + " locked " + lock.isLocked() + " queued " + lock.hasQueuedThreads());

        Condition cond = lock.newCondition();
        List<String> woke = Collections.synchronizedList(new ArrayList<>());
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread w = new Thread(() -> {
                lock.lock();
                try {
                    cond.awaitUninterruptibly();
                    woke.add(Thread.currentThread().getName());
                } finally {
                    lock.unlock();
                }
            }, "W" + i);
            waiters.add(w);
            w.start();
            int expected = i + 1;
            while (true) {
                lock.lock();
                try {
                    if (lock.getWaitQueueLength(cond) == expected) {
                        break;
                    }
                } finally {
                    lock.unlock();
                }
                Thread.sleep(1);
            }
        }
        for (int i = 0; i < 4; i++) {
            lock.lock();
            try {
                System.out.print("waiters " + lock.getWaitQueueLength(cond) + " " + lock.hasWaiters(cond) + "; ");
                cond.signal();
            } finally {
                lock.unlock();
            }
            while (woke.size() <= i) {
                Thread.sleep(1);
            }
        }
        for (Thread w : waiters) {
            w.join();
        }
        System.out.println();
        System.out.println("signal order " + woke);
        try {
            lock.hasWaiters(cond);
        } catch (IllegalMonitorStateException e) {
            System.out.println("hasWaiters unheld: " + e.getClass().getName());
        }
        lock.lock();
        try {
            lock.getWaitQueueLength(new ReentrantLock().newCondition());
        } catch (IllegalArgumentException e) {
            System.out.println("foreign condition: " + e.getClass().getName());
        } finally {
            lock.unlock();
        }
        try {
            lock.hasQueuedThread(null);
        } catch (NullPointerException e) {
            System.out.println("hasQueuedThread(null): NPE");
        }
    }
}
