// wait/notify inside synchronized callees the JIT inlines, across threads: a producer and a consumer hand
// values through a one-slot box whose synchronized put/take wait and notify (called from compiled wrappers
// after a warm-up), then a thread waiting inside an inlined synchronized callee is interrupted: the
// InterruptedException leaves the callee with the monitor released, and the waiter sees it in the caller.
public class JitInlineSyncWait {
    static class Box {
        int value;
        boolean full;
        int count;

        synchronized void put(int v) throws InterruptedException {
            while (full) {
                wait();
            }
            value = v;
            full = true;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (!full) {
                wait();
            }
            full = false;
            notifyAll();
            return value;
        }

        synchronized int awaitAtLeast(int n) throws InterruptedException {
            while (count < n) {
                wait();
            }
            return count + (Thread.holdsLock(this) ? 0 : 1000);
        }
    }

    static void produce(Box b, int v) throws InterruptedException {
        b.put(v);
    }

    static int consume(Box b) throws InterruptedException {
        return b.take();
    }

    static int await(Box b, int n) throws InterruptedException {
        return b.awaitAtLeast(n);
    }

    public static void main(String[] args) throws Exception {
        Box warm = new Box();
        long w = 0;
        for (int i = 0; i < 3000; i++) {
            produce(warm, i);
            w += consume(warm);
            w += await(warm, 0);
        }
        System.out.println("warm " + w);

        Box box = new Box();
        final int n = 20000;
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= n; i++) {
                    produce(box, i);
                }
                produce(box, -1);
            } catch (InterruptedException e) {
                System.out.println("producer interrupted");
            }
        });
        producer.start();
        long sum = 0;
        int taken = 0;
        while (true) {
            int v = consume(box);
            if (v < 0) {
                break;
            }
            sum += v;
            taken++;
        }
        producer.join();
        System.out.println("taken " + taken + " sum " + sum + " held " + Thread.holdsLock(box));

        Box gate = new Box();
        Object started = new Object();
        boolean[] ready = {false};
        String[] seen = {null};
        Thread waiter = new Thread(() -> {
            synchronized (started) {
                ready[0] = true;
                started.notifyAll();
            }
            try {
                await(gate, 1);
                seen[0] = "returned";
            } catch (InterruptedException e) {
                seen[0] = "interrupted, holds gate: " + Thread.holdsLock(gate);
            }
        });
        waiter.start();
        synchronized (started) {
            while (!ready[0]) {
                started.wait();
            }
        }
        // The waiter may not be waiting yet: interrupting it before it waits makes wait throw at once, the
        // same outcome. The gate's monitor must be free afterwards either way.
        waiter.interrupt();
        waiter.join();
        System.out.println(seen[0]);
        synchronized (gate) {
            gate.count = 5;
        }
        System.out.println("await " + await(gate, 3));
    }
}
