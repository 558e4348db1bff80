import java.util.concurrent.CountDownLatch;

/**
 * Thread.holdsLock: synchronized blocks and methods (instance and static), re-entry, release on normal exit and
 * on an exception, across wait, a monitor another thread holds or waits for (inflated), a hot loop (compiled,
 * the synchronized callee inlined), and null.
 */
public class ThreadHoldsLock {
    static final Object LOCK = new Object();

    synchronized boolean inSyncMethod() {
        return Thread.holdsLock(this);
    }

    static synchronized boolean inStaticSync() {
        return Thread.holdsLock(ThreadHoldsLock.class);
    }

    synchronized void throwInside() {
        throw new IllegalStateException("from a synchronized method");
    }

    static synchronized int hot(ThreadHoldsLock o, int i) {
        return (Thread.holdsLock(ThreadHoldsLock.class) ? 1 : 0) + (Thread.holdsLock(o) ? 2 : 0) + (i & 1);
    }

    public static void main(String[] args) throws Exception {
        Object a = new Object();
        System.out.println("before " + Thread.holdsLock(a));
        synchronized (a) {
            System.out.println("inside " + Thread.holdsLock(a) + " other " + Thread.holdsLock(LOCK));
            synchronized (a) {
                System.out.println("re-entered " + Thread.holdsLock(a));
            }
            System.out.println("after inner exit " + Thread.holdsLock(a));
        }
        System.out.println("after outer exit " + Thread.holdsLock(a));

        ThreadHoldsLock t = new ThreadHoldsLock();
        System.out.println("sync method " + t.inSyncMethod() + ", after " + Thread.holdsLock(t));
        System.out.println("static sync " + inStaticSync() + ", after " + Thread.holdsLock(ThreadHoldsLock.class));
        try {
            t.throwInside();
        } catch (IllegalStateException e) {
            System.out.println("after throw " + Thread.holdsLock(t));
        }

        // Across a timed wait (the monitor inflated, released meanwhile, re-acquired after).
        synchronized (a) {
            a.wait(5);
            System.out.println("after wait " + Thread.holdsLock(a));
        }

        // Another thread holds the monitor: not ours; then ours while it waits to enter.
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        boolean[] seen = new boolean[3];
        Thread holder = new Thread(() -> {
            synchronized (LOCK) {
                seen[0] = Thread.holdsLock(LOCK);
                held.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    return;
                }
            }
            seen[1] = Thread.holdsLock(LOCK);
        });
        holder.start();
        held.await();
        System.out.println("held by another thread: mine " + Thread.holdsLock(LOCK));
        release.countDown();
        synchronized (LOCK) {
            seen[2] = Thread.holdsLock(LOCK);
        }
        holder.join();
        System.out.println("holder saw " + seen[0] + " then " + seen[1] + ", main after entering " + seen[2]);

        Object contended = new Object();
        CountDownLatch entering = new CountDownLatch(1);
        boolean[] late = new boolean[1];
        Thread waiter = new Thread(() -> {
            entering.countDown();
            synchronized (contended) {
                late[0] = Thread.holdsLock(contended);
            }
        });
        synchronized (contended) {
            waiter.start();
            entering.await();
            Thread.sleep(20);
            System.out.println("while another thread waits to enter: " + Thread.holdsLock(contended));
        }
        waiter.join();
        System.out.println("it entered after: " + late[0] + ", main now " + Thread.holdsLock(contended));

        long sum = 0;
        for (int i = 0; i < 30_000; i++) {
            sum += hot(t, i);
            if (i % 1000 == 0) {
                synchronized (t) {
                    sum += hot(t, i) * 10L;
                }
            }
        }
        System.out.println("hot loop " + sum + " static monitor free after " + !Thread.holdsLock(ThreadHoldsLock.class));

        try {
            Thread.holdsLock(null);
        } catch (NullPointerException e) {
            System.out.println("null: NullPointerException " + e.getMessage());
        }
    }
}
