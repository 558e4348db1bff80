import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/**
 * A delayed element that expires between two looks of the taker: take and poll(timeout) must return it at once.
 * Each element's getDelay is a clock that ticks once per call (positive on the first look, then -1, then more
 * negative), so the race a slow first call opens (the head not ready when tested, expired by the time the taker
 * computes how long to wait) happens every time. Then a ScheduledThreadPoolExecutor, whose work queue waits the
 * same way, runs many short one-shot delays back to back, each waited for before the next is scheduled.
 */
public class DelayQueueExpiryRace {
    /** Its delay is {@code first} on the first call, then -1, -2, ... nanoseconds, whatever the real time. */
    static final class Ticking implements Delayed {
        final String name;
        final long first;
        final AtomicInteger looks = new AtomicInteger();

        Ticking(String name, long first) {
            this.name = name;
            this.first = first;
        }

        public long getDelay(TimeUnit unit) {
            int n = looks.getAndIncrement();
            long nanos = n == 0 ? first : -n;
            return unit.convert(nanos, TimeUnit.NANOSECONDS);
        }

        public int compareTo(Delayed o) {
            return name.compareTo(((Ticking) o).name);
        }
    }

    public static void main(String[] args) throws Exception {
        DelayQueue<Ticking> q = new DelayQueue<>();
        for (long first : new long[] {1L, 1000L, 5_000_000L}) {
            q.put(new Ticking("take-" + first, first));
            Ticking t = q.take();
            System.out.println("take returned " + t.name + " after " + (t.looks.get() >= 2 ? "several looks" : "one look"));
        }
        for (long first : new long[] {1L, 1000L}) {
            q.put(new Ticking("poll-" + first, first));
            long start = System.nanoTime();
            Ticking t = q.poll(1, TimeUnit.HOURS);
            long waited = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            System.out.println("poll(1 hour) returned " + (t == null ? "null" : t.name) + (waited < 30 ? " promptly" : " after " + waited + " s"));
        }
        System.out.println("left " + q.size());

        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1);
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 300; i++) {
            ScheduledFuture<Integer> f = pool.schedule(() -> ran.incrementAndGet(), (i % 7) * 1000L, TimeUnit.NANOSECONDS);
            f.get(60, TimeUnit.SECONDS);
        }
        System.out.println("scheduled tasks ran " + ran.get());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(60, TimeUnit.SECONDS));
    }
}
