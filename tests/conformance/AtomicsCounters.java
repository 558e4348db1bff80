import java.util.concurrent.atomic.*;

/** Threads racing on the atomic classes with CAS loops and fetch-and-add: exact totals. */
public class AtomicsCounters {
    static final int THREADS = 4;
    static final int ROUNDS = 25_000;

    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger ai = new AtomicInteger();
        AtomicLong al = new AtomicLong();
        AtomicInteger casLoop = new AtomicInteger();
        AtomicReference<Node> stack = new AtomicReference<>();
        AtomicIntegerArray cells = new AtomicIntegerArray(8);
        AtomicLongArray wide = new AtomicLongArray(4);
        AtomicReferenceArray<String> slots = new AtomicReferenceArray<>(THREADS);
        LongAdder adder = new LongAdder();
        AtomicBoolean once = new AtomicBoolean();
        AtomicInteger winners = new AtomicInteger();
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            final int id = t;
            threads[t] = new Thread(() -> {
                if (once.compareAndSet(false, true)) {
                    winners.incrementAndGet();
                }
                for (int i = 0; i < ROUNDS; i++) {
                    ai.incrementAndGet();
                    al.addAndGet(i);
                    int old;
                    do {
                        old = casLoop.get();
                    } while (!casLoop.compareAndSet(old, old + 2));
                    if (i % 50 == 0) {
                        Node head;
                        do {
                            head = stack.get();
                        } while (!stack.compareAndSet(head, new Node(i, head)));
                    }
                    cells.getAndIncrement(i % 8);
                    wide.accumulateAndGet(i % 4, 3, Long::sum);
                    adder.increment();
                }
                slots.compareAndSet(id, null, "t" + id);
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        int nodes = 0;
        long nodeSum = 0;
        for (Node n = stack.get(); n != null; n = n.next) {
            nodes++;
            nodeSum += n.value;
        }
        System.out.println(ai + " " + al + " " + casLoop + " " + adder.sum() + " winners " + winners);
        System.out.println("stack " + nodes + " " + nodeSum);
        System.out.println(cells + " " + wide + " " + slots);
    }
}
