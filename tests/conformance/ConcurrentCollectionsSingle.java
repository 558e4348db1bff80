import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.function.*;

/** java.util.concurrent on one thread: concurrent maps and queues, blocking queues without blocking (and their
 * timeouts), completed CompletableFuture paths and dependents' firing order, FutureTask, latches, semaphores,
 * barriers with one party, phasers, TimeUnit, ThreadLocalRandom ranges. */
public class ConcurrentCollectionsSingle {
    static void chm() {
        ConcurrentHashMap<String, Integer> m = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) {
            m.put("k" + i, i);
        }
        System.out.println(m);
        System.out.println(m.size() + " " + m.mappingCount() + " " + m.get("k7") + " " + m.getOrDefault("zz", -1));
        System.out.println(m.putIfAbsent("k1", 100) + " " + m.putIfAbsent("new", 5) + " " + m.get("new"));
        m.merge("k2", 10, Integer::sum);
        m.compute("k3", (k, v) -> v == null ? 0 : v * 100);
        m.computeIfAbsent("abs", k -> k.length());
        m.computeIfPresent("k4", (k, v) -> null);
        System.out.println(m.get("k2") + " " + m.get("k3") + " " + m.get("abs") + " " + m.containsKey("k4"));
        System.out.println(m.replace("k5", 5, 55) + " " + m.replace("k5", 5, 66) + " " + m.remove("k6", 7) + " " + m.remove("k6", 6));
        try {
            m.put("x", null);
        } catch (NullPointerException e) {
            System.out.println("NPE null value");
        }
        Set<String> ks = ConcurrentHashMap.newKeySet();
        for (String s : "the quick brown fox jumps over the lazy dog".split(" ")) {
            ks.add(s);
        }
        System.out.println(ks + " " + ks.size());
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> { if (v % 10 == 0) sb.append(k).append(' '); });
        System.out.println(sb.toString().trim());
        ConcurrentHashMap<Integer, String> im = new ConcurrentHashMap<>(4);
        for (int i = 100; i > 0; i -= 7) {
            im.put(i, "v" + i);
        }
        System.out.println(im.keySet());
        System.out.println(new TreeMap<>(im).firstKey() + " " + im.values().size());
    }

    static void queues() throws Exception {
        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>(List.of(3, 1, 2));
        q.offer(9);
        System.out.println(q + " " + q.poll() + " " + q.peek() + " " + q.size() + " " + q.contains(9));
        ConcurrentLinkedDeque<String> d = new ConcurrentLinkedDeque<>();
        d.addFirst("b");
        d.addFirst("a");
        d.addLast("c");
        d.push("z");
        System.out.println(d + " " + d.pollLast() + " " + d.peekFirst() + " " + d.pop() + " " + d);
        Iterator<String> di = d.descendingIterator();
        while (di.hasNext()) {
            System.out.print(di.next() + ";");
        }
        System.out.println();
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(new Integer[] {5, 6, 7});
        Iterator<Integer> snap = cow.iterator();
        cow.add(8);
        cow.addIfAbsent(5);
        cow.addIfAbsent(9);
        int n = 0;
        while (snap.hasNext()) {
            n += snap.next();
        }
        System.out.println(cow + " snapshot sum " + n);

        LinkedBlockingQueue<Integer> lbq = new LinkedBlockingQueue<>(3);
        System.out.println(lbq.offer(1) + " " + lbq.offer(2) + " " + lbq.offer(3) + " " + lbq.offer(4) + " " + lbq.remainingCapacity());
        System.out.println(lbq.offer(4, 5, TimeUnit.MILLISECONDS) + " " + lbq);
        try {
            lbq.add(5);
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        System.out.println(lbq.take() + " " + lbq.poll(1, TimeUnit.MILLISECONDS) + " " + lbq.peek());
        lbq.put(7);
        List<Integer> sink = new ArrayList<>();
        System.out.println(lbq.drainTo(sink) + " " + sink + " " + lbq.poll() + " " + lbq.poll(2, TimeUnit.MILLISECONDS));
        try {
            lbq.drainTo(lbq);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE drainTo self");
        }
        try {
            new LinkedBlockingQueue<Integer>(0);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE capacity");
        }
        ArrayBlockingQueue<String> abq = new ArrayBlockingQueue<>(2, true, List.of("x"));
        abq.add("y");
        try {
            abq.add("z");
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        System.out.println(abq + " " + abq.remainingCapacity() + " " + abq.remove("x") + " " + abq);
        LinkedBlockingDeque<Integer> lbd = new LinkedBlockingDeque<>(2);
        lbd.putFirst(1);
        lbd.putLast(2);
        System.out.println(lbd.offerFirst(0) + " " + lbd + " " + lbd.takeLast() + " " + lbd.pollFirst(1, TimeUnit.MILLISECONDS) + " " + lbd.pollLast(1, TimeUnit.MILLISECONDS));
        try {
            lbd.addFirst(1);
            lbd.addFirst(2);
            lbd.addFirst(3);
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage() + " " + lbd);
        }
        PriorityBlockingQueue<Integer> pbq = new PriorityBlockingQueue<>();
        for (int v : new int[] {9, 4, 7, 1, 8, 2, 6}) {
            pbq.put(v);
        }
        System.out.println(pbq + " " + pbq.take() + " " + pbq);
        PriorityBlockingQueue<String> rev = new PriorityBlockingQueue<>(3, Comparator.reverseOrder());
        rev.addAll(List.of("b", "d", "a", "c"));
        List<String> drained = new ArrayList<>();
        rev.drainTo(drained, 3);
        System.out.println(drained + " " + rev);
        DelayQueue<Item> dq = new DelayQueue<>();
        long base = System.nanoTime();
        dq.add(new Item("later", base, 60_000));
        dq.add(new Item("now", base, -5));
        dq.add(new Item("sooner", base, -10));
        System.out.println(dq.poll() + " " + dq.poll() + " " + dq.poll() + " " + dq.size() + " " + dq.peek() + " " + dq.poll(2, TimeUnit.MILLISECONDS));
        SynchronousQueue<Integer> sq = new SynchronousQueue<>();
        System.out.println(sq.offer(1) + " " + sq.poll() + " " + sq.size() + " " + sq + " " + sq.isEmpty() + " " + sq.offer(2, 1, TimeUnit.MILLISECONDS) + " " + sq.poll(1, TimeUnit.MILLISECONDS));
    }

    static final class Item implements Delayed {
        final String name;
        final long at;

        Item(String name, long base, long delayMillis) {
            this.name = name;
            this.at = base + TimeUnit.MILLISECONDS.toNanos(delayMillis);
        }

        public long getDelay(TimeUnit unit) {
            return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        public int compareTo(Delayed o) {
            return Long.compare(at, ((Item) o).at);
        }

        public String toString() {
            return name;
        }
    }

    static void futures() throws Exception {
        CompletableFuture<Integer> one = CompletableFuture.completedFuture(20);
        System.out.println(one.thenApply(x -> x + 1).thenApply(x -> x * 2).join());
        System.out.println(one.thenCombine(CompletableFuture.completedFuture(2), (a, b) -> a * b).get());
        System.out.println(one.thenCompose(x -> CompletableFuture.completedFuture("c" + x)).join());
        one.thenAccept(x -> System.out.println("accept " + x)).thenRun(() -> System.out.println("run"));
        CompletableFuture<Integer> bad = one.thenApply(x -> x / 0);
        System.out.println(bad.isCompletedExceptionally() + " " + bad.isDone() + " " + bad.isCancelled());
        try {
            bad.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getMessage() + " | cause " + e.getCause().getClass().getName());
        }
        try {
            bad.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e.getMessage() + " | cause " + e.getCause().getClass().getName());
        }
        System.out.println(bad.exceptionally(t -> { System.out.println("exceptionally sees " + t.getClass().getName()); return -1; }).join());
        System.out.println(bad.handle((v, t) -> v == null ? "handled " + t.getCause().getMessage() : "v").join());
        CompletableFuture<Integer> raw = new CompletableFuture<>();
        raw.completeExceptionally(new IllegalStateException("raw"));
        System.out.println(raw.exceptionally(t -> { System.out.println("raw sees " + t); return 0; }).join());
        System.out.println(raw.thenApply(x -> x).exceptionally(t -> { System.out.println("derived sees " + t); return 0; }).join());
        try {
            raw.join();
        } catch (CompletionException e) {
            System.out.println("raw join: " + e.getMessage());
        }
        try {
            raw.get();
        } catch (ExecutionException e) {
            System.out.println("raw get: " + e.getMessage());
        }
        CompletableFuture<Integer> wc = one.whenComplete((v, t) -> System.out.println("when " + v + " " + t));
        System.out.println(wc.join());
        CompletableFuture<Integer> wcBad = one.whenComplete((v, t) -> { throw new RuntimeException("in when"); });
        try {
            wcBad.join();
        } catch (CompletionException e) {
            System.out.println("when threw: " + e.getMessage());
        }
        CompletableFuture<Integer> wcBoth = bad.whenComplete((v, t) -> { throw new IllegalArgumentException("second"); });
        try {
            wcBoth.join();
        } catch (CompletionException e) {
            System.out.println("both: " + e.getMessage() + " suppressed " + e.getCause().getSuppressed().length);
        }

        // Dependents of an incomplete future fire newest first, nested ones as HotSpot orders them.
        CompletableFuture<String> src = new CompletableFuture<>();
        CompletableFuture<String> a = src.thenApply(s -> { System.out.println("A " + s); return s + "a"; });
        a.thenAccept(s -> System.out.println("A1 " + s));
        a.thenAccept(s -> System.out.println("A2 " + s));
        CompletableFuture<String> b = src.thenApply(s -> { System.out.println("B " + s); return s + "b"; });
        b.thenAccept(s -> System.out.println("B1 " + s));
        src.thenRun(() -> System.out.println("C"));
        CompletableFuture<String> other = new CompletableFuture<>();
        src.thenCombine(other, (x, y) -> x + y).thenAccept(s -> System.out.println("combined " + s));
        System.out.println("dependents " + src.getNumberOfDependents() + " done " + src.isDone());
        System.out.println(src.complete("s") + " " + src.complete("t"));
        other.complete("o");
        System.out.println(src.getNow("absent") + " " + new CompletableFuture<String>().getNow("absent"));

        CompletableFuture<Object> any = CompletableFuture.anyOf(new CompletableFuture<>(), CompletableFuture.completedFuture("first"), CompletableFuture.completedFuture("second"));
        System.out.println("anyOf " + any.join());
        CompletableFuture<Void> all = CompletableFuture.allOf(one, CompletableFuture.completedFuture(1));
        System.out.println("allOf " + all.join() + " " + all.isDone());
        CompletableFuture<Void> allBad = CompletableFuture.allOf(one, raw, bad);
        try {
            allBad.join();
        } catch (CompletionException e) {
            System.out.println("allOf failed: " + e.getMessage());
        }
        CompletableFuture<Integer> pending = new CompletableFuture<>();
        CompletableFuture<Void> allPending = CompletableFuture.allOf(pending, one);
        System.out.println("allOf pending " + allPending.isDone());
        pending.complete(3);
        System.out.println("allOf now " + allPending.isDone());
        CompletableFuture<Integer> cancelled = new CompletableFuture<>();
        System.out.println(cancelled.cancel(true) + " " + cancelled.isCancelled() + " " + cancelled.isCompletedExceptionally());
        try {
            cancelled.join();
        } catch (CancellationException e) {
            System.out.println("cancelled join " + e.getClass().getName());
        }
        try {
            pending.get(1, TimeUnit.MILLISECONDS);
            new CompletableFuture<Integer>().get(1, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timeout " + e.getMessage());
        }
        System.out.println(CompletableFuture.failedFuture(new Exception("ff")).handle((v, t) -> t.getMessage()).join());
        System.out.println(one.applyToEither(new CompletableFuture<>(), x -> x + 100).join());
        one.acceptEither(new CompletableFuture<>(), x -> System.out.println("either " + x));
        one.runAfterBoth(CompletableFuture.completedFuture(0), () -> System.out.println("after both"));
        one.thenAcceptBoth(CompletableFuture.completedFuture("z"), (x, y) -> System.out.println("both " + x + y));
        System.out.println(raw.exceptionallyCompose(t -> CompletableFuture.completedFuture(77)).join());

        FutureTask<String> ft = new FutureTask<>(() -> "task result");
        System.out.println(ft.isDone());
        ft.run();
        System.out.println(ft.isDone() + " " + ft.get() + " " + ft.get(1, TimeUnit.SECONDS));
        FutureTask<String> failing = new FutureTask<>(() -> { throw new java.io.IOException("io"); });
        failing.run();
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ft: " + e.getMessage());
        }
        FutureTask<Integer> fr = new FutureTask<>(() -> System.out.println("runnable ran"), 42);
        System.out.println(fr.cancel(false) + " " + fr.isCancelled());
        fr.run();
        try {
            fr.get();
        } catch (CancellationException e) {
            System.out.println("cancelled: " + e.getMessage());
        }
        FutureTask<Integer> timed = new FutureTask<>(() -> 1);
        try {
            timed.get(1, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("ft timeout " + e.getMessage());
        }
        System.out.println(Executors.callable(() -> System.out.println("callable ran"), "res").call());
    }

    static void synchronizers() throws Exception {
        CountDownLatch latch = new CountDownLatch(2);
        latch.countDown();
        System.out.println(latch.getCount() + " " + latch.await(1, TimeUnit.MILLISECONDS));
        latch.countDown();
        latch.countDown();
        latch.await();
        System.out.println(latch.getCount() + " " + latch.await(1, TimeUnit.MILLISECONDS) + " " + latch.toString().endsWith("[Count = 0]"));
        Semaphore sem = new Semaphore(2, true);
        System.out.println(sem.tryAcquire() + " " + sem.tryAcquire(2) + " " + sem.availablePermits() + " " + sem.tryAcquire(1, TimeUnit.MILLISECONDS));
        sem.release(3);
        sem.acquire(2);
        System.out.println(sem.availablePermits() + " " + sem.drainPermits() + " " + sem.availablePermits() + " " + sem.isFair() + " " + sem.hasQueuedThreads());
        CyclicBarrier barrier = new CyclicBarrier(1, () -> System.out.println("barrier action"));
        System.out.println(barrier.await() + " " + barrier.await() + " " + barrier.getParties() + " " + barrier.isBroken());
        CyclicBarrier failing = new CyclicBarrier(1, () -> { throw new IllegalStateException("action"); });
        try {
            failing.await();
        } catch (IllegalStateException e) {
            System.out.println("action threw " + e.getMessage() + " broken " + failing.isBroken());
        }
        try {
            failing.await();
        } catch (BrokenBarrierException e) {
            System.out.println("BrokenBarrierException " + e.getMessage());
        }
        failing.reset();
        System.out.println("after reset " + failing.isBroken());
        CyclicBarrier two = new CyclicBarrier(2);
        try {
            two.await(2, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("barrier timeout, broken " + two.isBroken() + " waiting " + two.getNumberWaiting());
        }
        Phaser ph = new Phaser(1);
        System.out.println(ph.getPhase() + " " + ph.arriveAndAwaitAdvance() + " " + ph.arrive() + " " + ph.getPhase() + " " + ph.register() + " " + ph.getRegisteredParties());
        ph.arriveAndDeregister();
        System.out.println(ph.getArrivedParties() + " " + ph.getUnarrivedParties() + " " + ph.isTerminated());
        ph.arriveAndDeregister();
        System.out.println(ph.isTerminated() + " " + (ph.getPhase() < 0));
    }

    static void misc() {
        System.out.println(TimeUnit.SECONDS.toMillis(3) + " " + TimeUnit.MILLISECONDS.toSeconds(4999) + " " + TimeUnit.DAYS.toHours(2) + " " + TimeUnit.NANOSECONDS.convert(1, TimeUnit.MINUTES) + " " + TimeUnit.HOURS.convert(Long.MAX_VALUE, TimeUnit.DAYS) + " " + TimeUnit.MICROSECONDS.toNanos(Long.MIN_VALUE / 10));
        System.out.println(TimeUnit.valueOf("SECONDS").toChronoUnit() + " " + TimeUnit.of(java.time.temporal.ChronoUnit.MILLIS) + " " + TimeUnit.SECONDS.convert(java.time.Duration.ofMillis(2500)));
        ThreadLocalRandom r = ThreadLocalRandom.current();
        boolean ok = true;
        for (int i = 0; i < 1000; i++) {
            int x = r.nextInt(10);
            long y = r.nextLong(5, 9);
            double z = r.nextDouble(2.0);
            ok &= x >= 0 && x < 10 && y >= 5 && y < 9 && z >= 0 && z < 2.0;
        }
        System.out.println("tlr in range " + ok + " same " + (r == ThreadLocalRandom.current()));
        try {
            r.setSeed(1);
        } catch (UnsupportedOperationException e) {
            System.out.println("setSeed unsupported");
        }
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        ExecutorService single = Executors.newFixedThreadPool(1);
        single.shutdown();
        try {
            single.execute(() -> {});
        } catch (RejectedExecutionException e) {
            System.out.println("rejected after shutdown " + single.isShutdown() + " " + single.isTerminated());
        }
        try {
            Executors.newFixedThreadPool(0);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE pool size");
        }
    }

    public static void main(String[] args) throws Exception {
        chm();
        queues();
        futures();
        synchronizers();
        misc();
    }
}
