import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * CountedCompleter: a tree sum whose results are combined in onCompletion, a forEach counting visits, a search
 * that completes its root early (quietlyCompleteRoot), the firstComplete/nextComplete reduction pattern, an
 * exception in a leaf completing the root abnormally, and the pending-count methods on tasks never run.
 */
public class CountedCompleterSum {
    static final class Sum extends CountedCompleter<Long> {
        final long[] a;
        final int lo;
        int hi;
        long result;
        final List<Sum> children = new ArrayList<>();

        Sum(CountedCompleter<?> parent, long[] a, int lo, int hi) {
            super(parent);
            this.a = a;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        public void compute() {
            while (hi - lo > 100) {
                int mid = (lo + hi) >>> 1;
                Sum right = new Sum(this, a, mid, hi);
                synchronized (children) {
                    children.add(right);
                }
                addToPendingCount(1);
                right.fork();
                hi = mid;
            }
            long s = 0;
            for (int i = lo; i < hi; i++) {
                s += a[i];
            }
            result = s;
            tryComplete();
        }

        @Override
        public void onCompletion(CountedCompleter<?> caller) {
            synchronized (children) {
                for (Sum c : children) {
                    result += c.result;
                }
            }
        }

        @Override
        public Long getRawResult() {
            return result;
        }
    }

    static final class ForEach extends CountedCompleter<Void> {
        final int lo;
        final int hi;
        final AtomicInteger visits;
        final boolean[] seen;

        ForEach(CountedCompleter<?> parent, int lo, int hi, AtomicInteger visits, boolean[] seen) {
            super(parent);
            this.lo = lo;
            this.hi = hi;
            this.visits = visits;
            this.seen = seen;
        }

        @Override
        public void compute() {
            if (hi - lo >= 2) {
                int mid = (lo + hi) >>> 1;
                // Two children complete this task: the first brings the count to zero, the second completes it.
                setPendingCount(1);
                new ForEach(this, mid, hi, visits, seen).fork();
                new ForEach(this, lo, mid, visits, seen).fork();
            } else {
                if (hi > lo) {
                    visits.incrementAndGet();
                    seen[lo] = true;
                }
                tryComplete();
            }
        }
    }

    static final class Search extends CountedCompleter<Integer> {
        final int[] a;
        final int lo;
        final int hi;
        final int target;
        final AtomicReference<Integer> found;

        Search(CountedCompleter<?> parent, int[] a, int lo, int hi, int target, AtomicReference<Integer> found) {
            super(parent);
            this.a = a;
            this.lo = lo;
            this.hi = hi;
            this.target = target;
            this.found = found;
        }

        @Override
        public void compute() {
            int l = lo;
            int h = hi;
            while (found.get() == null && h - l > 50) {
                int mid = (l + h) >>> 1;
                addToPendingCount(1);
                new Search(this, a, mid, h, target, found).fork();
                h = mid;
            }
            for (int i = l; i < h && found.get() == null; i++) {
                if (a[i] == target && found.compareAndSet(null, i)) {
                    quietlyCompleteRoot();
                    return;
                }
            }
            tryComplete();
        }

        @Override
        public Integer getRawResult() {
            return found.get();
        }
    }

    /** The reduction of the documentation's pattern: each finished task passes its value up with nextComplete. */
    static final class MaxTask extends CountedCompleter<Integer> {
        final int[] a;
        final int lo;
        final int hi;
        MaxTask forked;
        MaxTask next;
        int max = Integer.MIN_VALUE;

        MaxTask(CountedCompleter<?> parent, int[] a, int lo, int hi, MaxTask next) {
            super(parent);
            this.a = a;
            this.lo = lo;
            this.hi = hi;
            this.next = next;
        }

        @Override
        public void compute() {
            if (hi - lo >= 64) {
                int mid = (lo + hi) >>> 1;
                MaxTask left = new MaxTask(this, a, lo, mid, null);
                MaxTask right = new MaxTask(this, a, mid, hi, left);
                forked = right;
                setPendingCount(1);
                right.fork();
                left.compute();
            } else {
                for (int i = lo; i < hi; i++) {
                    max = Math.max(max, a[i]);
                }
                for (CountedCompleter<?> c = firstComplete(); c != null; c = c.nextComplete()) {
                    MaxTask t = (MaxTask) c;
                    MaxTask r = t.forked;
                    while (r != null) {
                        t.max = Math.max(t.max, r.max);
                        r = r.next;
                    }
                }
            }
        }

        @Override
        public Integer getRawResult() {
            return max;
        }
    }

    static final class Failing extends CountedCompleter<Void> {
        final int depth;
        final List<String> notified;

        Failing(CountedCompleter<?> parent, int depth, List<String> notified) {
            super(parent);
            this.depth = depth;
            this.notified = notified;
        }

