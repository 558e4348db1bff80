package java.util.concurrent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * An executor service running tasks on a pool of threads: up to {@code corePoolSize} threads are started for new
 * tasks, then tasks wait in the work queue, and when the queue refuses one, threads are added up to
 * {@code maximumPoolSize}; beyond that the rejection handler decides. Threads above the core size (or all, with
 * {@link #allowCoreThreadTimeOut}) end after {@code keepAliveTime} without work.
 *
 * <p>Cortado's pool keeps its bookkeeping (run state, worker set and count) under the pool's monitor and never
 * blocks while holding it: workers wait in the work queue's own blocking methods. Shutdown interrupts only idle
 * workers (a worker's {@code busy} flag changes under the worker's monitor, as does the idle interrupt), so
 * running tasks are never interrupted except by {@link #shutdownNow}; a worker clears a stale interrupt before
 * each task unless the pool is stopping. A worker that ends while the pool shuts down wakes one idle worker, so
 * termination propagates through the pool.
 */
public class ThreadPoolExecutor extends AbstractExecutorService {
    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int STOP = 2;
    private static final int TIDYING = 3;
    private static final int TERMINATED = 4;

    private volatile int runState;
    private final BlockingQueue<Runnable> workQueue;
    private final HashSet<Worker> workers = new HashSet<Worker>();
    /** Workers that have not yet decided to exit (guarded by this). */
    private int workerCount;
    private int largestPoolSize;
    private long completedTaskCount;

    private volatile ThreadFactory threadFactory;
    private volatile RejectedExecutionHandler handler;
    private volatile long keepAliveTime;
    private volatile boolean allowCoreThreadTimeOut;
    private volatile int corePoolSize;
    private volatile int maximumPoolSize;

    private static final RejectedExecutionHandler defaultHandler = new AbortPolicy();

    /** One pool thread and the task it starts with. */
    private final class Worker implements Runnable {
        final Thread thread;
        Runnable firstTask;
        /** Whether it runs a task now (guarded by this worker's monitor). */
        boolean busy;
        volatile long completedTasks;

        Worker(Runnable firstTask) {
            this.firstTask = firstTask;
            this.thread = getThreadFactory().newThread(this);
        }

        @Override
        public void run() {
            runWorker(this);
        }

        /** Interrupts the thread if it waits for work. */
        void interruptIfIdle() {
            synchronized (this) {
                if (!busy && !thread.isInterrupted()) {
                    thread.interrupt();
                }
            }
        }
    }

    /** A pool with the default thread factory and rejection handler (AbortPolicy). */
    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                defaultHandler);
    }

    /** A pool with the given thread factory and the default rejection handler. */
    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, defaultHandler);
    }

    /** A pool with the default thread factory and the given rejection handler. */
    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler) {
        this(corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, Executors.defaultThreadFactory(),
                handler);
    }

    /** A pool with every parameter given. */
    public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit,
            BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectedExecutionHandler handler) {
        if (corePoolSize < 0 || maximumPoolSize <= 0 || maximumPoolSize < corePoolSize || keepAliveTime < 0) {
            throw new IllegalArgumentException();
        }
        if (workQueue == null || threadFactory == null || handler == null) {
            throw new NullPointerException();
        }
        this.corePoolSize = corePoolSize;
        this.maximumPoolSize = maximumPoolSize;
        this.workQueue = workQueue;
        this.keepAliveTime = unit.toNanos(keepAliveTime);
        this.threadFactory = threadFactory;
        this.handler = handler;
    }

    // ------------------------------------------------------------------ running tasks

    @Override
    public void execute(Runnable command) {
        if (command == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (runState == RUNNING && workerCount < corePoolSize && addWorker(command)) {
                return;
            }
        }
        if (runState == RUNNING && workQueue.offer(command)) {
            boolean reject = false;
            synchronized (this) {
                if (runState != RUNNING && workQueue.remove(command)) {
                    reject = true;
                } else if (workerCount == 0) {
                    addWorker(null);
                }
            }
            if (reject) {
                reject(command);
            }
            return;
        }
        synchronized (this) {
            if (runState == RUNNING && workerCount < maximumPoolSize && addWorker(command)) {
                return;
            }
        }
        reject(command);
    }

    /**
     * Starts a worker (the caller holds this monitor); false if the factory gave no thread, or if the pool is
     * shutting down and the worker would have nothing to do (a first task, or an empty queue).
     */
    private boolean addWorker(Runnable firstTask) {
        int rs = runState;
        if (rs >= SHUTDOWN && (rs >= STOP || firstTask != null || workQueue.isEmpty())) {
            return false;
        }
        Worker w = new Worker(firstTask);
        Thread t = w.thread;
        if (t == null) {
            return false;
        }
        workers.add(w);
        workerCount++;
        if (workers.size() > largestPoolSize) {
            largestPoolSize = workers.size();
        }
        boolean started = false;
        try {
            t.start();
            started = true;
        } finally {
            if (!started) {
                workers.remove(w);
                workerCount--;
            }
        }
        return true;
    }

    final void reject(Runnable command) {
        handler.rejectedExecution(command, this);
    }

    private void runWorker(Worker w) {
        Thread wt = Thread.currentThread();
        Runnable task = w.firstTask;
        w.firstTask = null;
        boolean abrupt = true;
        try {
            while (task != null || (task = getTask()) != null) {
                synchronized (w) {
                    w.busy = true;
                }
                // A stopping pool interrupts its tasks; otherwise no interrupt meant for an idle worker leaks in.
                if (runState >= STOP) {
                    if (!wt.isInterrupted()) {
                        wt.interrupt();
                    }
                } else if (Thread.interrupted() && runState >= STOP) {
                    wt.interrupt();
                }
                try {
                    beforeExecute(wt, task);
                    try {
                        task.run();
                        afterExecute(task, null);
                    } catch (Throwable ex) {
                        afterExecute(task, ex);
                        throw ex;
                    }
                } finally {
                    task = null;
                    w.completedTasks++;
                    synchronized (w) {
                        w.busy = false;
                    }
                }
            }
            abrupt = false;
        } finally {
            workerExit(w, abrupt);
        }
    }

    /** The next task for a worker, or null when it should exit (its count is then already taken off). */
    private Runnable getTask() {
        boolean timedOut = false;
        for (;;) {
            boolean timed;
            synchronized (this) {
                int rs = runState;
                if (rs >= SHUTDOWN && (rs >= STOP || workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
                timed = allowCoreThreadTimeOut || workerCount > corePoolSize;
                if ((workerCount > maximumPoolSize || (timed && timedOut))
                        && (workerCount > 1 || workQueue.isEmpty())) {
                    workerCount--;
                    return null;
                }
            }
            try {
                Runnable r = timed ? workQueue.poll(keepAliveTime, TimeUnit.NANOSECONDS) : workQueue.take();
                if (r != null) {
                    return r;
                }
                timedOut = true;
            } catch (InterruptedException retry) {
                timedOut = false;
            }
        }
    }

    private void workerExit(Worker w, boolean abrupt) {
        synchronized (this) {
            if (abrupt) {
                workerCount--;
            }
            completedTaskCount += w.completedTasks;
            workers.remove(w);
        }
        tryTerminate();
        synchronized (this) {
            if (runState < STOP) {
                if (!abrupt) {
                    int min = allowCoreThreadTimeOut ? 0 : corePoolSize;
                    if (min == 0 && !workQueue.isEmpty()) {
                        min = 1;
                    }
                    if (workerCount >= min) {
                        return;
                    }
                }
                addWorker(null);
            }
        }
    }

    /** Terminates when shut down with no queued tasks and no workers; else wakes one idle worker to go on. */
    final void tryTerminate() {
        synchronized (this) {
            int rs = runState;
            if (rs == RUNNING || rs >= TIDYING || (rs == SHUTDOWN && !workQueue.isEmpty())) {
                return;
            }
            if (workerCount != 0) {
                for (Worker w : workers) {
                    w.interruptIfIdle();
                    break;
                }
                return;
            }
            runState = TIDYING;
        }
        try {
            terminated();
        } finally {
            synchronized (this) {
                runState = TERMINATED;
                notifyAll();
            }
        }
    }

    // ------------------------------------------------------------------ shutdown

    @Override
    public void shutdown() {
        synchronized (this) {
            if (runState < SHUTDOWN) {
                runState = SHUTDOWN;
            }
            for (Worker w : workers) {
                w.interruptIfIdle();
            }
        }
        onShutdown();
        tryTerminate();
    }

    /** Called by {@link #shutdown}, for subclasses. */
    void onShutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        ArrayList<Runnable> tasks = new ArrayList<Runnable>();
        synchronized (this) {
            if (runState < STOP) {
                runState = STOP;
            }
            for (Worker w : workers) {
                w.thread.interrupt();
            }
            workQueue.drainTo(tasks);
            if (!workQueue.isEmpty()) {
                for (Object r : workQueue.toArray()) {
                    if (workQueue.remove(r)) {
                        tasks.add((Runnable) r);
                    }
                }
            }
        }
        tryTerminate();
        return tasks;
    }

    @Override
    public boolean isShutdown() {
        return runState >= SHUTDOWN;
    }

    /** Whether {@link #shutdownNow} stopped the pool. */
    final boolean isStopped() {
        return runState >= STOP;
    }

    /** Starts a core thread if fewer run, or one thread when the core size is 0 and none runs. */
    final void ensurePrestart() {
        synchronized (this) {
            if (runState >= STOP) {
                return;
            }
            if (workerCount < corePoolSize) {
                addWorker(null);
            } else if (workerCount == 0) {
                addWorker(null);
            }
        }
    }

    /** Whether shut down but not yet terminated. */
    public boolean isTerminating() {
        int rs = runState;
        return rs >= SHUTDOWN && rs < TERMINATED;
    }

    @Override
    public boolean isTerminated() {
        return runState == TERMINATED;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Waits.deadline(unit.toNanos(timeout));
        synchronized (this) {
            while (runState != TERMINATED) {
                long left = Waits.left(deadline);
                if (left <= 0) {
                    return false;
                }
                Waits.waitNanos(this, left);
            }
            return true;
        }
    }

    // ------------------------------------------------------------------ configuration

    /** Sets the factory for new threads. */
    public void setThreadFactory(ThreadFactory threadFactory) {
        if (threadFactory == null) {
            throw new NullPointerException();
        }
        this.threadFactory = threadFactory;
    }

    /** The factory for new threads. */
    public ThreadFactory getThreadFactory() {
        return threadFactory;
    }

    /** Sets the handler of rejected tasks. */
    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {
        if (handler == null) {
            throw new NullPointerException();
        }
        this.handler = handler;
    }

    /** The handler of rejected tasks. */
    public RejectedExecutionHandler getRejectedExecutionHandler() {
        return handler;
    }

    /** Sets the core size; extra idle threads end, and new ones start for queued tasks. */
    public void setCorePoolSize(int corePoolSize) {
        if (corePoolSize < 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            int delta = corePoolSize - this.corePoolSize;
            this.corePoolSize = corePoolSize;
            if (workerCount > corePoolSize) {
                for (Worker w : workers) {
                    w.interruptIfIdle();
                }
            } else if (delta > 0) {
                int k = Math.min(delta, workQueue.size());
                while (k-- > 0 && workerCount < corePoolSize && runState == RUNNING) {
                    addWorker(null);
                }
            }
        }
    }

    /** The core size. */
    public int getCorePoolSize() {
        return corePoolSize;
    }

    /** Starts one core thread if fewer run; whether one started. */
    public boolean prestartCoreThread() {
        synchronized (this) {
            return runState == RUNNING && workerCount < corePoolSize && addWorker(null);
        }
    }

    /** Starts every missing core thread; how many started. */
    public int prestartAllCoreThreads() {
        int n = 0;
        while (prestartCoreThread()) {
            n++;
        }
        return n;
    }

    /** Whether core threads end when idle too. */
    public boolean allowsCoreThreadTimeOut() {
        return allowCoreThreadTimeOut;
    }

    /** Lets core threads end when idle for the keep-alive time. */
    public void allowCoreThreadTimeOut(boolean value) {
        if (value && keepAliveTime <= 0) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        synchronized (this) {
            if (value != allowCoreThreadTimeOut) {
                allowCoreThreadTimeOut = value;
                if (value) {
                    for (Worker w : workers) {
                        w.interruptIfIdle();
                    }
                }
            }
        }
    }

    /** Sets the maximum size. */
    public void setMaximumPoolSize(int maximumPoolSize) {
        if (maximumPoolSize <= 0 || maximumPoolSize < corePoolSize) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            this.maximumPoolSize = maximumPoolSize;
            if (workerCount > maximumPoolSize) {
                for (Worker w : workers) {
                    w.interruptIfIdle();
                }
            }
        }
    }

    /** The maximum size. */
    public int getMaximumPoolSize() {
        return maximumPoolSize;
    }

    /** Sets how long threads above the core size may stay idle. */
    public void setKeepAliveTime(long time, TimeUnit unit) {
        if (time < 0) {
            throw new IllegalArgumentException();
        }
        if (time == 0 && allowsCoreThreadTimeOut()) {
            throw new IllegalArgumentException("Core threads must have nonzero keep alive times");
        }
        long nanos = unit.toNanos(time);
        long delta = nanos - keepAliveTime;
        keepAliveTime = nanos;
        if (delta < 0) {
            synchronized (this) {
                for (Worker w : workers) {
                    w.interruptIfIdle();
                }
            }
        }
    }

    /** The keep-alive time in {@code unit}. */
    public long getKeepAliveTime(TimeUnit unit) {
        return unit.convert(keepAliveTime, TimeUnit.NANOSECONDS);
    }

    /** The work queue (for monitoring and debugging). */
    public BlockingQueue<Runnable> getQueue() {
        return workQueue;
    }

    /** Removes a queued task that has not started; whether it was removed. */
    public boolean remove(Runnable task) {
        boolean removed = workQueue.remove(task);
        tryTerminate();
        return removed;
    }

    /** Removes every cancelled future from the queue. */
    public void purge() {
        for (Object r : workQueue.toArray()) {
            if (r instanceof Future<?> && ((Future<?>) r).isCancelled()) {
                workQueue.remove(r);
            }
        }
        tryTerminate();
    }

    // ------------------------------------------------------------------ statistics

    /** The number of threads in the pool. */
    public int getPoolSize() {
        synchronized (this) {
            return runState >= TIDYING ? 0 : workers.size();
        }
    }

    /** The number of threads running tasks. */
    public int getActiveCount() {
        synchronized (this) {
            int n = 0;
            for (Worker w : workers) {
                synchronized (w) {
                    if (w.busy) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    /** The most threads the pool ever had at once. */
    public int getLargestPoolSize() {
        synchronized (this) {
            return largestPoolSize;
        }
    }

    /** The number of tasks ever scheduled (approximate). */
    public long getTaskCount() {
        synchronized (this) {
            long n = completedTaskCount;
            for (Worker w : workers) {
                n += w.completedTasks;
                synchronized (w) {
                    if (w.busy) {
                        n++;
                    }
                }
            }
            return n + workQueue.size();
        }
    }

    /** The number of tasks completed (approximate). */
    public long getCompletedTaskCount() {
        synchronized (this) {
            long n = completedTaskCount;
            for (Worker w : workers) {
                n += w.completedTasks;
            }
            return n;
        }
    }

    /** The identity string with the state and counts, as HotSpot prints it. */
    @Override
    public String toString() {
        long ncompleted;
        int nworkers;
        int nactive;
        synchronized (this) {
            ncompleted = completedTaskCount;
            nactive = 0;
            nworkers = workers.size();
            for (Worker w : workers) {
                ncompleted += w.completedTasks;
                synchronized (w) {
                    if (w.busy) {
                        nactive++;
                    }
                }
            }
        }
        int rs = runState;
        String state = rs < SHUTDOWN ? "Running" : rs == TERMINATED ? "Terminated" : "Shutting down";
        return super.toString() + "[" + state + ", pool size = " + nworkers + ", active threads = " + nactive
                + ", queued tasks = " + workQueue.size() + ", completed tasks = " + ncompleted + "]";
    }

    // ------------------------------------------------------------------ hooks

    /** Called in the worker thread before each task; nothing by default. */
    protected void beforeExecute(Thread t, Runnable r) {
    }

    /** Called in the worker thread after each task, with what it threw (or null); nothing by default. */
    protected void afterExecute(Runnable r, Throwable t) {
    }

    /** Called once when the pool has terminated; nothing by default. */
    protected void terminated() {
    }

    // ------------------------------------------------------------------ rejection policies

    /** Runs the rejected task in the caller's thread, unless the pool is shut down. */
    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        /** The policy. */
        public CallerRunsPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                r.run();
            }
        }
    }

    /** Throws RejectedExecutionException (the default). */
    public static class AbortPolicy implements RejectedExecutionHandler {
        /** The policy. */
        public AbortPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            throw new RejectedExecutionException("Task " + r.toString() + " rejected from " + e.toString());
        }
    }

    /** Drops the rejected task silently. */
    public static class DiscardPolicy implements RejectedExecutionHandler {
        /** The policy. */
        public DiscardPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
        }
    }

    /** Drops the oldest queued task and retries, unless the pool is shut down. */
    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        /** The policy. */
        public DiscardOldestPolicy() {
        }

        @Override
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {
            if (!e.isShutdown()) {
                e.getQueue().poll();
                e.execute(r);
            }
        }
    }
}
