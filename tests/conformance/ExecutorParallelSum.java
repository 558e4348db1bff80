import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** A fixed thread pool computes partial sums through futures; also single-thread and cached pools, task
 * exceptions, rejection after shutdown, HotSpot's pool thread names and daemon flags. */
public class ExecutorParallelSum {
    static long partial(long from, long to) {
        long s = 0;
        for (long i = from; i < to; i++) {
            s += (i * i) % 1009;
        }
        return s;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Set<String> names = ConcurrentHashMap.newKeySet();
        AtomicBoolean anyDaemon = new AtomicBoolean();
        List<Future<Long>> futures = new ArrayList<>();
        int chunks = 16;
        long n = 400_000;
        for (int c = 0; c < chunks; c++) {
            long from = n * c / chunks;
            long to = n * (c + 1) / chunks;
            futures.add(pool.submit(() -> {
                names.add(Thread.currentThread().getName());
                if (Thread.currentThread().isDaemon()) {
                    anyDaemon.set(true);
                }
                return partial(from, to);
            }));
        }
        long total = 0;
        for (int c = 0; c < chunks; c++) {
            long p = futures.get(c).get();
            total += p;
            System.out.println("chunk " + c + " = " + p);
        }
        System.out.println("total " + total + " expected " + partial(0, n));
        boolean namesOk = true;
        for (String s : names) {
            namesOk &= s.matches("pool-1-thread-[1-4]");
        }
        System.out.println("thread names ok " + namesOk + ", daemon " + anyDaemon.get());

        Future<Integer> failing = pool.submit(() -> {
            if (names.size() > 0) {
                throw new IllegalStateException("task failed");
            }
            return 1;
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException: " + e.getMessage() + " / " + e.getCause().getMessage());
        }
        System.out.println("isDone " + failing.isDone() + " cancelled " + failing.isCancelled());
        Future<?> r = pool.submit(() -> names.add("runnable"));
        System.out.println("runnable result " + r.get());
        System.out.println("with result " + pool.submit(() -> { }, "fixed").get());

        pool.shutdown();
        System.out.println("shutdown " + pool.isShutdown());
        try {
            pool.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected");
        }
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS) + " " + pool.isTerminated());

        ExecutorService single = Executors.newSingleThreadExecutor();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 20; i++) {
            int k = i;
            single.execute(() -> order.add(k));
        }
        Future<String> name = single.submit(() -> Thread.currentThread().getName());
        String singleName = name.get();
        System.out.println("single order " + order.size() + " " + singleName + " " + order);
        single.shutdown();
        single.awaitTermination(10, TimeUnit.SECONDS);

        ExecutorService cached = Executors.newCachedThreadPool();
        CountDownLatch all = new CountDownLatch(5);
        AtomicInteger sum = new AtomicInteger();
        for (int i = 1; i <= 5; i++) {
            int k = i;
            cached.execute(() -> {
                sum.addAndGet(k * 100);
                all.countDown();
            });
        }
        all.await();
        System.out.println("cached sum " + sum.get());
        cached.shutdown();
        System.out.println("cached terminated " + cached.awaitTermination(10, TimeUnit.SECONDS));

        ThreadPoolExecutor tpe = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1));
        CountDownLatch block = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        tpe.execute(() -> {
            started.countDown();
            try {
                block.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        started.await();
        tpe.execute(() -> { });
        try {
            tpe.execute(() -> { });
        } catch (RejectedExecutionException e) {
            System.out.println("saturated: rejected, queue " + tpe.getQueue().size() + " active " + tpe.getActiveCount() + " pool " + tpe.getPoolSize());
        }
        block.countDown();
        tpe.shutdown();
        System.out.println("tpe terminated " + tpe.awaitTermination(10, TimeUnit.SECONDS) + " completed " + tpe.getCompletedTaskCount() + " largest " + tpe.getLargestPoolSize());

        ThreadPoolExecutor caller = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>(), new ThreadPoolExecutor.CallerRunsPolicy());
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        caller.execute(() -> {
            go.countDown();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        go.await();
        String[] ranIn = new String[1];
        caller.execute(() -> ranIn[0] = Thread.currentThread().getName());
        System.out.println("caller runs in " + ranIn[0]);
        hold.countDown();
        List<Runnable> pending = caller.shutdownNow();
        System.out.println("shutdownNow pending " + pending.size() + " terminated " + caller.awaitTermination(10, TimeUnit.SECONDS));
    }
}