        @Override
        public void compute() {
            if (depth < 4) {
                setPendingCount(1);
                new Failing(this, depth + 1, notified).fork();
                return;
            }
            throw new IllegalStateException("leaf at depth " + depth + " failed");
        }

        @Override
        public boolean onExceptionalCompletion(Throwable ex, CountedCompleter<?> caller) {
            synchronized (notified) {
                notified.add(depth + (caller == this ? " self" : " from " + ((Failing) caller).depth));
            }
            return true;
        }
    }

    static Throwable origin(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static void main(String[] args) throws InterruptedException {
        ForkJoinPool pool = new ForkJoinPool(3);
        long[] values = new long[100_000];
        long expected = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = (i * 7919L) % 1000;
            expected += values[i];
        }
        Sum sum = new Sum(null, values, 0, values.length);
        System.out.println("sum " + pool.invoke(sum) + " expected " + expected + " done " + sum.isDone()
                + " normally " + sum.isCompletedNormally() + " pending " + sum.getPendingCount());
        System.out.println("common pool sum " + new Sum(null, values, 10, 5000).invoke());

        AtomicInteger visits = new AtomicInteger();
        boolean[] seen = new boolean[5000];
        pool.invoke(new ForEach(null, 0, seen.length, visits, seen));
        boolean all = true;
        for (boolean b : seen) {
            all &= b;
        }
        System.out.println("forEach visits " + visits.get() + " all seen " + all);

        int[] data = new int[20_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (int) ((i * 2654435761L) % 100_000);
        }
        int target = data[12_345];
        int firstIndex = -1;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == target) {
                firstIndex = i;
                break;
            }
        }
        Search search = new Search(null, data, 0, data.length, target, new AtomicReference<>());
        Integer at = pool.invoke(search);
        System.out.println("search found value " + data[at] + " == target " + (data[at] == target) + " unique "
                + (at == firstIndex) + " root done " + search.isDone());
        Search missing = new Search(null, data, 0, data.length, -1, new AtomicReference<>());
        System.out.println("search for absent value: " + pool.invoke(missing));

        int max = Integer.MIN_VALUE;
        for (int v : data) {
            max = Math.max(max, v);
        }
        System.out.println("max " + pool.invoke(new MaxTask(null, data, 0, data.length, null)) + " expected " + max);

        List<String> notified = new ArrayList<>();
        Failing failing = new Failing(null, 0, notified);
        try {
            pool.invoke(failing);
            System.out.println("no exception");
        } catch (IllegalStateException e) {
            // HotSpot may rethrow a copy made in the joining thread (the original as its cause): report the origin.
            System.out.println("root failed: " + origin(e).getMessage() + " abnormal " + failing.isCompletedAbnormally()
                    + " exception " + origin(failing.getException()).getMessage());
        }
        // The joiner may wake before the root's onExceptionalCompletion has run (HotSpot once printed the list
        // without "0 from 1"): wait, bounded, until every level of the chain (4 down to 0) has reported.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            synchronized (notified) {
                if (notified.size() >= 5) {
                    break;
                }
            }
            Thread.sleep(1);
        }
        synchronized (notified) {
            System.out.println("exception passed up: " + notified);
        }

        CountedCompleter<String> root = new CountedCompleter<String>() {
            String value;

            @Override
            public void compute() {
            }

            @Override
            public String getRawResult() {
                return value;
            }

            @Override
            protected void setRawResult(String v) {
                value = v;
            }

            @Override
            public void onCompletion(CountedCompleter<?> caller) {
                System.out.println("root onCompletion, caller is self: " + (caller == this));
            }
        };
        CountedCompleter<Void> child = new CountedCompleter<Void>(root, 3) {
            @Override
            public void compute() {
            }
        };
        root.setPendingCount(1);
        System.out.println("counts " + child.getPendingCount() + " " + child.decrementPendingCountUnlessZero() + " "
                + child.getPendingCount() + " " + child.compareAndSetPendingCount(2, 7) + " "
                + child.compareAndSetPendingCount(2, 0) + " " + child.getPendingCount());
        child.addToPendingCount(-7);
        System.out.println("zero " + child.decrementPendingCountUnlessZero() + " root " + (child.getRoot() == root)
                + " completer " + (child.getCompleter() == root) + " " + root.getCompleter());
        child.tryComplete();
        System.out.println("after child: child done " + child.isDone() + " root done " + root.isDone() + " root pending "
                + root.getPendingCount());
        child.propagateCompletion();
        System.out.println("after propagate: root done " + root.isDone());
        root.complete("forced");
        System.out.println("root " + root.join() + " " + root.isCompletedNormally());
        pool.shutdown();
    }
}
