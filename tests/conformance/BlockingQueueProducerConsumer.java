import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** Producers and consumers through bounded and unbounded blocking queues (put/take blocking both ways,
 * poison pills), a SynchronousQueue hand-off, a LinkedBlockingDeque and a PriorityBlockingQueue. */
public class BlockingQueueProducerConsumer {
    static final Integer POISON = -1;

    static void run(String name, BlockingQueue<Integer> q, int producers, int consumers, int perProducer) throws Exception {
        AtomicLong consumed = new AtomicLong();
        AtomicInteger count = new AtomicInteger();
        Thread[] ps = new Thread[producers];
        Thread[] cs = new Thread[consumers];
        for (int c = 0; c < consumers; c++) {
            cs[c] = new Thread(() -> {
                try {
                    for (;;) {
                        Integer v = q.take();
                        if (v.equals(POISON)) {
                            return;
                        }
                        consumed.addAndGet(v);
                        count.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            cs[c].start();
        }
        for (int p = 0; p < producers; p++) {
            int base = p * perProducer;
            ps[p] = new Thread(() -> {
                try {
                    for (int i = 1; i <= perProducer; i++) {
                        q.put(base + i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            ps[p].start();
        }
        for (Thread t : ps) {
            t.join();
        }
        for (int c = 0; c < consumers; c++) {
            q.put(POISON);
        }
        for (Thread t : cs) {
            t.join();
        }
        long total = (long) producers * perProducer;
        System.out.println(name + ": consumed " + count.get() + " sum " + consumed.get() + " expected " + total * (total + 1) / 2 + " left " + q.size());
    }

    public static void main(String[] args) throws Exception {
        run("ArrayBlockingQueue(4)", new ArrayBlockingQueue<>(4), 3, 2, 2000);
        run("LinkedBlockingQueue(2)", new LinkedBlockingQueue<>(2), 2, 3, 2000);
        run("LinkedBlockingQueue", new LinkedBlockingQueue<>(), 4, 1, 1000);
        run("LinkedBlockingDeque(3)", new LinkedBlockingDeque<>(3), 2, 2, 1000);
        run("SynchronousQueue", new SynchronousQueue<>(), 2, 2, 500);
        run("PriorityBlockingQueue", new PriorityBlockingQueue<>(11, Comparator.reverseOrder()), 2, 2, 1000);

        // A consumer blocked in take() is released by a later put, and poll with a timeout gives up.
        BlockingQueue<String> hand = new LinkedBlockingQueue<>();
        String[] got = new String[2];
        Thread taker = new Thread(() -> {
            try {
                got[0] = hand.take();
                got[1] = String.valueOf(hand.poll(30, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                got[0] = "interrupted";
            }
        });
        taker.start();
        Thread.sleep(20);
        hand.put("hello");
        taker.join();
        System.out.println("take got " + got[0] + ", timed poll got " + got[1]);

        // A producer blocked on a full queue waits for space; an interrupted taker gets InterruptedException.
        ArrayBlockingQueue<Integer> full = new ArrayBlockingQueue<>(1);
        full.put(1);
        Thread putter = new Thread(() -> {
            try {
                full.put(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        putter.start();
        Thread.sleep(20);
        System.out.println("while blocked: " + full + " " + putter.isAlive());
        System.out.println("took " + full.take());
        putter.join();
        System.out.println("after: " + full);
        SynchronousQueue<Integer> sq = new SynchronousQueue<>();
        Thread blocked = new Thread(() -> {
            try {
                sq.take();
                System.out.println("not interrupted?");
            } catch (InterruptedException e) {
                System.out.println("taker interrupted, flag cleared " + !Thread.currentThread().isInterrupted());
            }
        });
        blocked.start();
        Thread.sleep(20);
        blocked.interrupt();
        blocked.join();
        System.out.println("offer with no taker " + sq.offer(5) + ", timed offer " + sq.offer(5, 10, TimeUnit.MILLISECONDS));

        DelayQueue<Job> dq = new DelayQueue<>();
        long base = System.nanoTime();
        dq.put(new Job("c", base, 60));
        dq.put(new Job("a", base, 10));
        dq.put(new Job("b", base, 30));
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            Job j = dq.take();
            order.append(j.name).append(System.nanoTime() >= j.at ? "+" : "!");
        }
        System.out.println("delay order " + order);
    }

    static final class Job implements Delayed {
        final String name;
        final long at;

        Job(String name, long base, long delayMillis) {
            this.name = name;
            this.at = base + TimeUnit.MILLISECONDS.toNanos(delayMillis);
        }

        public long getDelay(TimeUnit unit) {
            return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        public int compareTo(Delayed o) {
            return Long.compare(at, ((Job) o).at);
        }
    }
}
