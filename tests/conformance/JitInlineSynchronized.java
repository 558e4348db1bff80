// Synchronized callees the JIT translates inline (synchronized instance and static methods, methods with a
// synchronized block, methods with handlers of their own) must lock and unlock exactly as calls do: the
// monitor is held inside (Thread.holdsLock), released after a normal return, after an exception thrown in
// the callee and caught by the caller, caught inside the callee, or propagated through several frames, and
// re-entered by nested and recursive synchronized callees. Stack traces of exceptions thrown inside show the
// inlined frames. Each wrapper is warmed up until it is compiled (default mode).
public class JitInlineSynchronized {
    static final int WARM = 3000;

    static class Counter {
        int n;

        synchronized void inc() {
            n++;
        }

        synchronized boolean held() {
            return Thread.holdsLock(this);
        }

        synchronized int incChecked(int x) {
            if (x < 0) {
                throw new IllegalArgumentException("negative " + x);
            }
            n += x;
            return n;
        }

        synchronized int divide(int x) {
            return n / x;
        }

        synchronized int nested(int x) {
            return incChecked(x) + (held() ? 1 : 0);
        }

        synchronized int recurse(int depth) {
            if (depth == 0) {
                return Thread.holdsLock(this) ? 100 : -100;
            }
            return recurse(depth - 1) + 1;
        }

        void block(int x) {
            synchronized (this) {
                n += x;
            }
        }

        int blockThrows(int[] a, int i) {
            synchronized (this) {
                return a[i];
            }
        }

        int caught(int[] a, int i) {
            try {
                return a[i];
            } catch (ArrayIndexOutOfBoundsException e) {
                return -1;
            }
        }

        synchronized int syncCaught(int[] a, int i) {
            try {
                return a[i] + (Thread.holdsLock(this) ? 1000 : 0);
            } catch (RuntimeException e) {
                return Thread.holdsLock(this) ? -1 : -2;
            }
        }
    }

    static int statics;

    static synchronized void staticInc() {
        statics++;
    }

    static synchronized boolean staticHeld() {
        return Thread.holdsLock(JitInlineSynchronized.class);
    }

    static synchronized int staticThrows(int x) {
        if (x == 7) {
            throw new IllegalStateException("seven");
        }
        return x;
    }

    static int callInc(Counter c) {
        c.inc();
        return c.n;
    }

    static boolean callHeld(Counter c) {
        return c.held();
    }

    static int callChecked(Counter c, int x) {
        try {
            return c.incChecked(x);
        } catch (IllegalArgumentException e) {
            return Thread.holdsLock(c) ? -2 : -1;
        }
    }

    static int callDivide(Counter c, int x) {
        return c.divide(x);
    }

    static int callNested(Counter c, int x) {
        return c.nested(x);
    }

    static int callBlock(Counter c, int[] a, int i) {
        c.block(i);
        try {
            return c.blockThrows(a, i);
        } catch (ArrayIndexOutOfBoundsException e) {
            return Thread.holdsLock(c) ? -20 : -10;
        }
    }

    static int callCaught(Counter c, int[] a, int i) {
        return c.caught(a, i) + c.syncCaught(a, i) + (Thread.holdsLock(c) ? 1 : 0);
    }

    static int callStatics(int x) {
        staticInc();
        int r = staticHeld() ? 1 : 0;
        try {
            r += staticThrows(x);
        } catch (IllegalStateException e) {
            r += Thread.holdsLock(JitInlineSynchronized.class) ? 500 : 400;
        }
        return r;
    }

    static void printTrace(Throwable t) {
        System.out.println(t);
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("JitInlineSynchronized")) {
                System.out.println("  at " + e.getMethodName() + ":" + e.getLineNumber());
            }
        }
    }

    public static void main(String[] args) {
        Counter c = new Counter();
        int[] a = {5, 6, 7};
        long sum = 0;
        for (int i = 0; i < WARM; i++) {
            sum += callInc(c);
            sum += callHeld(c) ? 1 : 0;
            sum += callChecked(c, (i % 5) - 1);
            sum += callNested(c, i & 3);
            sum += callBlock(c, a, i % 4);
            sum += callCaught(c, a, i % 4);
            sum += callStatics(i % 9);
            sum += c.recurse(i % 4);
            if (Thread.holdsLock(c) || Thread.holdsLock(JitInlineSynchronized.class)) {
                System.out.println("still held at " + i);
            }
        }
        System.out.println("sum " + sum + " n " + c.n + " statics " + statics);

        // Exceptions leaving the synchronized callees, with their stack traces.
        try {
            callDivide(c, 0);
        } catch (ArithmeticException e) {
            printTrace(e);
        }
        System.out.println("held after divide: " + Thread.holdsLock(c));
        try {
            callNested(c, -3);
        } catch (IllegalArgumentException e) {
            printTrace(e);
        }
        System.out.println("held after nested: " + Thread.holdsLock(c));
        try {
            c.blockThrows(a, 9);
        } catch (ArrayIndexOutOfBoundsException e) {
            printTrace(e);
        }
        System.out.println("held after block: " + Thread.holdsLock(c));
        try {
            staticThrows(7);
        } catch (IllegalStateException e) {
            printTrace(e);
        }
        System.out.println("held after static: " + Thread.holdsLock(JitInlineSynchronized.class));

        // Another thread can take the monitors now: nothing was left locked.
        Thread t = new Thread(() -> {
            synchronized (c) {
                c.n = -1;
            }
            staticInc();
        });
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        System.out.println("other thread: n " + c.n + " statics " + statics);
    }
}
