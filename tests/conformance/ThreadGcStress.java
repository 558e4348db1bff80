import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Eight threads allocate and share objects while the collector runs (the suite also runs it under GC stress):
 * each reads a structure main built, builds its own garbage, and hands lists to its neighbour through a
 * one-slot mailbox. Every list is produced once and consumed once, so the checksums are exact.
 */
public class ThreadGcStress {
    static final int THREADS = 8;
    static final int HANDOFFS = 60;

    static final class Node {
        final int value;
        final Node next;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
        }
    }

    static Node shared;
    static final AtomicReferenceArray<List<Integer>> mailbox = new AtomicReferenceArray<>(THREADS);
    static final long[] produced = new long[THREADS];
    static final long[] consumed = new long[THREADS];
    static final long[] local = new long[THREADS];

    static long sharedSum() {
        long sum = 0;
        for (Node n = shared; n != null; n = n.next) {
            sum += n.value;
        }
        return sum;
    }

    /** Garbage of the thread's own and a walk of the structure every thread shares, for one handoff. */
    static long churn(int me, int step) {
        Map<String, Integer> garbage = new HashMap<>();
        for (int k = 0; k < 10; k++) {
            garbage.put("k" + me + "-" + k, k * me + step);
        }
        return garbage.get("k" + me + "-3") + sharedSum() % 1000;
    }

    static void work(int me) {
        int prev = (me + THREADS - 1) % THREADS;
        long localSum = 0;
        int sent = 0;
        int received = 0;
        while (sent < HANDOFFS || received < HANDOFFS) {
            boolean progress = false;
            if (sent < HANDOFFS && mailbox.get(me) == null) {
                List<Integer> list = new ArrayList<>();
                for (int k = 0; k < 40; k++) {
                    list.add(me * 1000 + sent * 7 + k);
                }
                for (int v : list) {
                    produced[me] += v;
                }
                mailbox.set(me, list);
                localSum += churn(me, sent);
                sent++;
                progress = true;
            }
            if (received < HANDOFFS) {
                List<Integer> got = mailbox.getAndSet(prev, null);
                if (got != null) {
                    for (int v : got) {
                        consumed[me] += v;
                    }
                    localSum += 3 * churn(me, received);
                    received++;
                    progress = true;
                }
            }
            if (!progress) {
                Thread.yield();
            }
        }
        local[me] = localSum;
    }

    public static void main(String[] args) throws InterruptedException {
        for (int i = 1; i <= 200; i++) {
            shared = new Node(i * 3, shared);
        }
        Thread[] threads = new Thread[THREADS];
        for (int i = 0; i < THREADS; i++) {
            final int me = i;
            threads[i] = new Thread(() -> work(me), "stress-" + i);
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long total = 0;
        for (int i = 0; i < THREADS; i++) {
            int prev = (i + THREADS - 1) % THREADS;
            System.out.println("thread " + i + ": produced " + produced[i] + " consumed " + consumed[i]
                + " matches " + (consumed[i] == produced[prev]) + " local " + local[i]);
            total += consumed[i];
        }
        System.out.println("total " + total + " shared " + sharedSum());
    }
}
