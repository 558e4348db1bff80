// jvm-args: -XX:CompileThreshold=300 -XX:OnStackReplacePercentage=100
// On-stack replacement while monitors are held: loops in synchronized methods (instance and static), in
// synchronized blocks, nested and re-entered, and exceptions thrown out of the compiled loop (explicitly,
// implicitly, caught inside the block or only by the caller). After each, the monitors must be free: the
// thread no longer holds them and another thread can take them.
import java.util.ArrayList;
import java.util.List;

public class OsrSynchronizedLoop {
    int count;
    final Object lock = new Object();
    final Object other = new Object();

    synchronized long syncSum(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += (i * 3) ^ count;
            count++;
        }
        return s;
    }

    static int staticCount;

    static synchronized long staticSum(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            s += (long) i * i;
            staticCount++;
        }
        return s;
    }

    long blockSum(int n) {
        long s = 0;
        synchronized (lock) {
            for (int i = 0; i < n; i++) {
                s += i % 7;
            }
        }
        return s;
    }

    // The monitor of `this` entered twice (method and block), and a second object inside.
    synchronized long nested(int n) {
        long s = 0;
        synchronized (this) {
            synchronized (other) {
                for (int i = 0; i < n; i++) {
                    s += i & 15;
                    count++;
                }
            }
        }
        return s;
    }

    // A loop entering and leaving a monitor on each iteration, with a long-running synchronized region.
    long perIteration(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            synchronized (lock) {
                s += i;
            }
        }
        return s;
    }

    synchronized long throwsOut(int n, int at) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            if (i == at) {
                throw new IllegalStateException("thrown at " + i + " after " + s);
            }
            s += i;
        }
        return s;
    }

    long divideInBlock(int n, int zeroAt) {
        long s = 0;
        synchronized (lock) {
            synchronized (other) {
                for (int i = 0; i < n; i++) {
                    s += 1000 / (i - zeroAt);
                }
            }
        }
        return s;
    }

    static synchronized int indexInStatic(int[] a, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += a[i];
        }
        return s;
    }

    // Exceptions caught inside the block on every hundredth iteration: the monitor stays held throughout.
    long caughtInside(int n) {
        long s = 0;
        synchronized (lock) {
            for (int i = 0; i < n; i++) {
                try {
                    if (i % 100 == 99) {
                        throw new RuntimeException("r" + i);
                    }
                    s += i;
                } catch (RuntimeException e) {
                    s += e.getMessage().length();
                    if (!holds(lock)) {
                        s = -1_000_000;
                    }
                }
            }
        }
        return s;
    }

    // Allocation under the monitor (the program runs under GC stress too).
    synchronized int allocating(int n) {
        List<String> strings = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < n; i++) {
            String s = "item" + i;
            strings.add(s);
            total += s.length();
            if (strings.size() > 50) {
                strings.clear();
            }
        }
        return total + strings.size();
    }

    /** Whether this thread holds `o`'s monitor (notify throws IllegalMonitorStateException if not). */
    static boolean holds(Object o) {
        try {
            o.notify();
            return true;
        } catch (IllegalMonitorStateException e) {
            return false;
        }
    }

    static void released(String what, Object o) throws InterruptedException {
        int[] took = {0};
        Thread t = new Thread(() -> {
            synchronized (o) {
                took[0] = 1;
            }
        });
        t.setDaemon(true);
        t.start();
        t.join(20_000);
        System.out.println(what + ": held " + holds(o) + ", another thread took it " + (took[0] == 1));
    }

    // Its own method: a loop in main would be compiled on the stack, with indexInStatic inlined into it.
    static int[] filled(int n) {
        int[] a = new int[n];
        for (int i = 0; i < a.length; i++) {
            a[i] = i % 3;
        }
        return a;
    }

    public static void main(String[] args) throws InterruptedException {
        OsrSynchronizedLoop o = new OsrSynchronizedLoop();
        System.out.println("syncSum " + o.syncSum(20_000) + " count " + o.count);
        released("syncSum", o);
        System.out.println("staticSum " + staticSum(20_000) + " count " + staticCount);
        released("staticSum", OsrSynchronizedLoop.class);
        System.out.println("blockSum " + o.blockSum(20_000));
        released("blockSum", o.lock);
        System.out.println("nested " + o.nested(20_000) + " count " + o.count);
        released("nested this", o);
        released("nested other", o.other);
        System.out.println("perIteration " + o.perIteration(20_000));
        released("perIteration", o.lock);
        try {
            o.throwsOut(20_000, 15_000);
        } catch (IllegalStateException e) {
            System.out.println("throwsOut: " + e.getMessage());
        }
        released("throwsOut", o);
        try {
            o.divideInBlock(20_000, 12_345);
        } catch (ArithmeticException e) {
            System.out.println("divideInBlock: " + e.getMessage());
        }
        released("divideInBlock lock", o.lock);
        released("divideInBlock other", o.other);
        int[] small = filled(10_000);
        try {
            indexInStatic(small, 20_000);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("indexInStatic: " + e.getMessage());
        }
        released("indexInStatic", OsrSynchronizedLoop.class);
        System.out.println("caughtInside " + o.caughtInside(20_000));
        released("caughtInside", o.lock);
        System.out.println("allocating " + o.allocating(20_000));
        released("allocating", o);
        // Called again: the OSR code is not used for calls, the method is compiled or interpreted as usual.
        System.out.println("syncSum again " + o.syncSum(5_000) + " count " + o.count);
        released("syncSum again", o);
    }
}
