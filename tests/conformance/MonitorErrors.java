import java.util.ArrayList;
import java.util.List;

/**
 * Monitor rules a single thread can see: IllegalMonitorStateException for wait/notify/notifyAll without the
 * monitor (also on a different object, on a class mirror, after the lock was left), reentrant nesting,
 * timed waits that return owning the monitor, synchronized methods (instance and static) that release their
 * monitor on normal and exceptional exit, null monitors, and many objects locked at once.
 */
public class MonitorErrors {
    static int depth;

    interface Action {
        void run() throws Exception;
    }

    static void expect(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": no exception");
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    synchronized void syncThrow(int n) {
        if (n == 0) {
            throw new IllegalStateException("from synchronized");
        }
        syncThrow(n - 1);
    }

    synchronized int syncNotify() {
        notifyAll();
        return 42;
    }

    static synchronized String staticSync() throws InterruptedException {
        MonitorErrors.class.notify();
        MonitorErrors.class.wait(1);
        return "static ok";
    }

    static int recurse(Object lock, int n) {
        synchronized (lock) {
            depth++;
            if (n == 0) {
                lock.notify();
                return depth;
            }
            return recurse(lock, n - 1);
        }
    }

    public static void main(String[] args) throws Exception {
        Object a = new Object();
        Object b = new Object();
        expect("notify unlocked", a::notify);
        expect("notifyAll unlocked", a::notifyAll);
        expect("wait unlocked", () -> a.wait());
        expect("timed wait unlocked", () -> a.wait(5));
        expect("wait negative", () -> {
            synchronized (a) {
                a.wait(-1);
            }
        });
        expect("notify other object", () -> {
            synchronized (a) {
                b.notify();
            }
        });
        expect("notify held", () -> {
            synchronized (a) {
                a.notify();
                a.notifyAll();
            }
        });
        expect("notify after leaving", () -> {
            synchronized (a) {
                a.notify();
            }
            a.notify();
        });
        expect("timed wait", () -> {
            synchronized (a) {
                long start = System.nanoTime();
                a.wait(20);
                long waited = (System.nanoTime() - start) / 1_000_000;
                a.notify();
                System.out.println("waited enough: " + (waited >= 19));
            }
        });
        expect("timed wait nested", () -> {
            synchronized (a) {
                synchronized (b) {
                    synchronized (a) {
                        a.wait(2, 500);
                        b.wait(1);
                    }
                    a.notify();
                }
                a.notify();
            }
            a.notify();
        });
        expect("deep reentry", () -> System.out.println("depth " + recurse(a, 700)));
        expect("after deep reentry", a::notify);
        MonitorErrors m = new MonitorErrors();
        expect("synchronized method throws", () -> m.syncThrow(5));
        expect("monitor released after throw", m::notify);
        expect("synchronized method", () -> System.out.println(m.syncNotify()));
        expect("monitor released after return", m::notifyAll);
        expect("static synchronized", () -> System.out.println(staticSync()));
        expect("class monitor released", MonitorErrors.class::notify);
        expect("synchronized null", () -> {
            Object nothing = null;
            synchronized (nothing) {
                System.out.println("unreachable");
            }
        });
        Object hashed = new Object();
        int hash = hashed.hashCode();
        synchronized (hashed) {
            hashed.wait(1);
            System.out.println("hash kept while inflated: " + (hashed.hashCode() == hash));
        }
        System.out.println("hash kept after: " + (hashed.hashCode() == hash));
        List<Object> locks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            locks.add(new int[i]);
        }
        int held = lockAll(locks, 0);
        System.out.println("held " + held);
        expect("all released", () -> locks.get(123).notify());
        StringBuffer sb = new StringBuffer();
        for (int i = 0; i < 5; i++) {
            synchronized (sb) {
                sb.append(i).append(',');
                sb.wait(1);
            }
        }
        System.out.println(sb);
    }

    static int lockAll(List<Object> locks, int i) throws InterruptedException {
        if (i == locks.size()) {
            int n = 0;
            for (Object o : locks) {
                o.notify();
                n++;
            }
            locks.get(7).wait(1);
            return n;
        }
        synchronized (locks.get(i)) {
            return lockAll(locks, i + 1);
        }
    }
}
