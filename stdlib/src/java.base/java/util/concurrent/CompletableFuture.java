package java.util.concurrent;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A future that can be completed explicitly and runs dependent actions when it completes.
 *
 * <p>Cortado's design: the result is a volatile field set once under the future's monitor (null while
 * incomplete; an {@code AltResult} stands for a null value or an exception), and the dependents wait in a
 * stack of {@link Completion}s, also guarded by the monitor. Completing pops and fires them newest first; a
 * dependent that completes hands back its own dependents, which are fired next when it has only one and
 * otherwise moved onto the first future's stack, so dependents fire in the same order as on HotSpot. A
 * dependent of two sources sits on both stacks and fires once (a claim flag decides). Exceptions follow the
 * documented encoding: a function that throws completes its stage with a {@link CompletionException} wrapping
 * the exception, propagation wraps once, {@code completeExceptionally} stores the exception as given; {@code join}
 * throws the CompletionException, {@code get} an ExecutionException with the underlying cause.
 *
 * <p>The default executor is the common pool when its parallelism is above one, else a new thread per task (as
 * on HotSpot).
 */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    /** The result: null while incomplete, an AltResult for null or an exception, else the value. */
    volatile Object result;
    /** Dependents to fire on completion (guarded by this). */
    private Completion stack;
    /** Whether a thread waits in get/join (guarded by this). */
    private boolean waiters;

    /** Stands for a null result or an exception. */
    static final class AltResult {
        final Throwable ex;

        AltResult(Throwable ex) {
            this.ex = ex;
        }
    }

    static final AltResult NIL = new AltResult(null);

    private static final boolean USE_COMMON_POOL = ForkJoinPool.getCommonPoolParallelism() > 1;

    /** Runs each task on a new thread (the default executor when the common pool has a single worker). */
    static final class ThreadPerTaskExecutor implements Executor {
        @Override
        public void execute(Runnable r) {
            if (r == null) {
                throw new NullPointerException();
            }
            new Thread(r).start();
        }
    }

    private static final Executor ASYNC_POOL = USE_COMMON_POOL ? ForkJoinPool.commonPool()
            : new ThreadPerTaskExecutor();

    static final int SYNC = 0;
    static final int ASYNC = 1;
    static final int NESTED = -1;

    /** An incomplete future. */
    public CompletableFuture() {
    }

    private CompletableFuture(Object r) {
        this.result = r;
    }

    // ------------------------------------------------------------------ result encoding

    static Object encodeValue(Object v) {
        return v == null ? NIL : v;
    }

    /** A function's exception, wrapped unless it already is a CompletionException. */
    static AltResult encodeThrowable(Throwable x) {
        return new AltResult(x instanceof CompletionException ? x : new CompletionException(x));
    }

    /** The exception {@code x} of source result {@code r}, reusing {@code r} when it is already wrapped. */
    static Object encodeThrowable(Throwable x, Object r) {
        if (!(x instanceof CompletionException)) {
            return new AltResult(new CompletionException(x));
        }
        if (r instanceof AltResult && x == ((AltResult) r).ex) {
            return r;
        }
        return new AltResult(x);
    }

    /** A source's result as relayed to a dependent: its exception wrapped once. */
    static Object encodeRelay(Object r) {
        Throwable x;
        if (r instanceof AltResult && (x = ((AltResult) r).ex) != null && !(x instanceof CompletionException)) {
            return new AltResult(new CompletionException(x));
        }
        return r;
    }

    /** Sets the result if none is set yet, waking waiters; dependents are not fired here. */
    final boolean completeRaw(Object r) {
        synchronized (this) {
            if (result != null) {
                return false;
            }
            result = r;
            if (waiters) {
                waiters = false;
                notifyAll();
            }
            return true;
        }
    }

    final boolean completeValue(T t) {
        return completeRaw(encodeValue(t));
    }

    final boolean completeThrowable(Throwable x) {
        return completeRaw(encodeThrowable(x));
    }

    final boolean completeThrowable(Throwable x, Object r) {
        return completeRaw(encodeThrowable(x, r));
    }

    static Throwable exceptionOf(Object r) {
        return r instanceof AltResult ? ((AltResult) r).ex : null;
    }

    @SuppressWarnings("unchecked")
    static <T> T valueOf(Object r) {
        return r instanceof AltResult ? null : (T) r;
    }

    // ------------------------------------------------------------------ dependents

    /** A dependent action waiting in one or two sources' stacks. */
    abstract static class Completion implements Runnable {
        Completion next;

        /**
         * Runs the action if its sources are ready (mode SYNC or NESTED claims it first; ASYNC is the executor
         * running a claimed action). Returns the dependent future when mode is NESTED and it has dependents of
         * its own to fire, else null.
         */
        abstract CompletableFuture<?> tryFire(int mode);

        /** Whether it may still fire. */
        abstract boolean isLive();

        @Override
        public final void run() {
            tryFire(ASYNC);
        }
    }

    /** Pushes {@code c} unless complete; fires it now if complete. */
    final void unipush(Completion c) {
        synchronized (this) {
            if (result == null) {
                c.next = stack;
                stack = c;
                return;
            }
        }
        c.tryFire(SYNC);
    }

    /** Pushes {@code c} unless complete; whether it was pushed. */
    final boolean pushIfIncomplete(Completion c) {
        synchronized (this) {
            if (result == null) {
                c.next = stack;
                stack = c;
                return true;
            }
            return false;
        }
    }

    /** Fires the dependents of this future, and of those that complete as a result. */
    final void postComplete() {
        CompletableFuture<?> f = this;
        for (;;) {
            Completion h;
            boolean more;
            synchronized (f) {
                h = f.stack;
                if (h != null) {
                    f.stack = h.next;
                    h.next = null;
                }
                more = f.stack != null;
            }
            if (h == null) {
                if (f == this) {
                    return;
                }
                f = this;
                continue;
            }
            if (more && f != this) {
                synchronized (this) {
                    h.next = stack;
                    stack = h;
                }
                continue;
            }
            CompletableFuture<?> d = h.tryFire(NESTED);
            f = d == null ? this : d;
        }
    }

    /** After a dependent completed: hand its dependents to the caller (NESTED) or fire them. */
    final CompletableFuture<T> postFire(int mode) {
        if (result != null && hasStack()) {
            if (mode < 0) {
                return this;
            }
            postComplete();
        }
        return null;
    }

    private boolean hasStack() {
        synchronized (this) {
            return stack != null;
        }
    }

    /** The kinds of single-source dependents. */
    static final int APPLY = 0;
    static final int ACCEPT = 1;
    static final int RUN = 2;
    static final int WHEN = 3;
    static final int HANDLE = 4;
    static final int EXCEPTIONALLY = 5;
    static final int COMPOSE = 6;
    static final int RELAY = 7;
    static final int EXCEPTIONALLY_COMPOSE = 8;
    /** Kinds of two-source dependents. */
    static final int BOTH_APPLY = 10;
    static final int BOTH_ACCEPT = 11;
    static final int BOTH_RUN = 12;
    static final int EITHER_APPLY = 20;
    static final int EITHER_ACCEPT = 21;
    static final int EITHER_RUN = 22;
    static final int EITHER_RELAY = 23;

    /** A dependent of one source ({@code snd} null) or two ({@code both} or either kinds). */
    static final class Dep extends Completion {
        Executor executor;
        final CompletableFuture<Object> dep;
        final CompletableFuture<?> src;
        final CompletableFuture<?> snd;
        final int kind;
        final Object fn;
        private boolean claimed;

        @SuppressWarnings("unchecked")
        Dep(Executor executor, CompletableFuture<?> dep, CompletableFuture<?> src, CompletableFuture<?> snd,
                int kind, Object fn) {
            this.executor = executor;
            this.dep = (CompletableFuture<Object>) dep;
            this.src = src;
            this.snd = snd;
            this.kind = kind;
            this.fn = fn;
        }

        /** Claims the action for running; hands it to the executor instead when there is one. */
        private boolean claim() {
            synchronized (this) {
                if (claimed) {
                    return false;
                }
                claimed = true;
            }
            Executor e = executor;
            if (e == null) {
                return true;
            }
            executor = null;
            e.execute(this);
            return false;
        }

        @Override
        boolean isLive() {
            synchronized (this) {
                return !claimed && dep.result == null;
            }
        }

        @Override
        CompletableFuture<?> tryFire(int mode) {
            CompletableFuture<Object> d = dep;
            if (d.result != null) {
                return null;
            }
            Object r;
            Object s = null;
            if (kind >= EITHER_APPLY) {
                r = src.result;
                if (r == null) {
                    r = snd.result;
                }
                if (r == null) {
                    return null;
                }
            } else if (kind >= BOTH_APPLY) {
                r = src.result;
                s = snd.result;
                if (r == null || s == null) {
                    return null;
                }
            } else {
                r = src.result;
                if (r == null) {
                    return null;
                }
            }
            try {
                fire(mode, r, s);
            } catch (Throwable ex) {
                d.completeThrowable(ex);
            }
            return d.postFire(mode);
        }

        @SuppressWarnings("unchecked")
        private void fire(int mode, Object r, Object s) throws Throwable {
            CompletableFuture<Object> d = dep;
            Throwable x = exceptionOf(r);
            switch (kind) {
                case WHEN: {
                    if (mode <= 0 && !claim()) {
                        return;
                    }
                    Throwable z = x;
                    try {
                        ((BiConsumer<Object, Throwable>) fn).accept(valueOf(r), x);
                    } catch (Throwable ex) {
                        if (z == null) {
                            z = ex;
                        } else if (z != ex) {
                            z.addSuppressed(ex);
                        }
                    }
                    if (z == null) {
                        d.completeRaw(r);
                    } else {
                        d.completeThrowable(z, r);
                    }
                    return;
                }
                case HANDLE:
                    if (mode <= 0 && !claim()) {
                        return;
                    }
                    d.completeRaw(encodeValue(((BiFunction<Object, Throwable, Object>) fn).apply(valueOf(r), x)));
                    return;
                case EXCEPTIONALLY:
                    if (x == null) {
                        d.completeRaw(r);
                        return;
                    }
                    if (mode <= 0 && !claim()) {
                        return;
                    }
                    d.completeRaw(encodeValue(((Function<Throwable, Object>) fn).apply(x)));
                    return;
                case EXCEPTIONALLY_COMPOSE: {
                    if (x == null) {
                        d.completeRaw(r);
                        return;
                    }
                    if (mode <= 0 && !claim()) {
                        return;
                    }
                    CompletableFuture<Object> g = ((Function<Throwable, CompletionStage<Object>>) fn).apply(x)
                            .toCompletableFuture();
                    relayFrom(g, d);
                    return;
                }
                case RELAY:
                    d.completeRaw(encodeRelay(r));
                    return;
                case EITHER_RELAY:
                    d.completeRaw(encodeRelay(r));
                    return;
                default:
                    break;
            }
            // The remaining kinds need normal results: an exception propagates without running the action.
            if (x != null) {
                d.completeThrowable(x, r);
                return;
            }
            Throwable y = exceptionOf(s);
            if (y != null) {
                d.completeThrowable(y, s);
                return;
            }
            if (mode <= 0 && !claim()) {
                return;
            }
            Object t = valueOf(r);
            Object u = valueOf(s);
            switch (kind) {
                case APPLY:
                case EITHER_APPLY:
                    d.completeRaw(encodeValue(((Function<Object, Object>) fn).apply(t)));
                    break;
                case ACCEPT:
                case EITHER_ACCEPT:
                    ((Consumer<Object>) fn).accept(t);
                    d.completeRaw(NIL);
                    break;
                case RUN:
                case BOTH_RUN:
                case EITHER_RUN:
                    ((Runnable) fn).run();
                    d.completeRaw(NIL);
                    break;
                case COMPOSE: {
                    CompletableFuture<Object> g = ((Function<Object, CompletionStage<Object>>) fn).apply(t)
                            .toCompletableFuture();
                    relayFrom(g, d);
                    break;
                }
                case BOTH_APPLY:
                    d.completeRaw(encodeValue(((BiFunction<Object, Object, Object>) fn).apply(t, u)));
                    break;
                case BOTH_ACCEPT:
                    ((BiConsumer<Object, Object>) fn).accept(t, u);
                    d.completeRaw(NIL);
                    break;
                default:
                    throw new IllegalStateException("completion kind " + kind);
            }
        }
    }

    /** Completes {@code d} as {@code g} completes (now, or later through a relay dependent). */
    static void relayFrom(CompletableFuture<Object> g, CompletableFuture<Object> d) {
        Object s = g.result;
        if (s != null) {
            d.completeRaw(encodeRelay(s));
        } else {
            g.unipush(new Dep(null, d, g, null, RELAY, null));
        }
    }

    /** Forwards firing from the second source's stack to the two-source dependent. */
    static final class CoCompletion extends Completion {
        final Dep base;

        CoCompletion(Dep base) {
            this.base = base;
        }

        @Override
        CompletableFuture<?> tryFire(int mode) {
            return base.tryFire(mode);
        }

        @Override
        boolean isLive() {
            return base.isLive();
        }
    }

    private static Executor screen(Executor e) {
        if (e == null) {
            throw new NullPointerException();
        }
        if (!USE_COMMON_POOL && e == ForkJoinPool.commonPool()) {
            return ASYNC_POOL;
        }
        return e;
    }

    private <V> CompletableFuture<V> uniStage(Executor e, int kind, Object fn) {
        if (fn == null) {
            throw new NullPointerException();
        }
        CompletableFuture<V> d = newIncompleteFuture();
        Dep c = new Dep(e, d, this, null, kind, fn);
        unipush(c);
        return d;
    }

    private <V> CompletableFuture<V> biStage(Executor e, CompletionStage<?> o, int kind, Object fn) {
        if (fn == null || o == null) {
            throw new NullPointerException();
        }
        CompletableFuture<?> b = o.toCompletableFuture();
        CompletableFuture<V> d = newIncompleteFuture();
        Dep c = new Dep(e, d, this, b, kind, fn);
        boolean pushedA = pushIfIncomplete(c);
        boolean pushedB = b.pushIfIncomplete(new CoCompletion(c));
        if (!pushedA || !pushedB) {
            c.tryFire(SYNC);
        }
        return d;
    }

    // ------------------------------------------------------------------ static factories

    /** A future completed by {@code supplier} run in the default executor. */
    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return asyncSupply(ASYNC_POOL, supplier);
    }

    /** A future completed by {@code supplier} run in {@code executor}. */
    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        return asyncSupply(screen(executor), supplier);
    }

    /** A future completed after {@code runnable} ran in the default executor. */
    public static CompletableFuture<Void> runAsync(Runnable runnable) {
        return asyncRun(ASYNC_POOL, runnable);
    }

    /** A future completed after {@code runnable} ran in {@code executor}. */
    public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {
        return asyncRun(screen(executor), runnable);
    }

    private static <U> CompletableFuture<U> asyncSupply(Executor e, Supplier<U> f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<U> d = new CompletableFuture<U>();
        e.execute(new AsyncJob(d, f));
        return d;
    }

    private static CompletableFuture<Void> asyncRun(Executor e, Runnable f) {
        if (f == null) {
            throw new NullPointerException();
        }
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        e.execute(new AsyncJob(d, f));
        return d;
    }

    /** Runs a supplier or runnable and completes the future with its outcome. */
    static final class AsyncJob implements Runnable {
        private CompletableFuture<?> dep;
        private Object fn;

        AsyncJob(CompletableFuture<?> dep, Object fn) {
            this.dep = dep;
            this.fn = fn;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void run() {
            CompletableFuture<Object> d = (CompletableFuture<Object>) dep;
            Object f = fn;
            if (d == null || f == null) {
                return;
            }
            dep = null;
            fn = null;
            if (d.result == null) {
                try {
                    if (f instanceof Supplier) {
                        d.completeValue(((Supplier<Object>) f).get());
                    } else {
                        ((Runnable) f).run();
                        d.completeRaw(NIL);
                    }
                } catch (Throwable ex) {
                    d.completeThrowable(ex);
                }
            }
            d.postComplete();
        }
    }

    /** A future already completed with {@code value}. */
    public static <U> CompletableFuture<U> completedFuture(U value) {
        return new CompletableFuture<U>(encodeValue(value));
    }

    /** A stage already completed with {@code value}. */
    public static <U> CompletionStage<U> completedStage(U value) {
        return completedFuture(value);
    }

    /** A future already completed with {@code ex}. */
    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        return new CompletableFuture<U>(new AltResult(ex));
    }

    /** A stage already completed with {@code ex}. */
    public static <U> CompletionStage<U> failedStage(Throwable ex) {
        return failedFuture(ex);
    }

    /** A future completed when all of {@code cfs} are; exceptional with the leftmost failure if any failed. */
    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Void> d = new CompletableFuture<Void>();
        int n = cfs.length;
        if (n == 0) {
            d.result = NIL;
            return d;
        }
        AllOf all = new AllOf(d, cfs);
        for (CompletableFuture<?> f : cfs) {
            if (f == null) {
                throw new NullPointerException();
            }
        }
        for (CompletableFuture<?> f : cfs) {
            f.unipush(new AllOfPart(all));
        }
        return d;
    }

    /** The shared state of an allOf: how many sources are still incomplete. */
    static final class AllOf {
        final CompletableFuture<Void> dep;
        final CompletableFuture<?>[] sources;
        private int remaining;

        AllOf(CompletableFuture<Void> dep, CompletableFuture<?>[] sources) {
            this.dep = dep;
            this.sources = sources;
            this.remaining = sources.length;
        }

        /** Counts one completion; true for the last. */
        synchronized boolean arrive() {
            return --remaining == 0;
        }

        void finish() {
            for (CompletableFuture<?> f : sources) {
                Object r = f.result;
                Throwable x = exceptionOf(r);
                if (x != null) {
                    dep.completeThrowable(x, r);
                    return;
                }
            }
            dep.completeRaw(NIL);
        }
    }

    /** One source's arrival at an allOf. */
    static final class AllOfPart extends Completion {
        private final AllOf all;
        private boolean fired;

        AllOfPart(AllOf all) {
            this.all = all;
        }

        @Override
        CompletableFuture<?> tryFire(int mode) {
            synchronized (this) {
                if (fired) {
                    return null;
                }
                fired = true;
            }
            if (!all.arrive()) {
                return null;
            }
            all.finish();
            return all.dep.postFire(mode);
        }

        @Override
        synchronized boolean isLive() {
            return !fired;
        }
    }

    /** A future completed as the first of {@code cfs} to complete (an already complete one, leftmost first). */
    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Object> d = new CompletableFuture<Object>();
        for (CompletableFuture<?> f : cfs) {
            Object r = f.result;
            if (r != null) {
                d.result = encodeRelay(r);
                return d;
            }
        }
        for (CompletableFuture<?> f : cfs) {
            f.unipush(new Dep(null, d, f, null, EITHER_RELAY_ONE, null));
            if (d.result != null) {
                break;
            }
        }
        return d;
    }

    /** anyOf's relay: a one-source relay that ignores the dependent being already complete. */
    static final int EITHER_RELAY_ONE = RELAY;

    // ------------------------------------------------------------------ Future

    @Override
    public boolean isDone() {
        return result != null;
    }

    private Object waitingGet(boolean interruptible) throws InterruptedException {
        Object r = result;
        if (r != null) {
            return r;
        }
        boolean interrupted = false;
        synchronized (this) {
            while ((r = result) == null) {
                waiters = true;
                try {
                    wait();
                } catch (InterruptedException ie) {
                    if (interruptible) {
                        throw ie;
                    }
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return r;
    }

    private Object timedGet(long nanos) throws InterruptedException, TimeoutException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Object r = result;
        if (r != null) {
            return r;
        }
        long deadline = Waits.deadline(nanos);
        synchronized (this) {
            while ((r = result) == null) {
                long left = Waits.left(deadline);
                if (left <= 0) {
                    throw new TimeoutException();
                }
                waiters = true;
                Waits.waitNanos(this, left);
            }
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private static <T> T reportGet(Object r) throws InterruptedException, ExecutionException {
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                throw (CancellationException) x;
            }
            Throwable cause;
            if (x instanceof CompletionException && (cause = x.getCause()) != null) {
                x = cause;
            }
            throw new ExecutionException(x);
        }
        return (T) r;
    }

    @SuppressWarnings("unchecked")
    private static <T> T reportJoin(Object r) {
        if (r instanceof AltResult) {
            Throwable x = ((AltResult) r).ex;
            if (x == null) {
                return null;
            }
            if (x instanceof CancellationException) {
                throw (CancellationException) x;
            }
            if (x instanceof CompletionException) {
                throw (CompletionException) x;
            }
            throw new CompletionException(x);
        }
        return (T) r;
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        Object r = result;
        if (r == null) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            r = waitingGet(true);
        }
        return reportGet(r);
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return reportGet(timedGet(unit.toNanos(timeout)));
    }

    /** Waits for the result; an exception is thrown as an unchecked CompletionException. */
    public T join() {
        Object r = result;
        if (r == null) {
            try {
                r = waitingGet(false);
            } catch (InterruptedException cannotHappen) {
                throw new IllegalStateException(cannotHappen);
            }
        }
        return reportJoin(r);
    }

    /** The result if complete (as {@link #join} reports it), else {@code valueIfAbsent}. */
    public T getNow(T valueIfAbsent) {
        Object r = result;
        return r == null ? valueIfAbsent : reportJoin(r);
    }

    /** Completes with {@code value} unless already complete; whether this call completed it. */
    public boolean complete(T value) {
        boolean triggered = completeValue(value);
        postComplete();
        return triggered;
    }

    /** Completes with {@code ex} unless already complete; whether this call completed it. */
    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        boolean triggered = completeRaw(new AltResult(ex));
        postComplete();
        return triggered;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = result == null && completeRaw(new AltResult(new CancellationException()));
        postComplete();
        return cancelled || isCancelled();
    }

    @Override
    public boolean isCancelled() {
        Object r = result;
        return r instanceof AltResult && ((AltResult) r).ex instanceof CancellationException;
    }

    /** Whether complete with an exception (including cancellation). */
    public boolean isCompletedExceptionally() {
        Object r = result;
        return r instanceof AltResult && r != NIL;
    }

    /** Forces the result to {@code value}, complete or not. */
    public void obtrudeValue(T value) {
        synchronized (this) {
            result = encodeValue(value);
            notifyAll();
        }
        postComplete();
    }

    /** Forces the result to the exception {@code ex}, complete or not. */
    public void obtrudeException(Throwable ex) {
        if (ex == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            result = new AltResult(ex);
            notifyAll();
        }
        postComplete();
    }

    /** The number of dependents waiting for this future (an estimate). */
    public int getNumberOfDependents() {
        int count = 0;
        synchronized (this) {
            for (Completion p = stack; p != null; p = p.next) {
                count++;
            }
        }
        return count;
    }

    /** The identity string with the state, as HotSpot prints it. */
    @Override
    public String toString() {
        Object r = result;
        int count = getNumberOfDependents();
        String state;
        if (r == null) {
            state = count == 0 ? "[Incomplete]" : "[Incomplete with " + count + " dependents]";
        } else if (r instanceof AltResult && ((AltResult) r).ex != null) {
            state = "[Completed exceptionally: " + ((AltResult) r).ex + "]";
        } else {
            state = "[Completed normally]";
        }
        return super.toString() + state;
    }

    // ------------------------------------------------------------------ Java 9 additions

    /** A new incomplete future of the same kind (the stages' dependents). */
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<U>();
    }

    /** The executor of the Async methods without one. */
    public Executor defaultExecutor() {
        return ASYNC_POOL;
    }

    /** A future completed normally with this one's value, or exceptionally wrapped. */
    public CompletableFuture<T> copy() {
        return uniStage(null, RELAY, Boolean.TRUE);
    }

    /** A stage completing as this one does (Cortado: a copy). */
    public CompletionStage<T> minimalCompletionStage() {
        return copy();
    }

    /** Completes with the value {@code supplier} gives, run in {@code executor}. */
    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier, Executor executor) {
        if (supplier == null || executor == null) {
            throw new NullPointerException();
        }
        executor.execute(new AsyncJob(this, supplier));
        return this;
    }

    /** Completes with the value {@code supplier} gives, run in the default executor. */
    public CompletableFuture<T> completeAsync(Supplier<? extends T> supplier) {
        return completeAsync(supplier, defaultExecutor());
    }

    /** Completes with TimeoutException unless complete within the timeout. */
    public CompletableFuture<T> orTimeout(long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (result == null) {
            final ScheduledFuture<?> f = Delayer.delay(new Runnable() {
                @Override
                public void run() {
                    if (result == null && completeRaw(new AltResult(new TimeoutException()))) {
                        postComplete();
                    }
                }
            }, timeout, unit);
            whenComplete(new Canceller(f));
        }
        return this;
    }

    /** Completes with {@code value} unless complete within the timeout. */
    public CompletableFuture<T> completeOnTimeout(T value, long timeout, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        if (result == null) {
            final ScheduledFuture<?> f = Delayer.delay(new Runnable() {
                @Override
                public void run() {
                    complete(value);
                }
            }, timeout, unit);
            whenComplete(new Canceller(f));
        }
        return this;
    }

    /** Cancels the timeout task once the future completed. */
    static final class Canceller implements BiConsumer<Object, Throwable> {
        private final Future<?> f;

        Canceller(Future<?> f) {
            this.f = f;
        }

        @Override
        public void accept(Object ignore, Throwable ex) {
            if (f != null && !f.isDone()) {
                f.cancel(false);
            }
        }
    }

    /** An executor that runs tasks in {@code executor} after the delay. */
    public static Executor delayedExecutor(long delay, TimeUnit unit, Executor executor) {
        if (unit == null || executor == null) {
            throw new NullPointerException();
        }
        return new DelayedExecutor(delay, unit, executor);
    }

    /** An executor that runs tasks in the default executor after the delay. */
    public static Executor delayedExecutor(long delay, TimeUnit unit) {
        if (unit == null) {
            throw new NullPointerException();
        }
        return new DelayedExecutor(delay, unit, ASYNC_POOL);
    }

    static final class DelayedExecutor implements Executor {
        final long delay;
        final TimeUnit unit;
        final Executor executor;

        DelayedExecutor(long delay, TimeUnit unit, Executor executor) {
            this.delay = delay;
            this.unit = unit;
            this.executor = executor;
        }

        @Override
        public void execute(Runnable r) {
            if (r == null) {
                throw new NullPointerException();
            }
            Delayer.delay(new Runnable() {
                @Override
                public void run() {
                    executor.execute(r);
                }
            }, delay, unit);
        }
    }

    /** The single daemon thread that starts delayed actions. */
    static final class Delayer {
        static final ScheduledThreadPoolExecutor delayer;

        static {
            delayer = new ScheduledThreadPoolExecutor(1, new ThreadFactory() {
                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(r, "CompletableFutureDelayScheduler");
                    t.setDaemon(true);
                    return t;
                }
            });
            delayer.setRemoveOnCancelPolicy(true);
        }

        static ScheduledFuture<?> delay(Runnable command, long delay, TimeUnit unit) {
            return delayer.schedule(command, delay, unit);
        }
    }

    // ------------------------------------------------------------------ CompletionStage

    @Override
    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return uniStage(null, APPLY, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return uniStage(defaultExecutor(), APPLY, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return uniStage(screen(executor), APPLY, fn);
    }

    @Override
    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {
        return uniStage(null, ACCEPT, action);
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return uniStage(defaultExecutor(), ACCEPT, action);
    }

    @Override
    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        return uniStage(screen(executor), ACCEPT, action);
    }

    @Override
    public CompletableFuture<Void> thenRun(Runnable action) {
        return uniStage(null, RUN, action);
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action) {
        return uniStage(defaultExecutor(), RUN, action);
    }

    @Override
    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        return uniStage(screen(executor), RUN, action);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return biStage(null, other, BOTH_APPLY, fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return biStage(defaultExecutor(), other, BOTH_APPLY, fn);
    }

    @Override
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> other,
            BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        return biStage(screen(executor), other, BOTH_APPLY, fn);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return biStage(null, other, BOTH_ACCEPT, action);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return biStage(defaultExecutor(), other, BOTH_ACCEPT, action);
    }

    @Override
    public <U> CompletableFuture<Void> thenAcceptBothAsync(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action, Executor executor) {
        return biStage(screen(executor), other, BOTH_ACCEPT, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBoth(CompletionStage<?> other, Runnable action) {
        return biStage(null, other, BOTH_RUN, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action) {
        return biStage(defaultExecutor(), other, BOTH_RUN, action);
    }

    @Override
    public CompletableFuture<Void> runAfterBothAsync(CompletionStage<?> other, Runnable action, Executor executor) {
        return biStage(screen(executor), other, BOTH_RUN, action);
    }

    @Override
    public <U> CompletableFuture<U> applyToEither(CompletionStage<? extends T> other, Function<? super T, U> fn) {
        return biStage(null, other, EITHER_APPLY, fn);
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other,
            Function<? super T, U> fn) {
        return biStage(defaultExecutor(), other, EITHER_APPLY, fn);
    }

    @Override
    public <U> CompletableFuture<U> applyToEitherAsync(CompletionStage<? extends T> other,
            Function<? super T, U> fn, Executor executor) {
        return biStage(screen(executor), other, EITHER_APPLY, fn);
    }

    @Override
    public CompletableFuture<Void> acceptEither(CompletionStage<? extends T> other, Consumer<? super T> action) {
        return biStage(null, other, EITHER_ACCEPT, action);
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other,
            Consumer<? super T> action) {
        return biStage(defaultExecutor(), other, EITHER_ACCEPT, action);
    }

    @Override
    public CompletableFuture<Void> acceptEitherAsync(CompletionStage<? extends T> other,
            Consumer<? super T> action, Executor executor) {
        return biStage(screen(executor), other, EITHER_ACCEPT, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEither(CompletionStage<?> other, Runnable action) {
        return biStage(null, other, EITHER_RUN, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action) {
        return biStage(defaultExecutor(), other, EITHER_RUN, action);
    }

    @Override
    public CompletableFuture<Void> runAfterEitherAsync(CompletionStage<?> other, Runnable action,
            Executor executor) {
        return biStage(screen(executor), other, EITHER_RUN, action);
    }

    @Override
    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniStage(null, COMPOSE, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return uniStage(defaultExecutor(), COMPOSE, fn);
    }

    @Override
    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn,
            Executor executor) {
        return uniStage(screen(executor), COMPOSE, fn);
    }

    @Override
    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniStage(null, HANDLE, fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return uniStage(defaultExecutor(), HANDLE, fn);
    }

    @Override
    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor) {
        return uniStage(screen(executor), HANDLE, fn);
    }

    @Override
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return uniStage(null, WHEN, action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return uniStage(defaultExecutor(), WHEN, action);
    }

    @Override
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action,
            Executor executor) {
        return uniStage(screen(executor), WHEN, action);
    }

    @Override
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return uniStage(null, EXCEPTIONALLY, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn) {
        return uniStage(defaultExecutor(), EXCEPTIONALLY, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyAsync(Function<Throwable, ? extends T> fn, Executor executor) {
        return uniStage(screen(executor), EXCEPTIONALLY, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyCompose(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return uniStage(null, EXCEPTIONALLY_COMPOSE, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn) {
        return uniStage(defaultExecutor(), EXCEPTIONALLY_COMPOSE, fn);
    }

    @Override
    public CompletableFuture<T> exceptionallyComposeAsync(Function<Throwable, ? extends CompletionStage<T>> fn,
            Executor executor) {
        return uniStage(screen(executor), EXCEPTIONALLY_COMPOSE, fn);
    }

    @Override
    public CompletableFuture<T> toCompletableFuture() {
        return this;
    }
}
