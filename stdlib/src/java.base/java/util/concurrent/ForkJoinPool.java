package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A pool of worker threads running {@link ForkJoinTask}s with work stealing. Each worker owns a deque: it pushes
 * the tasks it forks on top and takes its own work from the top (newest first, or oldest first in asynchronous
 * mode), while idle workers steal from the bottom of other deques and from the pool's submission queue, where
 * tasks from outside the pool arrive. Workers are started on demand up to the parallelism; a worker that finds
 * nothing parks on its own queue's monitor, listed in the pool's idle stack, and is woken by the next push
 * ({@link #signalWork}). A worker that must block in a join (having run everything it could) counts as blocked,
 * and the pool may start a compensating worker so that queued work still runs.
 *
 * <p>Cortado's deques are monitor-protected arrays, the pool's bookkeeping lives under the pool's monitor, and
 * lock order is always pool then queue. The common pool's parallelism is {@code availableProcessors() - 1}
 * (at least 1), or the system property {@code java.util.concurrent.ForkJoinPool.common.parallelism}; a thread
 * outside the pool that joins a task it forked into the common pool runs it itself if no worker took it yet, and
 * otherwise helps by running tasks forked by the common pool's workers.
 */
public class ForkJoinPool extends AbstractExecutorService {
    /** Makes the worker threads of a pool. */
    public static interface ForkJoinWorkerThreadFactory {
        /** A new worker for {@code pool}, or null if the request is refused. */
        ForkJoinWorkerThread newThread(ForkJoinPool pool);
    }

    /** A way to block that a pool can be told about. */
    public static interface ManagedBlocker {
        /** Blocks if needed; true when no more blocking is necessary. */
        boolean block() throws InterruptedException;

        /** Whether blocking is unnecessary. */
        boolean isReleasable();
    }

    /** The default factory: plain {@link ForkJoinWorkerThread}s. */
    public static final ForkJoinWorkerThreadFactory defaultForkJoinWorkerThreadFactory =
            new ForkJoinWorkerThreadFactory() {
                @Override
                public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                    return new ForkJoinWorkerThread(pool);
                }
            };

    private static final int MAX_CAP = 0x7fff;
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;
    private static final int TERMINATED = 3;
    /** How deep a joining thread may nest tasks it stole while waiting. */
    private static final int MAX_HELP_DEPTH = 32;
    private static final long KEEP_ALIVE_NANOS = 60L * 1000L * 1000L * 1000L;

    private static int poolIds;

    /** The common pool. */
    static final ForkJoinPool common;

    static {
        int par = -1;
        String p = System.getProperty("java.util.concurrent.ForkJoinPool.common.parallelism");
        if (p != null) {
            try {
                par = Integer.parseInt(p);
            } catch (NumberFormatException ignore) {
                par = -1;
            }
        }
        if (par < 0) {
            par = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        }
        common = new ForkJoinPool(Math.min(par, MAX_CAP), "ForkJoinPool.commonPool-worker-");
    }

    /** A deque of tasks: a circular array, guarded by this object's monitor, which the owner also idles on. */
    static final class WorkQueue {
        final ForkJoinWorkerThread owner;
        int index;
        private ForkJoinTask<?>[] array = new ForkJoinTask<?>[16];
        /** Tasks occupy [base, top), indices masked by the array length. */
        private volatile int base;
        private volatile int top;
        /** Idle bookkeeping: in the pool's idle stack (guarded by the pool), woken (guarded by this). */
        boolean idle;
        boolean signalled;
        /** How deeply the owner nests tasks it took while joining. */
        int helpDepth;

        WorkQueue(ForkJoinWorkerThread owner) {
            this.owner = owner;
        }

        boolean isEmpty() {
            return top == base;
        }

        synchronized int size() {
            return top - base;
        }

        synchronized void push(ForkJoinTask<?> t) {
            int n = top - base;
            if (n == array.length) {
                ForkJoinTask<?>[] bigger = new ForkJoinTask<?>[n * 2];
                for (int i = 0; i < n; i++) {
                    bigger[i] = array[(base + i) & (array.length - 1)];
                }
                array = bigger;
                base = 0;
                top = n;
            }
            array[top & (array.length - 1)] = t;
            top = top + 1;
        }

        /** Removes the newest task. */
        synchronized ForkJoinTask<?> pop() {
            if (top == base) {
                return null;
            }
            int i = (top - 1) & (array.length - 1);
            ForkJoinTask<?> t = array[i];
            array[i] = null;
            top = top - 1;
            return t;
        }

        /** Removes the oldest task. */
        synchronized ForkJoinTask<?> poll() {
            if (top == base) {
                return null;
            }
            int i = base & (array.length - 1);
            ForkJoinTask<?> t = array[i];
            array[i] = null;
            base = base + 1;
            return t;
        }

        synchronized ForkJoinTask<?> peek() {
            return top == base ? null : array[(top - 1) & (array.length - 1)];
        }

        /** Removes {@code t} if it is the newest task. */
        synchronized boolean tryUnpush(ForkJoinTask<?> t) {
            if (top == base) {
                return false;
            }
            int i = (top - 1) & (array.length - 1);
            if (array[i] != t) {
                return false;
            }
            array[i] = null;
            top = top - 1;
            return true;
        }

        /** Removes and returns every task, oldest first. */
        synchronized List<ForkJoinTask<?>> drain() {
            ArrayList<ForkJoinTask<?>> out = new ArrayList<ForkJoinTask<?>>();
            while (top != base) {
                int i = base & (array.length - 1);
                out.add(array[i]);
                array[i] = null;
                base = base + 1;
            }
            return out;
        }
    }

    final int parallelism;
    final boolean asyncMode;
    final boolean isCommon;
    private final ForkJoinWorkerThreadFactory factory;
    private final Thread.UncaughtExceptionHandler ueh;
    private final String workerNamePrefix;
    /** Tasks submitted from outside the pool. */
    final WorkQueue submissions = new WorkQueue(null);
    /** The workers' queues, replaced whole under the pool's monitor. */
    private volatile WorkQueue[] queues = new WorkQueue[0];
    private final ArrayList<WorkQueue> idleStack = new ArrayList<WorkQueue>();
    private volatile int workerCount;
    private volatile int idleCount;
    private volatile int blockedCount;
    private int nextWorkerNumber = 1;
    private volatile int runState;
    private volatile long stealCount;
    /** Where quiescence and termination waiters wait; the epoch counts wake-ups (guarded by it). */
    private final Object quiescence = new Object();
    private long quiescenceEpoch;

    /** A pool with one worker per available processor. */
    public ForkJoinPool() {
        this(Math.min(MAX_CAP, Runtime.getRuntime().availableProcessors()), defaultForkJoinWorkerThreadFactory, null,
                false);
    }

    /** A pool with {@code parallelism} workers. */
    public ForkJoinPool(int parallelism) {
        this(parallelism, defaultForkJoinWorkerThreadFactory, null, false);
    }

    /** A pool with the given parallelism, thread factory, uncaught-exception handler and local task order. */
    public ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory, Thread.UncaughtExceptionHandler handler,
            boolean asyncMode) {
        this(parallelism, factory, handler, asyncMode, 0, MAX_CAP, 1, null, 60L, TimeUnit.SECONDS);
    }

    /** A pool with every parameter (the sizing ones beyond parallelism are accepted and checked only). */
    public ForkJoinPool(int parallelism, ForkJoinWorkerThreadFactory factory, Thread.UncaughtExceptionHandler handler,
            boolean asyncMode, int corePoolSize, int maximumPoolSize, int minimumRunnable,
            java.util.function.Predicate<? super ForkJoinPool> saturate, long keepAliveTime, TimeUnit unit) {
        if (parallelism <= 0 || parallelism > MAX_CAP || maximumPoolSize < parallelism || keepAliveTime <= 0L) {
            throw new IllegalArgumentException();
        }
        if (factory == null || unit == null) {
            throw new NullPointerException();
        }
        this.parallelism = parallelism;
        this.factory = factory;
        this.ueh = handler;
        this.asyncMode = asyncMode;
        this.isCommon = false;
        int id;
        synchronized (ForkJoinPool.class) {
            id = ++poolIds;
        }
        this.workerNamePrefix = "ForkJoinPool-" + id + "-worker-";
    }

    /** The common pool. */
    private ForkJoinPool(int parallelism, String prefix) {
        this.parallelism = parallelism;
        this.factory = defaultForkJoinWorkerThreadFactory;
        this.ueh = null;
        this.asyncMode = false;
        this.isCommon = true;
        this.workerNamePrefix = prefix;
    }

    /** The common pool, used by default by parallel streams and CompletableFuture. */
    public static ForkJoinPool commonPool() {
        return common;
    }

    /** The common pool's parallelism. */
    public static int getCommonPoolParallelism() {
        return common.parallelism;
    }

    synchronized String nextWorkerName() {
        return workerNamePrefix + nextWorkerNumber++;
    }

    // ------------------------------------------------------------------ workers

    /** Starts a worker (the caller holds the pool's monitor); a factory or start failure is swallowed. */
    private void createWorker() {
        ForkJoinWorkerThread wt = null;
        try {
            wt = factory.newThread(this);
        } catch (Throwable ex) {
            wt = null;
        }
        if (wt == null) {
            return;
        }
        WorkQueue q = wt.workQueue;
        WorkQueue[] old = queues;
        WorkQueue[] qs = java.util.Arrays.copyOf(old, old.length + 1);
        q.index = old.length;
        qs[old.length] = q;
        queues = qs;
        workerCount = workerCount + 1;
        try {
            wt.start();
        } catch (Throwable ex) {
            removeQueue(q);
            workerCount = workerCount - 1;
        }
    }

    private void removeQueue(WorkQueue q) {
        WorkQueue[] old = queues;
        ArrayList<WorkQueue> keep = new ArrayList<WorkQueue>(old.length);
        for (WorkQueue w : old) {
            if (w != q) {
                keep.add(w);
            }
        }
        queues = keep.toArray(new WorkQueue[0]);
    }

    /** Wakes an idle worker, or starts one if the pool has fewer running workers than its parallelism. */
    final void signalWork() {
        if (idleCount == 0 && workerCount - blockedCount >= parallelism) {
            return;
        }
        WorkQueue wake = null;
        synchronized (this) {
            if (idleCount > 0) {
                wake = idleStack.remove(idleStack.size() - 1);
                wake.idle = false;
                idleCount = idleCount - 1;
            } else if (runState < STOP && workerCount - blockedCount < parallelism) {
                createWorker();
            }
        }
        if (wake != null) {
            synchronized (wake) {
                wake.signalled = true;
                wake.notify();
            }
        }
    }

    int idleWorkers() {
        return idleCount;
    }

    /** A task for worker {@code w} from its own queue, else stolen. */
    private ForkJoinTask<?> scan(ForkJoinWorkerThread w) {
        WorkQueue q = w.workQueue;
        ForkJoinTask<?> t = asyncMode ? q.poll() : q.pop();
        return t != null ? t : steal(w);
    }

    /** The oldest task of the submission queue or of another worker's queue, or null. */
    final ForkJoinTask<?> steal(ForkJoinWorkerThread w) {
        ForkJoinTask<?> t;
        if (!submissions.isEmpty() && (t = submissions.poll()) != null) {
            return t;
        }
        WorkQueue[] qs = queues;
        int n = qs.length;
        int start = w == null ? 0 : w.workQueue.index + 1;
        for (int i = 0; i < n; i++) {
            WorkQueue q = qs[(start + i) % n];
            if ((w == null || q != w.workQueue) && !q.isEmpty() && (t = q.poll()) != null) {
                stealCount = stealCount + 1;
                return t;
            }
        }
        return null;
    }

    private boolean hasQueuedTasks() {
        if (!submissions.isEmpty()) {
            return true;
        }
        for (WorkQueue q : queues) {
            if (!q.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The worker loop: run tasks while there are any, park when there are none, exit when let go. */
    final void runWorker(ForkJoinWorkerThread w) {
        WorkQueue q = w.workQueue;
        for (;;) {
            ForkJoinTask<?> t = scan(w);
            if (t == null) {
                synchronized (q) {
                    q.signalled = false;
                }
                boolean exit = false;
                synchronized (this) {
                    if (runState >= STOP) {
                        exit = true;
                    } else {
                        t = scan(w);
                        if (t == null) {
                            q.idle = true;
                            idleStack.add(q);
                            idleCount = idleCount + 1;
                            if (runState == SHUTDOWN && isQuiescentLocked()) {
                                terminate();
                                exit = true;
                            }
                        }
                    }
                }
                if (exit) {
                    return;
                }
                if (t == null) {
                    wakeQuiescenceWaiters();
                    boolean signalled = false;
                    boolean timedOut = false;
                    synchronized (q) {
                        long deadline = Waits.deadline(KEEP_ALIVE_NANOS);
                        try {
                            while (!q.signalled) {
                                long left = Waits.left(deadline);
                                if (left <= 0) {
                                    timedOut = true;
                                    break;
                                }
                                Waits.waitNanos(q, left);
                            }
                        } catch (InterruptedException ie) {
                            // an interrupt (shutdownNow) is a wake-up: look at the pool's state again
                        }
                        signalled = q.signalled;
                    }
                    if (!signalled) {
                        synchronized (this) {
                            if (q.idle) {
                                q.idle = false;
                                idleStack.remove(q);
                                idleCount = idleCount - 1;
                                if (timedOut && !hasQueuedTasks()) {
                                    return;
                                }
                            }
                        }
                    }
                    continue;
                }
            }
            t.doExec();
            if (t instanceof ForkJoinTask.RunnableExecuteAction && t.status() == ForkJoinTask.EXCEPTIONAL) {
                // As on HotSpot, a Runnable given to execute() that throws ends its worker with that exception.
                ForkJoinTask.<RuntimeException>uncheckedThrow(t.exception());
            }
        }
    }

    /** Takes a worker that ended out of the pool and starts a replacement if work is queued. */
    final void deregisterWorker(ForkJoinWorkerThread w, Throwable ex) {
        WorkQueue q = w.workQueue;
        boolean replace;
        synchronized (this) {
            if (q.idle) {
                q.idle = false;
                idleStack.remove(q);
                idleCount = idleCount - 1;
            }
            removeQueue(q);
            workerCount = workerCount - 1;
            // Tasks left in its queue move to the submission queue.
            for (ForkJoinTask<?> t : q.drain()) {
                submissions.push(t);
            }
            replace = runState < STOP && hasQueuedTasks();
            if (runState >= SHUTDOWN && isQuiescentLocked()) {
                terminate();
            }
        }
        if (replace) {
            signalWork();
        }
        wakeQuiescenceWaiters();
    }

    // ------------------------------------------------------------------ joining

    /** Worker {@code w} waits for {@code task}, running what it can meanwhile. */
    final void helpJoin(ForkJoinWorkerThread w, ForkJoinTask<?> task, boolean interruptible, long nanos)
            throws InterruptedException {
        WorkQueue q = w.workQueue;
        long deadline = nanos < 0 ? 0L : Waits.deadline(nanos);
        while (task.status() == ForkJoinTask.PENDING) {
            if (q.tryUnpush(task)) {
                task.doExec();
                continue;
            }
            ForkJoinTask<?> t = q.pop();
            if (t == null && q.helpDepth < MAX_HELP_DEPTH) {
                t = steal(w);
            }
            if (t != null) {
                q.helpDepth++;
                try {
                    t.doExec();
                } finally {
                    q.helpDepth--;
                }
                continue;
            }
            long left = timeLeft(interruptible, nanos, deadline);
            if (left == 0) {
                return;
            }
            synchronized (this) {
                blockedCount = blockedCount + 1;
                if (idleCount == 0 && workerCount - blockedCount < parallelism && runState < STOP
                        && hasQueuedTasks()) {
                    createWorker();
                }
            }
            try {
                task.block(left);
            } finally {
                synchronized (this) {
                    blockedCount = blockedCount - 1;
                }
            }
        }
    }

    /** Before a joiner blocks: reports an interrupt; the time left (-1 without timeout, 0 when out of time). */
    private static long timeLeft(boolean interruptible, long nanos, long deadline) throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        return nanos < 0 ? -1L : Math.max(0L, Waits.left(deadline));
    }

    private static final ThreadLocal<int[]> externalHelpDepth = new ThreadLocal<int[]>();

    /** A thread outside any pool waits for {@code task}: runs it if still queued here, else helps the workers. */
    final void externalHelpJoin(ForkJoinTask<?> task, boolean interruptible, long nanos) throws InterruptedException {
        long deadline = nanos < 0 ? 0L : Waits.deadline(nanos);
        // Only a task this thread forked into the common pool is run or helped here; one submitted to a pool
        // is left to the pool's workers (on HotSpot a worker takes it at once).
        boolean mayHelp = task.forkedToCommon && this == common;
        while (task.status() == ForkJoinTask.PENDING) {
            if (mayHelp) {
                if (submissions.tryUnpush(task)) {
                    task.doExec();
                    continue;
                }
                int[] depth = externalHelpDepth.get();
                if (depth == null) {
                    depth = new int[1];
                    externalHelpDepth.set(depth);
                }
                ForkJoinTask<?> t = depth[0] < MAX_HELP_DEPTH ? stealForkedTask() : null;
                if (t != null) {
                    depth[0]++;
                    try {
                        t.doExec();
                    } finally {
                        depth[0]--;
                    }
                    continue;
                }
            }
            long left = timeLeft(interruptible, nanos, deadline);
            if (left == 0) {
                return;
            }
            task.block(left);
        }
    }

    /** The oldest task a worker forked (not one submitted from outside), or null. */
    private ForkJoinTask<?> stealForkedTask() {
        ForkJoinTask<?> t;
        for (WorkQueue q : queues) {
            if (!q.isEmpty() && (t = q.poll()) != null) {
                stealCount = stealCount + 1;
                return t;
            }
        }
        return null;
    }

    /** Worker {@code w} runs tasks until the pool has nothing queued. */
    final void helpQuiesce(ForkJoinWorkerThread w) {
        for (;;) {
            ForkJoinTask<?> t = scan(w);
            if (t == null) {
                return;
            }
            t.doExec();
        }
    }

    // ------------------------------------------------------------------ submission

    /** Queues a task from outside the pool. */
    final void externalPush(ForkJoinTask<?> task) {
        if (runState != RUNNING) {
            throw new RejectedExecutionException();
        }
        submissions.push(task);
        signalWork();
    }

    /** Runs {@code task} in the pool and returns its result (its exception is rethrown). */
    public <T> T invoke(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        externalPush(task);
        return task.join();
    }

    /** Queues {@code task} to run in the pool. */
    public void execute(ForkJoinTask<?> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        externalPush(task);
    }

    @Override
    public void execute(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<?> job = task instanceof ForkJoinTask<?> ? (ForkJoinTask<?>) task
                : new ForkJoinTask.RunnableExecuteAction(task);
        externalPush(job);
    }

    /** Queues {@code task} and returns it. */
    public <T> ForkJoinTask<T> submit(ForkJoinTask<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        externalPush(task);
        return task;
    }

    @Override
    public <T> ForkJoinTask<T> submit(Callable<T> task) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedCallable<T>(task);
        externalPush(job);
        return job;
    }

    @Override
    public <T> ForkJoinTask<T> submit(Runnable task, T result) {
        ForkJoinTask<T> job = new ForkJoinTask.AdaptedRunnable<T>(task, result);
        externalPush(job);
        return job;
    }

    @Override
    @SuppressWarnings("unchecked")
    public ForkJoinTask<?> submit(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        ForkJoinTask<?> job = task instanceof ForkJoinTask<?> ? (ForkJoinTask<?>) task
                : new ForkJoinTask.AdaptedRunnable<Void>(task, null);
        externalPush(job);
        return job;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) {
        ArrayList<Future<T>> futures = new ArrayList<Future<T>>(tasks.size());
        for (Callable<T> t : tasks) {
            ForkJoinTask<T> f = new ForkJoinTask.AdaptedCallable<T>(t);
            futures.add(f);
            externalPush(f);
        }
        for (Future<T> f : futures) {
            ((ForkJoinTask<?>) f).quietlyJoin();
        }
        return futures;
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new ForkJoinTask.AdaptedRunnable<T>(runnable, value);
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new ForkJoinTask.AdaptedCallable<T>(callable);
    }

    // ------------------------------------------------------------------ configuration and statistics

    /** The worker thread factory. */
    public ForkJoinWorkerThreadFactory getFactory() {
        return factory;
    }

    /** The handler given to workers for uncaught exceptions, or null. */
    public Thread.UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return ueh;
    }

    /** The target number of running workers. */
    public int getParallelism() {
        return parallelism;
    }

    /** The number of started workers that have not ended. */
    public int getPoolSize() {
        return workerCount;
    }

    /** Whether local tasks run oldest first. */
    public boolean getAsyncMode() {
        return asyncMode;
    }

    /** Workers neither idle nor blocked in joins (an estimate). */
    public int getRunningThreadCount() {
        return Math.max(0, workerCount - idleCount - blockedCount);
    }

    /** Workers not idle (an estimate). */
    public int getActiveThreadCount() {
        return Math.max(0, workerCount - idleCount);
    }

    /** Whether every worker is idle and nothing is queued. */
    public boolean isQuiescent() {
        synchronized (this) {
            return isQuiescentLocked();
        }
    }

    private boolean isQuiescentLocked() {
        return idleCount == workerCount && !hasQueuedTasks();
    }

    /** The number of tasks stolen between workers (an estimate). */
    public long getStealCount() {
        return stealCount;
    }

    /** The number of tasks queued by workers (an estimate). */
    public long getQueuedTaskCount() {
        long n = 0;
        for (WorkQueue q : queues) {
            n += q.size();
        }
        return n;
    }

    /** The number of tasks submitted from outside and not yet started (an estimate). */
    public int getQueuedSubmissionCount() {
        return submissions.size();
    }

    /** Whether submissions wait. */
    public boolean hasQueuedSubmissions() {
        return !submissions.isEmpty();
    }

    /** Removes the queued submissions into {@code c}; how many. */
    protected int drainTasksTo(Collection<? super ForkJoinTask<?>> c) {
        int n = 0;
        for (ForkJoinTask<?> t : submissions.drain()) {
            c.add(t);
            n++;
        }
        for (WorkQueue q : queues) {
            for (ForkJoinTask<?> t : q.drain()) {
                c.add(t);
                n++;
            }
        }
        return n;
    }

    /** The identity string with the state and counts, as HotSpot prints it. */
    @Override
    public String toString() {
        int rs = runState;
        String level = rs == TERMINATED ? "Terminated" : rs >= SHUTDOWN ? "Shutting down" : "Running";
        int size = workerCount;
        return super.toString() + "[" + level + ", parallelism = " + parallelism + ", size = " + size
                + ", active = " + getActiveThreadCount() + ", running = " + getRunningThreadCount() + ", steals = "
                + stealCount + ", tasks = " + getQueuedTaskCount() + ", submissions = " + getQueuedSubmissionCount()
                + "]";
    }

    // ------------------------------------------------------------------ shutdown

    /** Marks the pool terminated and wakes everything waiting (the caller holds the pool's monitor). */
    private void terminate() {
        if (runState == TERMINATED) {
            return;
        }
        runState = TERMINATED;
        for (WorkQueue q : idleStack) {
            q.idle = false;
            final WorkQueue wq = q;
            synchronized (wq) {
                wq.signalled = true;
                wq.notify();
            }
        }
        idleStack.clear();
        idleCount = 0;
        wakeQuiescenceWaiters();
    }

    private void wakeQuiescenceWaiters() {
        synchronized (quiescence) {
            quiescenceEpoch++;
            quiescence.notifyAll();
        }
    }

    /** Accepts no new tasks; queued ones still run (no effect on the common pool). */
    @Override
    public void shutdown() {
        if (isCommon) {
            return;
        }
        synchronized (this) {
            if (runState == RUNNING) {
                runState = SHUTDOWN;
            }
            if (isQuiescentLocked()) {
                terminate();
            }
        }
    }

    /** Cancels queued tasks and interrupts the workers (no effect on the common pool). */
    @Override
    public List<Runnable> shutdownNow() {
        if (isCommon) {
            return java.util.Collections.emptyList();
        }
        ArrayList<ForkJoinTask<?>> dropped = new ArrayList<ForkJoinTask<?>>();
        synchronized (this) {
            if (runState < STOP) {
                runState = STOP;
            }
            dropped.addAll(submissions.drain());
            for (WorkQueue q : queues) {
                dropped.addAll(q.drain());
                if (q.owner != null) {
                    q.owner.interrupt();
                }
            }
            if (workerCount == idleCount || workerCount == 0) {
                terminate();
            }
        }
        for (ForkJoinTask<?> t : dropped) {
            t.cancel(false);
        }
        return java.util.Collections.emptyList();
    }

    @Override
    public boolean isShutdown() {
        return runState >= SHUTDOWN;
    }

    @Override
    public boolean isTerminated() {
        return runState == TERMINATED;
    }

    /** Whether shut down but not yet terminated. */
    public boolean isTerminating() {
        int rs = runState;
        return rs >= SHUTDOWN && rs < TERMINATED;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (isCommon) {
            awaitQuiescence(timeout, unit);
            return false;
        }
        long deadline = Waits.deadline(unit.toNanos(timeout));
        for (;;) {
            long epoch = quiescenceEpoch();
            synchronized (this) {
                if (runState == TERMINATED) {
                    return true;
                }
                if (runState == STOP && workerCount == idleCount) {
                    terminate();
                    return true;
                }
            }
            if (!awaitQuiescenceChange(epoch, deadline)) {
                return false;
            }
        }
    }

    /** Waits until the pool is quiescent (a worker caller helps run tasks); whether it became so in time. */
    public boolean awaitQuiescence(long timeout, TimeUnit unit) {
        Thread t = Thread.currentThread();
        if (t instanceof ForkJoinWorkerThread && ((ForkJoinWorkerThread) t).pool == this) {
            helpQuiesce((ForkJoinWorkerThread) t);
            return true;
        }
        long deadline = Waits.deadline(unit.toNanos(timeout));
        try {
            for (;;) {
                long epoch = quiescenceEpoch();
                if (isQuiescent()) {
                    return true;
                }
                if (!awaitQuiescenceChange(epoch, deadline)) {
                    return false;
                }
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private long quiescenceEpoch() {
        synchronized (quiescence) {
            return quiescenceEpoch;
        }
    }

    /**
     * Waits until a worker went idle or ended, or the pool terminated, since {@code epoch} was read; false at the
     * deadline. Never holds the pool's monitor, whose holders notify here (lock order pool then quiescence).
     */
    private boolean awaitQuiescenceChange(long epoch, long deadline) throws InterruptedException {
        synchronized (quiescence) {
            while (quiescenceEpoch == epoch) {
                long left = Waits.left(deadline);
                if (left <= 0) {
                    return false;
                }
                Waits.waitNanos(quiescence, left);
            }
            return true;
        }
    }

    /** Runs {@code blocker} until it is releasable. */
    public static void managedBlock(ManagedBlocker blocker) throws InterruptedException {
        if (blocker == null) {
            throw new NullPointerException();
        }
        while (!blocker.isReleasable()) {
            if (blocker.block()) {
                break;
            }
        }
    }
}
