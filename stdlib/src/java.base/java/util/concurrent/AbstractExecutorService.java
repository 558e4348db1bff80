package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code submit}, {@code invokeAll} and {@code invokeAny} methods of {@link ExecutorService} built on
 * {@link #execute} and the {@link RunnableFuture}s that {@link #newTaskFor} makes.
 */
public abstract class AbstractExecutorService implements ExecutorService {
    /** For subclasses. */
    public AbstractExecutorService() {
    }

    /** The future that runs {@code runnable} and gives {@code value}. */
    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new FutureTask<T>(runnable, value);
    }

    /** The future that runs {@code callable}. */
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new FutureTask<T>(callable);
    }

    @Override
    public Future<?> submit(Runnable task) {
        if (task == null) {
            throw new NullPointerException();
        }
        RunnableFuture<Void> f = newTaskFor(task, null);
        execute(f);
        return f;
    }

    @Override
    public <T> Future<T> submit(Runnable task, T result) {
        if (task == null) {
            throw new NullPointerException();
        }
        RunnableFuture<T> f = newTaskFor(task, result);
        execute(f);
        return f;
    }

    @Override
    public <T> Future<T> submit(Callable<T> task) {
        if (task == null) {
            throw new NullPointerException();
        }
        RunnableFuture<T> f = newTaskFor(task);
        execute(f);
        return f;
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        if (tasks == null) {
            throw new NullPointerException();
        }
        ArrayList<Future<T>> futures = new ArrayList<Future<T>>(tasks.size());
        boolean done = false;
        try {
            for (Callable<T> t : tasks) {
                RunnableFuture<T> f = newTaskFor(t);
                futures.add(f);
                execute(f);
            }
            for (Future<T> f : futures) {
                if (!f.isDone()) {
                    try {
                        f.get();
                    } catch (CancellationException | ExecutionException ignore) {
                        // the future records the outcome; invokeAll only waits
                    }
                }
            }
            done = true;
            return futures;
        } finally {
            if (!done) {
                cancelAll(futures);
            }
        }
    }

    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        if (tasks == null || unit == null) {
            throw new NullPointerException();
        }
        long deadline = Waits.deadline(unit.toNanos(timeout));
        ArrayList<Future<T>> futures = new ArrayList<Future<T>>(tasks.size());
        boolean done = false;
        try {
            for (Callable<T> t : tasks) {
                futures.add(newTaskFor(t));
            }
            for (Future<T> f : futures) {
                if (Waits.left(deadline) <= 0) {
                    return futures;
                }
                execute((Runnable) f);
            }
            for (Future<T> f : futures) {
                if (!f.isDone()) {
                    long left = Waits.left(deadline);
                    if (left <= 0) {
                        return futures;
                    }
                    try {
                        f.get(left, TimeUnit.NANOSECONDS);
                    } catch (CancellationException | ExecutionException ignore) {
                        // recorded in the future
                    } catch (TimeoutException toe) {
                        return futures;
                    }
                }
            }
            done = true;
            return futures;
        } finally {
            if (!done) {
                cancelAll(futures);
            }
        }
    }

    private static <T> void cancelAll(List<Future<T>> futures) {
        for (Future<T> f : futures) {
            f.cancel(true);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        try {
            return doInvokeAny(tasks, false, 0);
        } catch (TimeoutException cannotHappen) {
            throw new IllegalStateException(cannotHappen);
        }
    }

    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (unit == null) {
            throw new NullPointerException();
        }
        return doInvokeAny(tasks, true, unit.toNanos(timeout));
    }

    /** Submits the tasks one by one (the next only while none has finished) and returns the first success. */
    private <T> T doInvokeAny(Collection<? extends Callable<T>> tasks, boolean timed, long nanos)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (tasks == null) {
            throw new NullPointerException();
        }
        int n = tasks.size();
        if (n == 0) {
            throw new IllegalArgumentException();
        }
        ArrayList<Future<T>> futures = new ArrayList<Future<T>>(n);
        ExecutorCompletionService<T> ecs = new ExecutorCompletionService<T>(this);
        long deadline = timed ? Waits.deadline(nanos) : 0L;
        try {
            ExecutionException ee = null;
            Iterator<? extends Callable<T>> it = tasks.iterator();
            futures.add(ecs.submit(it.next()));
            int left = n - 1;
            int active = 1;
            for (;;) {
                Future<T> f = ecs.poll();
                if (f == null) {
                    if (left > 0) {
                        left--;
                        futures.add(ecs.submit(it.next()));
                        active++;
                    } else if (active == 0) {
                        break;
                    } else if (timed) {
                        f = ecs.poll(Waits.left(deadline), TimeUnit.NANOSECONDS);
                        if (f == null) {
                            throw new TimeoutException();
                        }
                    } else {
                        f = ecs.take();
                    }
                }
                if (f != null) {
                    active--;
                    try {
                        return f.get();
                    } catch (ExecutionException eex) {
                        ee = eex;
                    } catch (RuntimeException rex) {
                        ee = new ExecutionException(rex);
                    }
                }
            }
            if (ee == null) {
                ee = new ExecutionException((Throwable) null);
            }
            throw ee;
        } finally {
            cancelAll(futures);
        }
    }
}
