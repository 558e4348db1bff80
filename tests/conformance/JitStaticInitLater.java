// Static calls to classes that are loaded (or not even loaded) but not initialized when the calling code is
// compiled, as -Xcomp compiles everything before it runs: each call site must initialize its class at its
// first execution and not before (the <clinit> order printed), nested initializations run in order, an
// initializer that calls its own class's static methods runs them, a failing initializer gives
// ExceptionInInitializerError and then NoClassDefFoundError at every later call, and once initialized the
// calls keep working (hot loops after the first call).
public class JitStaticInitLater {
    static class A {
        static int base;

        static {
            System.out.println("A.<clinit>");
            base = 100;
        }

        static int f(int x) {
            return x + base;
        }
    }

    static class B {
        static int count;

        static {
            System.out.println("B.<clinit> start");
            count = C.g() + twice(1);
            System.out.println("B.<clinit> end " + count);
        }

        static int twice(int x) {
            return 2 * x;
        }

        static int h(int x) {
            return x * count;
        }
    }

    static class C {
        static {
            System.out.println("C.<clinit>");
        }

        static int g() {
            return 7;
        }
    }

    static class Fails {
        static int value = compute();

        static int compute() {
            System.out.println("Fails.<clinit>");
            throw new IllegalStateException("no value");
        }

        static int f() {
            return value;
        }
    }

    static class Unloaded {
        static {
            System.out.println("Unloaded.<clinit>");
        }

        static long mix(long a, int b) {
            return a * 31 + b;
        }
    }

    static int callA(int i) {
        return A.f(i);
    }

    static int callB(int i) {
        return B.h(i);
    }

    static int callFails() {
        return Fails.f();
    }

    static long callUnloaded(long a, int b) {
        return Unloaded.mix(a, b);
    }

    public static void main(String[] args) {
        // Loaded, not initialized (a class literal does not initialize).
        Class<?> a = A.class;
        Class<?> b = B.class;
        System.out.println("loaded " + a.getSimpleName() + " " + b.getSimpleName());
        long sum = 0;
        for (int i = 0; i < 5000; i++) {
            if (i == 3) {
                System.out.println("first call to A at " + i);
            }
            if (i >= 3) {
                sum += callA(i);
            }
            if (i == 10) {
                System.out.println("first call to B at " + i);
            }
            if (i >= 10) {
                sum += callB(i);
            }
            if (i == 20) {
                System.out.println("first call to Unloaded at " + i);
            }
            if (i >= 20) {
                sum = callUnloaded(sum, i) & 0xFFFFFFFFFFL;
            }
        }
        System.out.println("sum " + sum);
        for (int k = 0; k < 3; k++) {
            try {
                System.out.println("Fails.f = " + callFails());
            } catch (Throwable t) {
                // (The cause HotSpot 17 gives NoClassDefFoundError is not compared.)
                boolean first = t instanceof ExceptionInInitializerError;
                System.out.println(t.getClass().getName() + ": " + t.getMessage()
                        + (first ? " caused by " + t.getCause() : ""));
            }
        }
    }
}
