// Stack traces through frames the JIT inlined, four levels deep (and five, of which four inlined): a trace captured at the innermost level
// (new Throwable() and Thread.getStackTrace(), calls out of inlined code), an exception thrown by an
// interpreted method (rarely called, longer than the inlining limit) under the inlined chain and caught in
// the interpreted caller, one thrown inside the inlined chain itself (helpful NullPointerException message
// and all), one caught halfway by an inlined method with a handler, and traces taken on the way back up
// after those calls returned, so records of inlined frames never outlive their call.
public class JitInlinedFrames {
    static int[] data = {1, 2, 3};
    static Object nothing;

    static int level1(int x) {
        return level2(x) + 1;
    }

    static int level2(int x) {
        return level3(x) * 2;
    }

    static int level3(int x) {
        return level4(x) - 1;
    }

    static int level4(int x) {
        return x < 0 ? rare(x) : data[x & 1];
    }

    static int rare(int x) {
        if (x == -1) {
            return rareThrower(x);
        }
        if (x == -2) {
            return nothing.hashCode();
        }
        return capture();
    }

    static int caughtHalfway(int x) {
        try {
            return level3(x);
        } catch (IllegalStateException e) {
            return -100 - trace(e);
        }
    }

    // Longer than the inlining limit, and called only on the rare path: it stays interpreted.
    static int rareThrower(int x) {
        int s = 0;
        for (int i = 0; i < 3; i++) {
            s += i * x;
        }
        if (s < 0) {
            throw new IllegalStateException("rare " + s + " from " + x);
        }
        return s + data.length + data[0] + data[1] + data[2];
    }

    static int capture() {
        print("Throwable", new Throwable().getStackTrace());
        print("Thread", Thread.currentThread().getStackTrace());
        return 0;
    }

    static int trace(Throwable t) {
        System.out.println(t);
        print("caught", t.getStackTrace());
        return 1;
    }

    static void print(String what, StackTraceElement[] trace) {
        StringBuilder sb = new StringBuilder(what).append(':');
        for (StackTraceElement e : trace) {
            if (e.getClassName().equals("JitInlinedFrames")) {
                sb.append(' ').append(e.getMethodName()).append(':').append(e.getLineNumber());
            }
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 20000; i++) {
            sum += level1(i);
            sum += caughtHalfway(i);
        }
        System.out.println("warm " + sum);
        for (int k = 0; k < 2; k++) {
            try {
                level1(-1);
            } catch (IllegalStateException e) {
                trace(e);
            }
            System.out.println("halfway " + caughtHalfway(-1));
            try {
                level1(-2);
            } catch (NullPointerException e) {
                trace(e);
            }
            System.out.println("captured " + level1(-3));
            // Traces after the calls above returned: no inlined record is left over.
            print("after", new Throwable().getStackTrace());
            System.out.println("again " + level1(1));
        }
    }
}
