// Call-site caches in compiled code: a site records the first few receiver classes it sees and then turns
// megamorphic, selecting through the itable without updating anything. Interface sites with one to eight
// implementors (classes recorded, then new ones, then the recorded ones again), default methods, Object's
// methods called on Object-typed receivers (arrays, strings, boxes, classes that override and classes that
// do not, natives among them), exceptions and null receivers at settled sites, and two threads calling the
// same megamorphic sites at once.
public class JitCallCaches {
    interface Fn {
        int call(int x);

        default int again(int x) {
            return call(call(x));
        }
    }

    static final class Add implements Fn {
        final int k;

        Add(int k) {
            this.k = k;
        }

        public int call(int x) {
            return x + k;
        }
    }

    static final class Xor implements Fn {
        public int call(int x) {
            return x ^ 0x5a5a;
        }
    }

    static final class Mul implements Fn {
        public int call(int x) {
            return x * 3;
        }

        public int again(int x) {
            return x * 9;
        }
    }

    static final class Neg implements Fn {
        public int call(int x) {
            return -x;
        }
    }

    static final class Shl implements Fn {
        public int call(int x) {
            return x << 1;
        }
    }

    static class Sub implements Fn {
        public int call(int x) {
            return x - 1;
        }
    }

    static final class SubSub extends Sub {
        public int call(int x) {
            return x - 2;
        }
    }

    static final class Fails implements Fn {
        public int call(int x) {
            if (x % 1000 == 999) {
                throw new IllegalArgumentException("fails on " + x);
            }
            return x;
        }
    }

    static final class Plain {
        final int v;

        Plain(int v) {
            this.v = v;
        }
    }

    static final class Valued {
        final int v;

        Valued(int v) {
            this.v = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Valued && ((Valued) o).v == v;
        }

        @Override
        public int hashCode() {
            return v * 31;
        }

        @Override
        public String toString() {
            return "Valued(" + v + ")";
        }
    }

    static int applyAll(Fn[] ops, int rounds) {
        int acc = 1;
        for (int r = 0; r < rounds; r++) {
            Fn op = ops[r % ops.length];
            acc = (acc * 31 + op.call(r)) & 0xFFFFF;
            acc ^= op.again(r & 0xFF);
        }
        return acc;
    }

    static int applyCatching(Fn[] ops, int rounds) {
        int acc = 0;
        int caught = 0;
        for (int r = 0; r < rounds; r++) {
            try {
                acc += ops[r % ops.length].call(r) & 0xFF;
            } catch (IllegalArgumentException e) {
                caught++;
                if (caught == 1) {
                    System.out.println("  caught " + e.getMessage());
                }
            }
        }
        return acc * 7 + caught;
    }

    static int objectMethods(Object[] objects, int rounds) {
        int acc = 0;
        for (int r = 0; r < rounds; r++) {
            Object o = objects[r % objects.length];
            Object p = objects[(r + 1) % objects.length];
            if (o.equals(p)) {
                acc += 3;
            }
            if (o.equals(o)) {
                acc += 1;
            }
            int h = o.hashCode();
            acc += h == System.identityHashCode(o) ? 5 : (h & 0xFF);
        }
        return acc;
    }

    static String strings(Object[] objects) {
        StringBuilder sb = new StringBuilder();
        for (Object o : objects) {
            String text = o.toString();
            if (o instanceof Plain || o.getClass().isArray()) {
                // Object.toString: the class name and the identity hash, which differs from run to run.
                sb.append(text.startsWith(o.getClass().getName() + "@") ? "identity" : text).append(' ');
            } else {
                sb.append(text).append(' ');
            }
        }
        return sb.toString().trim();
    }

    public static void main(String[] args) throws InterruptedException {
        Fn[] one = {new Add(1)};
        Fn[] three = {new Add(7), new Xor(), new Mul(), new Add(-3)};
        Fn[] eight = {new Add(2), new Xor(), new Mul(), new Neg(), new Shl(), new Sub(), new SubSub(), new Add(5)};
        System.out.println("one " + applyAll(one, 30_000));
        System.out.println("three " + applyAll(three, 30_000));
        System.out.println("eight " + applyAll(eight, 30_000));
        // The sites of applyAll have settled (megamorphic); the classes they recorded still work.
        System.out.println("three again " + applyAll(three, 30_000));
        System.out.println("one again " + applyAll(one, 30_000));

        Fn[] failing = {new Add(1), new Xor(), new Mul(), new Neg(), new Shl(), new Fails()};
        System.out.println("catching " + applyCatching(failing, 30_000));
        try {
            applyAll(new Fn[] {new Neg(), new Shl(), new Mul(), new Xor(), new Sub(), null}, 100);
        } catch (NullPointerException e) {
            System.out.println("null receiver: " + e.getMessage());
        }

        Object[] objects = {
            "str", Integer.valueOf(42), new int[] {1, 2}, new Plain(1), new Valued(1), new Valued(1), Long.valueOf(7),
            new String[] {"a"}, Character.valueOf('c'), new Plain(2), Boolean.TRUE, "str"
        };
        System.out.println("objects " + objectMethods(objects, 30_000));
        System.out.println("strings " + strings(objects));

        int[] results = new int[2];
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                int acc = 0;
                for (int k = 0; k < 20; k++) {
                    acc += applyAll(id == 0 ? eight : three, 2_000) + objectMethods(objects, 500);
                }
                results[id] = acc;
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("threads " + results[0] + " " + results[1]);
    }
}
