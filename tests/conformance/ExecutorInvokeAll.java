import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** invokeAll (results in task order, failures as ExecutionException, timeouts cancel), invokeAny,
 * ExecutorCompletionService, Future.cancel, a scheduled executor's delays. */
public class ExecutorInvokeAll {
    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int k = i;
            tasks.add(() -> {
                if (k == 5) {
                    throw new IllegalArgumentException("bad task " + k);
                }
                StringBuilder sb = new StringBuilder();
                for (int j = 0; j <= k; j++) {
                    sb.append((char) ('a' + j));
                }
                return sb.toString();
            });
        }
        List<Future<String>> results = pool.invokeAll(tasks);
        for (Future<String> f : results) {
            try {
                System.out.println(f.isDone() + " " + f.get());
            } catch (ExecutionException e) {
                System.out.println(f.isDone() + " failed: " + e.getCause());
            }
        }

        // The fast tasks must be done by the deadline. They run once first, in a timed invokeAll they all finish
        // well within, so the one that times out below runs code that has run before: under -Xcomp every first
        // call compiles, and on a loaded machine that took longer than a 200 ms deadline.
        Callable<Integer> fast1 = () -> 1;
        Callable<Integer> fast3 = () -> 3;
        List<Future<Integer>> inTime = pool.invokeAll(List.of(fast1, fast3), 1, TimeUnit.MINUTES);
        System.out.println("timed, all in time: " + inTime.get(0).get() + " " + inTime.get(1).get() + " cancelled "
                + (inTime.get(0).isCancelled() || inTime.get(1).isCancelled()));
        CountDownLatch release = new CountDownLatch(1);
        List<Callable<Integer>> slow = List.of(fast1, () -> {
            release.await();
            return 2;
        }, fast3);
        List<Future<Integer>> timed = pool.invokeAll(slow, 1, TimeUnit.SECONDS);
        for (Future<Integer> f : timed) {
            System.out.println("timed: done " + f.isDone() + " cancelled " + f.isCancelled() + (f.isCancelled() ? "" : " value " + f.get()));
        }
        release.countDown();

        String any = pool.invokeAny(List.of(() -> {
            throw new IllegalStateException("no");
        }, () -> "the one", () -> {
            throw new IllegalStateException("no again");
        }));
        System.out.println("invokeAny " + any);
        try {
            pool.invokeAny(List.of(() -> {
                throw new IllegalStateException("only failure");
            }));
        } catch (ExecutionException e) {
            System.out.println("invokeAny failed: " + e.getCause().getMessage());
        }

        ExecutorCompletionService<Integer> ecs = new ExecutorCompletionService<>(pool);
        for (int i = 1; i <= 6; i++) {
            int k = i;
            ecs.submit(() -> k * k);
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += ecs.take().get();
        }
        System.out.println("completion service sum " + sum + " then " + ecs.poll());

        CountDownLatch running = new CountDownLatch(1);
        Future<String> blocker = pool.submit(() -> {
            running.countDown();
            try {
                Thread.sleep(60_000);
                return "slept";
            } catch (InterruptedException e) {
                return "interrupted";
            }
        });
        running.await();
        System.out.println("cancel " + blocker.cancel(true) + " " + blocker.isCancelled() + " " + blocker.isDone());
        try {
            blocker.get();
        } catch (CancellationException e) {
            System.out.println("get after cancel: CancellationException");
        }
        Future<Integer> never = pool.submit(() -> 7);
        System.out.println("late cancel " + (never.get() == 7) + " " + never.cancel(true) + " " + never.isCancelled());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));

        // One thread, so the delays alone order the tasks: with two, a thread slow to run the early task (its
        // first run compiles under -Xcomp) let the late one log first.
        ScheduledExecutorService ses = Executors.newScheduledThreadPool(1);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        long t0 = System.nanoTime();
        ScheduledFuture<String> early = ses.schedule(() -> {
            log.add("early");
            return "early result";
        }, 30, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> late = ses.schedule(() -> log.add("late"), 120, TimeUnit.MILLISECONDS);
        System.out.println(early.get() + " " + late.get());
        System.out.println("order " + log + " waited enough " + (System.nanoTime() - t0 >= TimeUnit.MILLISECONDS.toNanos(120)));
        AtomicInteger ticks = new AtomicInteger();
        CountDownLatch three = new CountDownLatch(3);
        ScheduledFuture<?> periodic = ses.scheduleAtFixedRate(() -> {
            ticks.incrementAndGet();
            three.countDown();
        }, 0, 10, TimeUnit.MILLISECONDS);
        three.await();
        periodic.cancel(false);
        System.out.println("periodic ran at least 3: " + (ticks.get() >= 3) + " cancelled " + periodic.isCancelled());
        ScheduledFuture<?> dropped = ses.schedule(() -> log.add("never"), 1, TimeUnit.HOURS);
        ((ScheduledThreadPoolExecutor) ses).setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        ses.shutdown();
        System.out.println("ses terminated " + ses.awaitTermination(10, TimeUnit.SECONDS) + " delayed task cancelled " + dropped.isCancelled() + " " + log);
    }
}
