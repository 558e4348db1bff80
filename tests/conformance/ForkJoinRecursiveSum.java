import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** Fork/join: RecursiveTask sums and Fibonacci, RecursiveAction over an array, invokeAll, the common pool,
 * exceptions from subtasks, pool names and daemon workers, shutdown and termination. */
public class ForkJoinRecursiveSum {
    static final class Sum extends RecursiveTask<Long> {
        final long[] a;
        final int lo;
        final int hi;

        Sum(long[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected Long compute() {
            if (hi - lo <= 2_000) {
                long s = 0;
                for (int i = lo; i < hi; i++) {
                    s += a[i];
                }
                return s;
            }
            int mid = (lo + hi) >>> 1;
            Sum left = new Sum(a, lo, mid);
            Sum right = new Sum(a, mid, hi);
            left.fork();
            long r = right.compute();
            return left.join() + r;
        }
    }

    static final class Fib extends RecursiveTask<Integer> {
        final int n;

        Fib(int n) {
            this.n = n;
        }

        @Override
        protected Integer compute() {
            if (n <= 12) {
                return slow(n);
            }
            Fib f1 = new Fib(n - 1);
            Fib f2 = new Fib(n - 2);
            f1.fork();
            return f2.compute() + f1.join();
        }

        static int slow(int n) {
            return n < 2 ? n : slow(n - 1) + slow(n - 2);
        }
    }

    static final class Scale extends RecursiveAction {
        final int[] a;
        final int lo;
        final int hi;

        Scale(int[] a, int lo, int hi) {
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo <= 1000) {
                for (int i = lo; i < hi; i++) {
                    a[i] = a[i] * 3 + 1;
                }
                return;
            }
            int mid = (lo + hi) >>> 1;
            invokeAll(new Scale(a, lo, mid), new Scale(a, mid, hi));
        }
    }

    static final class Boom extends RecursiveTask<Integer> {
        final int depth;

        Boom(int depth) {
            this.depth = depth;
        }

        @Override
        protected Integer compute() {
            if (depth == 0) {
                throw new ArithmeticException("boom at the bottom");
            }
            Boom a = new Boom(depth - 1);
            Boom b = new Boom(depth - 1);
            a.fork();
            return b.compute() + a.join();
        }
    }

    public static void main(String[] args) throws Exception {
        long[] data = new long[300_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (i * 2654435761L) % 1000;
        }
        long expected = 0;
        for (long v : data) {
            expected += v;
        }
        ForkJoinPool pool = new ForkJoinPool(4);
        System.out.println("parallelism " + pool.getParallelism() + " " + pool.isShutdown());
        long sum = pool.invoke(new Sum(data, 0, data.length));
        System.out.println("sum " + sum + " expected " + expected);
        System.out.println("fib(24) " + pool.invoke(new Fib(24)) + " sequential " + Fib.slow(24));
        System.out.println("common fib(22) " + new Fib(22).invoke() + " via commonPool " + ForkJoinPool.commonPool().invoke(new Fib(20)));
        ForkJoinTask<Long> submitted = pool.submit(new Sum(data, 0, 1000));
        System.out.println("submitted " + submitted.get() + " done " + submitted.isDone() + " normally " + submitted.isCompletedNormally());

        int[] arr = new int[50_000];
        Arrays.fill(arr, 2);
        pool.invoke(new Scale(arr, 0, arr.length));
        long s = 0;
        for (int v : arr) {
            s += v;
        }
        System.out.println("scaled sum " + s);

        try {
            pool.invoke(new Boom(4));
        } catch (ArithmeticException e) {
            System.out.println("subtask exception: " + e.getClass().getName());
        }
        ForkJoinTask<Integer> failed = pool.submit(new Boom(2));
        try {
            failed.get();
        } catch (ExecutionException e) {
            System.out.println("get: ExecutionException with " + e.getCause().getClass().getName() + ", abnormal " + failed.isCompletedAbnormally());
        }

        Set<String> names = ConcurrentHashMap.newKeySet();
        AtomicBoolean allDaemon = new AtomicBoolean(true);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int k = i;
            calls.add(() -> {
                names.add(Thread.currentThread().getName());
                allDaemon.compareAndSet(true, Thread.currentThread().isDaemon());
                return Fib.slow(15 + k % 3);
            });
        }
        int total = 0;
        for (Future<Integer> f : pool.invokeAll(calls)) {
            total += f.get();
        }
        boolean namesOk = true;
        for (String n : names) {
            namesOk &= n.matches("ForkJoinPool-1-worker-\\d+");
        }
        System.out.println("invokeAll total " + total + " names ok " + namesOk + " daemon " + allDaemon.get());
        // A thread that waits for a common-pool task with get() or join() may run the task itself (HotSpot's
        // external helping), so which thread runs it depends on scheduling. Executed and never joined, the task
        // can only run on a common-pool worker: main waits on a latch the task counts down.
        AtomicReference<String> commonName = new AtomicReference<>();
        CountDownLatch commonRan = new CountDownLatch(1);
        ForkJoinPool.commonPool().execute(() -> {
            commonName.set(Thread.currentThread().getName());
            commonRan.countDown();
        });
        commonRan.await();
        System.out.println("common worker " + commonName.get().startsWith("ForkJoinPool.commonPool-worker-"));
        System.out.println("in pool " + pool.submit(() -> ForkJoinTask.inForkJoinPool() && ForkJoinTask.getPool() == pool).get() + ", here " + ForkJoinTask.inForkJoinPool());

        ForkJoinPool small = new ForkJoinPool(1);
        System.out.println("one worker, nested joins: " + small.invoke(new Fib(20)));
        small.shutdown();
        System.out.println("small terminated " + small.awaitTermination(10, TimeUnit.SECONDS));
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS) + " " + pool.isTerminated());
        try {
            pool.submit(() -> 1);
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown");
        }
        System.out.println("common pool shutdown ignored: " + !ForkJoinPool.commonPool().isShutdown());
    }
}
