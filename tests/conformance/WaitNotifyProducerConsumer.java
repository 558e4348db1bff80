import java.util.ArrayList;
import java.util.List;

/**
 * A bounded buffer with wait/notifyAll: two producers and two consumers, a small capacity so every thread
 * blocks often; then a ping-pong of strict turns with notify. Output is gathered and printed in order.
 */
public class WaitNotifyProducerConsumer {
    static final class Buffer {
        private final int[] items;
        private int head, tail, size;

        Buffer(int capacity) {
            items = new int[capacity];
        }

        synchronized void put(int v) throws InterruptedException {
            while (size == items.length) {
                wait();
            }
            items[tail] = v;
            tail = (tail + 1) % items.length;
            size++;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (size == 0) {
                wait();
            }
            int v = items[head];
            head = (head + 1) % items.length;
            size--;
            notifyAll();
            return v;
        }
    }

    static final class Turns {
        private int turn;

        synchronized void await(int me, int players) throws InterruptedException {
            while (turn % players != me) {
                wait();
            }
        }

        synchronized void pass() {
            turn++;
            notifyAll();
        }
    }

    public static void main(String[] args) throws Exception {
        Buffer buffer = new Buffer(3);
        int perProducer = 2000;
        long[] sums = new long[2];
        int[] counts = new int[2];
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            final int base = p * 1_000_000;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < perProducer; i++) {
                        buffer.put(base + i);
                    }
                    buffer.put(-1);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (int c = 0; c < 2; c++) {
            final int me = c;
            threads.add(new Thread(() -> {
                try {
                    for (int v; (v = buffer.take()) != -1; ) {
                        sums[me] += v;
                        counts[me]++;
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("consumed " + (counts[0] + counts[1]) + " sum " + (sums[0] + sums[1]));

        Turns turns = new Turns();
        StringBuffer log = new StringBuffer();
        Thread[] players = new Thread[3];
        for (int p = 0; p < 3; p++) {
            final int me = p;
            players[p] = new Thread(() -> {
                try {
                    for (int round = 0; round < 5; round++) {
                        turns.await(me, 3);
                        log.append(me);
                        turns.pass();
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            players[p].start();
        }
        for (Thread t : players) {
            t.join();
        }
        System.out.println("turns " + log);
    }
}
