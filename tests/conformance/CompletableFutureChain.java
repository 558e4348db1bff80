import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.stream.*;

/** CompletableFuture across threads: async suppliers, chains, combine, compose, allOf/anyOf, exceptions through
 * async stages (CompletionException/ExecutionException wrapping), custom executors, timeouts. */
public class CompletableFutureChain {
    static int slowSquare(int x) {
        long s = 0;
        for (int i = 0; i < 20_000; i++) {
            s += i % (x + 1);
        }
        return s >= 0 ? x * x : -1;
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> f = CompletableFuture.supplyAsync(() -> slowSquare(7))
                .thenApply(x -> x + 1)
                .thenApplyAsync(x -> x * 2)
                .thenCompose(x -> CompletableFuture.supplyAsync(() -> x + 100));
        System.out.println("chain " + f.join());

        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> slowSquare(3));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> slowSquare(4));
        System.out.println("combine " + a.thenCombine(b, Integer::sum).get());
        System.out.println("acceptBoth/runAfterBoth " + a.thenAcceptBoth(b, (x, y) -> { }).thenApply(v -> "ok").join());

        List<CompletableFuture<Integer>> many = IntStream.range(0, 10)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> slowSquare(i)))
                .collect(Collectors.toList());
        CompletableFuture<Void> all = CompletableFuture.allOf(many.toArray(new CompletableFuture[0]));
        System.out.println("allOf " + all.thenApply(v -> many.stream().map(CompletableFuture::join).collect(Collectors.toList())).join());

        CompletableFuture<Object> any = CompletableFuture.anyOf(new CompletableFuture<Integer>(), CompletableFuture.supplyAsync(() -> "winner"));
        System.out.println("anyOf " + any.get(10, TimeUnit.SECONDS));

        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            if (slowSquare(2) == 4) {
                throw new IllegalStateException("async failure");
            }
            return 0;
        });
        try {
            failing.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getMessage());
        }
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e.getMessage());
        }
        System.out.println("recovered " + failing.exceptionally(t -> t instanceof CompletionException ? -1 : -2).join());
        System.out.println("handled " + failing.thenApply(x -> x + 1).handleAsync((v, t) -> t.getClass().getSimpleName() + ": " + t.getCause().getMessage()).join());
        AtomicReference<String> seen = new AtomicReference<>();
        CompletableFuture<Integer> wc = failing.whenCompleteAsync((v, t) -> seen.set(v + " " + t.getCause().getMessage()));
        try {
            wc.join();
        } catch (CompletionException e) {
            System.out.println("whenComplete saw [" + seen.get() + "] rethrows " + e.getCause().getMessage());
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CompletableFuture<String> onPool = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName(), pool)
                .thenApplyAsync(n -> n.startsWith("pool-1-thread-") ? "ran on pool" : "ran on " + n, pool);
        System.out.println(onPool.join());
        CompletableFuture<Void> run = CompletableFuture.runAsync(() -> seen.set("runAsync"), pool);
        run.get();
        System.out.println(seen.get() + " " + run.isDone() + " " + run.join());

        CompletableFuture<String> manual = new CompletableFuture<>();
        CompletableFuture<String> dependent = manual.thenApply(String::toUpperCase);
        pool.execute(() -> manual.complete("completed from pool"));
        System.out.println(dependent.get(10, TimeUnit.SECONDS));

        CompletableFuture<String> slow = new CompletableFuture<>();
        try {
            slow.orTimeout(50, TimeUnit.MILLISECONDS).join();
        } catch (CompletionException e) {
            System.out.println("orTimeout: " + e.getCause().getClass().getName());
        }
        System.out.println("completeOnTimeout " + new CompletableFuture<String>().completeOnTimeout("fallback", 20, TimeUnit.MILLISECONDS).join());
        System.out.println("delayed " + CompletableFuture.supplyAsync(() -> "later", CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS, pool)).join());
        AtomicInteger counter = new AtomicInteger();
        List<CompletableFuture<Void>> incs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            incs.add(CompletableFuture.runAsync(counter::incrementAndGet, pool));
        }
        CompletableFuture.allOf(incs.toArray(new CompletableFuture[0])).join();
        System.out.println("counter " + counter.get());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS));
    }
}
