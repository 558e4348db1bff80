import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicLongFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * The atomic field updaters: every operation on int, long and reference fields, exact totals when four threads
 * update one object, the checks newUpdater makes (missing, inaccessible, wrong type, not volatile, static) and
 * the checks each update makes (wrong object, null, wrong value class), with HotSpot's exceptions.
 */
public class AtomicFieldUpdaters {
    volatile int count;
    volatile long total;
    volatile String text;
    volatile Object any;
    int plain;
    static volatile int shared;
    volatile Integer boxed;
    final int fixed = 1;
    volatile Node head;

    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static final class Holder {
        private volatile int hidden;
    }

    static class Sub extends AtomicFieldUpdaters {
    }

    static final AtomicIntegerFieldUpdater<AtomicFieldUpdaters> COUNT =
            AtomicIntegerFieldUpdater.newUpdater(AtomicFieldUpdaters.class, "count");
    static final AtomicLongFieldUpdater<AtomicFieldUpdaters> TOTAL =
            AtomicLongFieldUpdater.newUpdater(AtomicFieldUpdaters.class, "total");
    static final AtomicReferenceFieldUpdater<AtomicFieldUpdaters, String> TEXT =
            AtomicReferenceFieldUpdater.newUpdater(AtomicFieldUpdaters.class, String.class, "text");
    static final AtomicReferenceFieldUpdater<AtomicFieldUpdaters, Node> HEAD =
            AtomicReferenceFieldUpdater.newUpdater(AtomicFieldUpdaters.class, Node.class, "head");

    public static void main(String[] args) throws Exception {
        singleThreaded();
        threaded();
        creationErrors();
        useErrors();
    }

    static void singleThreaded() {
        AtomicFieldUpdaters o = new AtomicFieldUpdaters();
        System.out.println("int: " + COUNT.get(o) + " " + COUNT.incrementAndGet(o) + " " + COUNT.getAndIncrement(o)
                + " " + COUNT.addAndGet(o, 10) + " " + COUNT.getAndAdd(o, -3) + " " + COUNT.decrementAndGet(o)
                + " " + COUNT.getAndDecrement(o) + " " + COUNT.getAndSet(o, 100) + " " + o.count);
        System.out.println("int cas: " + COUNT.compareAndSet(o, 1, 2) + " " + COUNT.compareAndSet(o, 100, 7)
                + " " + COUNT.weakCompareAndSet(o, 7, 8) + " " + o.count);
        System.out.println("int functions: " + COUNT.getAndUpdate(o, v -> v * 3) + " " + COUNT.updateAndGet(o, v -> v - 4)
                + " " + COUNT.getAndAccumulate(o, 5, Math::max) + " " + COUNT.accumulateAndGet(o, 6, (a, b) -> a * b));
        COUNT.set(o, -1);
        COUNT.lazySet(o, COUNT.get(o) - 1);
        System.out.println("int set: " + o.count);

        TOTAL.set(o, Long.MAX_VALUE - 1);
        System.out.println("long: " + TOTAL.incrementAndGet(o) + " " + TOTAL.incrementAndGet(o) + " "
                + TOTAL.getAndAdd(o, 1L << 40) + " " + TOTAL.compareAndSet(o, 0, 1) + " "
                + TOTAL.compareAndSet(o, Long.MIN_VALUE + (1L << 40), 5) + " " + TOTAL.getAndSet(o, 9) + " "
                + TOTAL.updateAndGet(o, v -> v << 33) + " " + TOTAL.accumulateAndGet(o, 3, Long::sum) + " " + o.total);

        System.out.println("ref: " + TEXT.get(o) + " " + TEXT.compareAndSet(o, null, "a") + " "
                + TEXT.compareAndSet(o, "b", "c") + " " + TEXT.getAndSet(o, "d") + " "
                + TEXT.getAndUpdate(o, s -> s + "e") + " " + TEXT.updateAndGet(o, s -> s + "f") + " "
                + TEXT.getAndAccumulate(o, "g", String::concat) + " " + TEXT.accumulateAndGet(o, "h", (a, b) -> b + a));
        String fresh = new String("same");
        TEXT.set(o, fresh);
        // compareAndSet compares identities, not equals.
        System.out.println("ref identity: " + TEXT.compareAndSet(o, new String("same"), "x") + " "
                + TEXT.compareAndSet(o, fresh, "y") + " " + o.text);
        TEXT.set(o, null);
        System.out.println("ref null: " + o.text);

        Sub sub = new Sub();
        COUNT.set(sub, 41);
        System.out.println("subclass object: " + COUNT.incrementAndGet(sub));
        AtomicIntegerFieldUpdater<Holder> nested = AtomicIntegerFieldUpdater.newUpdater(Holder.class, "hidden");
        Holder h = new Holder();
        nested.addAndGet(h, 5);
        System.out.println("private field of a nestmate: " + nested.get(h));
        AtomicReferenceFieldUpdater<AtomicFieldUpdaters, Object> anyUpdater =
                AtomicReferenceFieldUpdater.newUpdater(AtomicFieldUpdaters.class, Object.class, "any");
        anyUpdater.set(o, 5);
        System.out.println("object field holds " + o.any);
    }

