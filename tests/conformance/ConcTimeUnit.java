import java.util.concurrent.*;

/** TimeUnit conversions (truncating and saturating), toString, values, toChronoUnit; Callable, ExecutionException, ThreadLocal. */
public class ConcTimeUnit {
    static final ThreadLocal<StringBuilder> BUF = ThreadLocal.withInitial(() -> new StringBuilder("init"));

    public static void main(String[] args) throws Exception {
        for (TimeUnit u : TimeUnit.values()) {
            System.out.println(u + " " + u.toNanos(3) + " " + u.toMillis(3) + " " + u.toSeconds(90000) + " " + u.toDays(100000)
                + " " + u.toChronoUnit() + " " + TimeUnit.of(u.toChronoUnit()));
        }
        System.out.println(TimeUnit.DAYS.toNanos(Long.MAX_VALUE / 1000) + " " + TimeUnit.HOURS.toMillis(-Long.MAX_VALUE));
        System.out.println(TimeUnit.MILLISECONDS.convert(90, TimeUnit.MINUTES) + " " + TimeUnit.MINUTES.convert(5999, TimeUnit.SECONDS)
            + " " + TimeUnit.SECONDS.convert(-1500, TimeUnit.MILLISECONDS) + " " + TimeUnit.valueOf("HOURS").ordinal());
        System.out.println(TimeUnit.SECONDS.convert(java.time.Duration.ofMillis(-1500)) + " " + TimeUnit.NANOSECONDS.convert(java.time.Duration.ofSeconds(Long.MAX_VALUE)));
        Callable<Integer> task = () -> 6 * 7;
        System.out.println(task.call());
        Callable<Integer> bad = () -> { throw new IllegalStateException("boom"); };
        try {
            try {
                bad.call();
            } catch (Exception e) {
                throw new ExecutionException(e);
            }
        } catch (ExecutionException e) {
            System.out.println(e.getMessage() + " | " + e.getCause().getMessage());
        }
        System.out.println(new TimeoutException("slow").getMessage());
        System.out.println(BUF.get());
        BUF.get().append("+more");
        System.out.println(BUF.get());
        BUF.remove();
        System.out.println(BUF.get());
        ThreadLocal<Integer> plain = new ThreadLocal<>();
        System.out.println(plain.get());
        plain.set(5);
        System.out.println(plain.get());
        ThreadLocal<Integer> counted = new ThreadLocal<Integer>() {
            int calls;
            @Override
            protected Integer initialValue() {
                return ++calls;
            }
        };
        System.out.println(counted.get() + " " + counted.get());
        counted.remove();
        System.out.println(counted.get());
    }
}
