import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;

/** ReentrantLock across threads: exact counters, a bounded buffer on two Conditions, tryLock with a timeout
 * while another thread holds the lock, lockInterruptibly, awaitNanos timing out, and a read-write lock. */
public class ReentrantLockCondition {
    static final class BoundedBuffer {
        final ReentrantLock lock = new ReentrantLock();
        final Condition notFull = lock.newCondition();
        final Condition notEmpty = lock.newCondition();
        final int[] items = new int[5];
        int putIndex;
        int takeIndex;
        int count;

        void put(int x) throws InterruptedException {
            lock.lock();
            try {
                while (count == items.length) {
                    notFull.await();
                }
                items[putIndex] = x;
                putIndex = (putIndex + 1) % items.length;
                count++;
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }

        int take() throws InterruptedException {
            lock.lock();
            try {
                while (count == 0) {
                    notEmpty.await();
                }
                int x = items[takeIndex];
                takeIndex = (takeIndex + 1) % items.length;
                count--;
                notFull.signal();
                return x;
            } finally {
                lock.unlock();
            }
        }
    }

    static long counter;

    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock();
        Thread[] ts = new Thread[4];
        for (int i = 0; i < ts.length; i++) {
            ts[i] = new Thread(() -> {
                for (int k = 0; k < 20_000; k++) {
                    lock.lock();
                    try {
                        counter++;
                    } finally {
                        lock.unlock();
                    }
                }
            });
            ts[i].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println("counter " + counter + " locked " + lock.isLocked());

        BoundedBuffer buf = new BoundedBuffer();
        AtomicLong taken = new AtomicLong();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 3000; i++) {
                    buf.put(i);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread[] consumers = new Thread[3];
        for (int c = 0; c < consumers.length; c++) {
            consumers[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < 1000; i++) {
                        taken.addAndGet(buf.take());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            consumers[c].start();
        }
        producer.start();
        producer.join();
        for (Thread t : consumers) {
            t.join();
        }
        System.out.println("buffer sum " + taken.get() + " left " + buf.count);

        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            lock.lock();
            try {
                held.countDown();
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                lock.unlock();
            }
        });
        holder.start();
        held.await();
        long t0 = System.nanoTime();
        boolean got = lock.tryLock(50, TimeUnit.MILLISECONDS);
        long waited = System.nanoTime() - t0;
        System.out.println("tryLock while held: " + got + " waited >= 50ms " + (waited >= TimeUnit.MILLISECONDS.toNanos(50)) + " tryLock() " + lock.tryLock() + " held by me " + lock.isHeldByCurrentThread());
        AtomicReference<String> outcome = new AtomicReference<>();
        Thread interruptible = new Thread(() -> {
            try {
                lock.lockInterruptibly();
                outcome.set("acquired");
                lock.unlock();
            } catch (InterruptedException e) {
                outcome.set("interrupted while waiting");
            }
        });
        interruptible.start();
        Thread.sleep(20);
        interruptible.interrupt();
        interruptible.join();
        System.out.println(outcome.get());
        release.countDown();
        holder.join();
        System.out.println("after release tryLock " + lock.tryLock() + " holds " + lock.getHoldCount());
        Condition never = lock.newCondition();
        long left = never.awaitNanos(TimeUnit.MILLISECONDS.toNanos(20));
        System.out.println("awaitNanos timed out " + (left <= 0) + " still holding " + lock.isHeldByCurrentThread());
        lock.unlock();

        Condition ready = lock.newCondition();
        boolean[] flag = new boolean[1];
        Thread signaller = new Thread(() -> {
            lock.lock();
            try {
                flag[0] = true;
                ready.signalAll();
            } finally {
                lock.unlock();
            }
        });
        lock.lock();
        try {
            signaller.start();
            while (!flag[0]) {
                ready.await();
            }
            System.out.println("signalled " + flag[0]);
        } finally {
            lock.unlock();
        }
        signaller.join();

        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        Map<Integer, Integer> shared = new HashMap<>();
        AtomicInteger reads = new AtomicInteger();
        Thread[] rws = new Thread[6];
        for (int i = 0; i < rws.length; i++) {
            boolean writer = i < 2;
            int id = i;
            rws[i] = new Thread(() -> {
                for (int k = 0; k < 500; k++) {
                    if (writer) {
                        rw.writeLock().lock();
                        try {
                            shared.merge(k % 10, 1, Integer::sum);
                        } finally {
                            rw.writeLock().unlock();
                        }
                    } else {
                        rw.readLock().lock();
                        try {
                            shared.get(k % 10);
                            reads.incrementAndGet();
                        } finally {
                            rw.readLock().unlock();
                        }
                    }
                }
            });
            rws[i].start();
        }
        for (Thread t : rws) {
            t.join();
        }
        System.out.println("rw map " + new TreeMap<>(shared) + " reads " + reads.get() + " write locked " + rw.isWriteLocked() + " readers " + rw.getReadLockCount());
    }
}