    static void threaded() throws InterruptedException {
        AtomicFieldUpdaters o = new AtomicFieldUpdaters();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int id = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 5000; i++) {
                    COUNT.incrementAndGet(o);
                    TOTAL.addAndGet(o, i);
                    int v = id * 10000 + i;
                    // A lock-free stack: push by compare-and-set of the head.
                    Node old;
                    do {
                        old = HEAD.get(o);
                    } while (!HEAD.compareAndSet(o, old, new Node(v, old)));
                    TEXT.accumulateAndGet(o, "", (a, b) -> a == null ? "x" : a.length() < 3 ? a + "x" : a);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long sum = 0;
        int nodes = 0;
        for (Node n = o.head; n != null; n = n.next) {
            sum += n.value;
            nodes++;
        }
        System.out.println("threads: count " + o.count + " total " + o.total + " nodes " + nodes + " sum " + sum
                + " text " + o.text);
    }

    static void creationErrors() {
        attempt("missing", () -> AtomicIntegerFieldUpdater.newUpdater(AtomicFieldUpdaters.class, "nope"));
        attempt("not volatile", () -> AtomicIntegerFieldUpdater.newUpdater(AtomicFieldUpdaters.class, "plain"));
        attempt("final", () -> AtomicIntegerFieldUpdater.newUpdater(AtomicFieldUpdaters.class, "fixed"));
        attempt("long as int", () -> AtomicIntegerFieldUpdater.newUpdater(AtomicFieldUpdaters.class, "total"));
        attempt("int as long", () -> AtomicLongFieldUpdater.newUpdater(AtomicFieldUpdaters.class, "count"));
        attempt("Integer as int", () -> AtomicIntegerFieldUpdater.newUpdater(AtomicFieldUpdaters.class, "boxed"));
        attempt("static", () -> AtomicIntegerFieldUpdater.newUpdater(AtomicFieldUpdaters.class, "shared"));
        attempt("inherited", () -> AtomicIntegerFieldUpdater.newUpdater(Sub.class, "count"));
        attempt("private elsewhere", () -> AtomicIntegerFieldUpdater.newUpdater(Outside.class, "secret"));
        attempt("private static elsewhere", () -> AtomicLongFieldUpdater.newUpdater(Outside.class, "counter"));
        attempt("package elsewhere", () -> AtomicIntegerFieldUpdater.newUpdater(Outside.class, "open"));
        attempt("null name", () -> AtomicIntegerFieldUpdater.newUpdater(AtomicFieldUpdaters.class, null));
        attempt("ref other class", () -> AtomicReferenceFieldUpdater.newUpdater(AtomicFieldUpdaters.class, Integer.class, "text"));
        attempt("ref superclass", () -> AtomicReferenceFieldUpdater.newUpdater(AtomicFieldUpdaters.class, Object.class, "text"));
        attempt("ref primitive", () -> AtomicReferenceFieldUpdater.newUpdater(AtomicFieldUpdaters.class, int.class, "count"));
        attempt("ref Integer for int", () -> AtomicReferenceFieldUpdater.newUpdater(AtomicFieldUpdaters.class, Integer.class, "count"));
        attempt("ref not volatile", () -> AtomicReferenceFieldUpdater.newUpdater(Outside.class, String.class, "name"));
        attempt("ref static", () -> AtomicReferenceFieldUpdater.newUpdater(Outside.class, Object.class, "lock"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void useErrors() {
        AtomicIntegerFieldUpdater raw = COUNT;
        AtomicLongFieldUpdater rawLong = TOTAL;
        AtomicReferenceFieldUpdater rawRef = TEXT;
        attempt("int get on another class", () -> raw.get("text"));
        attempt("int get null", () -> COUNT.get(null));
        attempt("int set null", () -> COUNT.set(null, 1));
        attempt("int add null", () -> COUNT.incrementAndGet(null));
        attempt("long cas on another class", () -> rawLong.compareAndSet(new Outside(), 0, 1));
        attempt("ref set wrong value", () -> rawRef.set(new AtomicFieldUpdaters(), 5));
        attempt("ref cas wrong value", () -> rawRef.compareAndSet(new AtomicFieldUpdaters(), null, 5));
        attempt("ref getAndSet wrong value", () -> rawRef.getAndSet(new AtomicFieldUpdaters(), new Object()));
        attempt("ref get null", () -> TEXT.get(null));
        AtomicFieldUpdaters o = new AtomicFieldUpdaters();
        attempt("int function throws", () -> COUNT.updateAndGet(o, v -> 1 / v));
        System.out.println("unchanged after failures: " + o.count + " " + o.text);
    }

    static void attempt(String label, Runnable r) {
        try {
            r.run();
            System.out.println(label + ": ok");
        } catch (Throwable e) {
            System.out.println(label + ": " + e + (e.getCause() != null ? " / cause " + e.getCause() : ""));
        }
    }
}

class Outside {
    private volatile int secret;
    private static volatile long counter;
    volatile int open;
    String name;
    static volatile Object lock;
}
