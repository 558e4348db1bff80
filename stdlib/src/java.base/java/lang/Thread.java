package java.lang;

/**
 * A thread of execution, run by the VM on an operating-system thread of its own. {@link #start()} hands the
 * thread to the VM, which calls {@link #run()} on the new thread, reports an uncaught exception through
 * {@link #dispatchUncaughtException}, then calls {@link #exit()}. The VM keeps the interrupt flag of a live
 * thread (its parker); the {@code interrupted} field holds it before the thread starts and after it ends.
 * Thread-local values live in two maps on the Thread object, touched only by the thread itself (and, for the
 * inheritable ones, copied by the constructor on the parent thread). A thread belongs to a {@link ThreadGroup}
 * (its creator's unless one is named) from construction until it ends.
 */
public class Thread implements Runnable {
    /** The lowest priority. */
    public static final int MIN_PRIORITY = 1;
    /** The default priority. */
    public static final int NORM_PRIORITY = 5;
    /** The highest priority. */
    public static final int MAX_PRIORITY = 10;

    private static int threadNumber;
    private static long nextId = 1;
    private static volatile UncaughtExceptionHandler defaultHandler;

    private volatile String name;
    private int priority = NORM_PRIORITY;
    private boolean daemon;
    /** The interrupt flag while the thread is not alive (the VM keeps it while the thread runs). */
    private volatile boolean interrupted;
    private final Runnable target;
    private final long tid;
    private volatile boolean started;
    private volatile UncaughtExceptionHandler handler;
    /** The group, null once the thread has ended. */
    private volatile ThreadGroup group;

    /** This thread's ThreadLocal values (created on first use, by this thread only). */
    java.util.IdentityHashMap<ThreadLocal<?>, Object> threadLocals;
    /** This thread's InheritableThreadLocal values, copied from the creating thread. */
    java.util.IdentityHashMap<ThreadLocal<?>, Object> inheritableThreadLocals;

    /** The states a thread can be in. */
    public enum State {
        /** Not yet started. */
        NEW,
        /** Running or runnable. */
        RUNNABLE,
        /** Waiting for a monitor. */
        BLOCKED,
        /** Waiting without timeout. */
        WAITING,
        /** Waiting with a timeout. */
        TIMED_WAITING,
        /** Finished. */
        TERMINATED
    }

    /** Handles an exception that ends a thread. */
    @FunctionalInterface
    public interface UncaughtExceptionHandler {
        /** Called with the thread and the exception that ended it. */
        void uncaughtException(Thread t, Throwable e);
    }

    /** A thread named {@code Thread-N}. */
    public Thread() {
        this(null, null, nextThreadName(), 0);
    }

    /** A thread running {@code target}, named {@code Thread-N}. */
    public Thread(Runnable target) {
        this(target, nextThreadName());
    }

    /** A thread named {@code name}. */
    public Thread(String name) {
        this(null, null, name, 0);
    }

    /** A thread running {@code target}, named {@code name}. */
    public Thread(Runnable target, String name) {
        this(null, target, name, 0);
    }

    /** A thread in {@code group} running {@code target}, named {@code Thread-N}. */
    public Thread(ThreadGroup group, Runnable target) {
        this(group, target, nextThreadName(), 0);
    }

    /** A thread in {@code group} named {@code name}. */
    public Thread(ThreadGroup group, String name) {
        this(group, null, name, 0);
    }

    /** A thread in {@code group} running {@code target}, named {@code name}. */
    public Thread(ThreadGroup group, Runnable target, String name) {
        this(group, target, name, 0);
    }

    /**
     * A thread in {@code group} (null: the creating thread's group) running {@code target}, named
     * {@code name}; {@code stackSize} is a hint Cortado ignores (every thread gets the configured stack).
     */
    public Thread(ThreadGroup group, Runnable target, String name, long stackSize) {
        if (name == null) {
            throw new NullPointerException("'name' is null");
        }
        Thread parent = mainThread == null ? null : currentThread();
        if (group == null) {
            group = parent != null && parent.getThreadGroup() != null ? parent.getThreadGroup() : mainGroup;
        }
        group.checkAccess();
        group.addUnstarted();
        this.group = group;
        this.target = target;
        this.name = name;
        this.tid = nextThreadId();
        if (parent != null) {
            this.daemon = parent.daemon;
            this.priority = Math.min(parent.priority, group.getMaxPriority());
            java.util.IdentityHashMap<ThreadLocal<?>, Object> inherited = parent.inheritableThreadLocals;
            if (inherited != null) {
                java.util.IdentityHashMap<ThreadLocal<?>, Object> copy = new java.util.IdentityHashMap<>();
                for (java.util.Map.Entry<ThreadLocal<?>, Object> e : inherited.entrySet()) {
                    copy.put(e.getKey(), ((InheritableThreadLocal<?>) e.getKey()).childValueOf(e.getValue()));
                }
                this.inheritableThreadLocals = copy;
            }
        }
    }

    private static synchronized String nextThreadName() {
        return "Thread-" + threadNumber++;
    }

    private static synchronized long nextThreadId() {
        return nextId++;
    }

    /** The thread object of the main thread, created by System.initPhase1. */
    private static Thread mainThread;
    /** The main thread's group (set just before the main thread is made). */
    private static ThreadGroup mainGroup;

    /** Creates the main thread's object in the {@code main} group and binds it to the running VM thread. */
    static void initMainThread() {
        mainGroup = ThreadGroup.newMainGroup();
        Thread main = new Thread(null, null, "main", 0);
        main.started = true;
        mainGroup.add(main);
        mainThread = main;
        attach0(main, main.tid);
    }

    /** Native: binds {@code thread} (id {@code tid}) to the VM thread running this call. */
    private static native void attach0(Thread thread, long tid);

    /** Native: the Thread object bound to the running VM thread. */
    public static native Thread currentThread();

    /** Native: starts this thread on a new VM thread (which calls run). */
    private native void start0(long tid, String name, boolean daemon, boolean interrupted);

    /** Native: sleeps at least {@code millis} milliseconds; InterruptedException if interrupted. */
    private static native void sleep0(long millis) throws InterruptedException;

    /** Native: sets the interrupt flag of the live thread {@code tid} and wakes it; false if not alive. */
    private static native boolean interrupt0(long tid);

    /** Native: the interrupt flag of the live thread {@code tid}: 1 or 0, or -1 if it is not alive. */
    private static native int isInterrupted0(long tid);

    /** Native: clears the current thread's interrupt flag and says whether it was set. */
    private static native boolean clearInterrupt0();

    /** Native: whether the thread {@code tid} is alive. */
    private static native boolean isAlive0(long tid);

    /** Native: waits until the thread {@code tid} ends, at most {@code millis} (0: no limit). */
    private static native void join0(long tid, long millis) throws InterruptedException;

    /** Native: the Thread.State ordinal of the live thread {@code tid}, or -1 if it is not alive. */
    private static native int state0(long tid);

    /** Native: gives up the processor. */
    private static native void yield0();

    /** Whether the current thread holds the monitor of {@code obj}; NullPointerException if it is null. */
    public static native boolean holdsLock(Object obj);

    /** Sleeps at least {@code millis} milliseconds. */
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        sleep0(millis);
    }

    /** Sleeps at least {@code millis} milliseconds and {@code nanos} nanoseconds. */
    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        sleep(nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis);
    }

    /** A hint that the thread is willing to yield the processor. */
    public static void yield() {
        yield0();
    }

    /** A hint that the caller is busy-waiting. */
    public static void onSpinWait() {
    }

    /** Starts the thread: the VM calls {@link #run()} on a new thread. */
    public synchronized void start() {
        if (started) {
            throw new IllegalThreadStateException();
        }
        started = true;
        group.add(this);
        start0(tid, name, daemon, interrupted);
    }

    /** Runs the target, if any. */
    @Override
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    /**
     * Called by the VM on the thread when it ends: leaves its group, keeps the interrupt flag, drops
     * thread-local values and its handler.
     */
    private void exit(boolean wasInterrupted) {
        ThreadGroup g = group;
        if (g != null) {
            g.threadTerminated(this);
            group = null;
        }
        interrupted = wasInterrupted;
        threadLocals = null;
        inheritableThreadLocals = null;
        handler = null;
    }

    /** Waits for the thread to end. */
    public final void join() throws InterruptedException {
        join(0);
    }

    /** Waits at most {@code millis} for the thread to end (0: no limit). */
    public final void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (started) {
            join0(tid, millis);
        }
    }

    /** Waits at most {@code millis} milliseconds and {@code nanos} nanoseconds for the thread to end. */
    public final void join(long millis, int nanos) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (nanos < 0 || nanos > 999999) {
            throw new IllegalArgumentException("nanosecond timeout value out of range");
        }
        join(nanos > 0 && millis < Long.MAX_VALUE ? millis + 1 : millis);
    }

    /** Whether the thread was started and has not ended. */
    public final boolean isAlive() {
        return isAlive0(tid);
    }

    /** Sets the interrupt flag, waking the thread from sleep, join, wait or park. */
    public void interrupt() {
        if (!interrupt0(tid)) {
            interrupted = true;
        }
    }

    /** Whether the current thread was interrupted; clears the flag. */
    public static boolean interrupted() {
        return clearInterrupt0();
    }

    /** Whether this thread was interrupted; keeps the flag. */
    public boolean isInterrupted() {
        int live = isInterrupted0(tid);
        return live < 0 ? interrupted : live != 0;
    }

    /** The name. */
    public final String getName() {
        return name;
    }

    /** Renames the thread. */
    public final synchronized void setName(String name) {
        if (name == null) {
            throw new NullPointerException("name cannot be null");
        }
        this.name = name;
    }

    /** The priority. */
    public final int getPriority() {
        return priority;
    }

    /**
     * Sets the priority (1..10, lowered to the group's maximum): recorded, not used by the scheduler. A thread
     * that has ended keeps its priority.
     */
    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        ThreadGroup g = group;
        if (g != null) {
            priority = Math.min(newPriority, g.getMaxPriority());
        }
    }

    /** The thread's group, or null once the thread has ended. */
    public final ThreadGroup getThreadGroup() {
        return group;
    }

    /** Checks that the caller may modify this thread: always allowed (no security manager). */
    public final void checkAccess() {
    }

    /** An estimate of the live threads in the current thread's group and its subgroups. */
    public static int activeCount() {
        return currentThread().getThreadGroup().activeCount();
    }

    /** Copies the live threads of the current thread's group and its subgroups into {@code list}. */
    public static int enumerate(Thread[] list) {
        return currentThread().getThreadGroup().enumerate(list);
    }

    /** Whether this is a daemon thread. */
    public final boolean isDaemon() {
        return daemon;
    }

    /** Marks the thread as daemon or user thread, before it starts. */
    public final void setDaemon(boolean on) {
        if (isAlive()) {
            throw new IllegalThreadStateException();
        }
        daemon = on;
    }

    /** The thread's identifier. */
    public long getId() {
        return tid;
    }

    /** The thread's state. */
    public State getState() {
        if (!started) {
            return State.NEW;
        }
        int live = state0(tid);
        return live < 0 ? State.TERMINATED : State.values()[live];
    }

    /**
     * The stack of this thread, innermost frame first: for the current thread the frames from this method's
     * caller's call of it down (the trace an exception made here would have, this method on top); for another
     * live thread a snapshot taken while it was stopped; empty for a thread not started or ended.
     */
    public StackTraceElement[] getStackTrace() {
        if (this == currentThread()) {
            return new Exception().getStackTrace();
        }
        if (!isAlive()) {
            return new StackTraceElement[0];
        }
        StackTraceElement[] trace = dumpThreads(new Thread[] {this})[0];
        return trace != null ? trace : new StackTraceElement[0];
    }

    /** The stacks of every live thread, each taken while the other threads were stopped. */
    public static java.util.Map<Thread, StackTraceElement[]> getAllStackTraces() {
        ThreadGroup root = mainGroup;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 8];
        int n = root.enumerate(threads);
        Thread[] live = java.util.Arrays.copyOf(threads, n);
        StackTraceElement[][] traces = dumpThreads(live);
        java.util.Map<Thread, StackTraceElement[]> result = new java.util.HashMap<>();
        for (int k = 0; k < n; k++) {
            if (traces[k] != null) {
                result.put(live[k], traces[k]);
            }
        }
        return result;
    }

    /**
     * Native: the stacks of {@code threads}, all read during one stop of every other thread (null for a thread
     * that is not alive).
     */
    private static native StackTraceElement[][] dumpThreads(Thread[] threads);

    /**
     * {@code Thread[name,priority,group]} as HotSpot 17 prints it, {@code Thread[main,5,main]}; the group part
     * is empty once the thread has ended.
     */
    @Override
    public String toString() {
        ThreadGroup g = group;
        return "Thread[" + name + "," + priority + "," + (g != null ? g.getName() : "") + "]";
    }

    /** The handler for uncaught exceptions of threads without their own, or null. */
    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultHandler;
    }

    /** Sets the handler for uncaught exceptions of threads without their own. */
    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultHandler = eh;
    }

    /** This thread's own handler, else its group (null once the thread has ended). */
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        UncaughtExceptionHandler h = handler;
        return h != null ? h : group;
    }

    /** Sets this thread's handler. */
    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        handler = eh;
    }

    /**
     * Called by the VM when {@code e} ends this thread: the thread's handler, else its group's
     * {@link ThreadGroup#uncaughtException} (which ends in the default handler or HotSpot's
     * {@code Exception in thread "NAME" } report).
     */
    void dispatchUncaughtException(Throwable e) {
        getUncaughtExceptionHandler().uncaughtException(this, e);
    }

    /** Thread objects cannot be cloned. */
    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }
}
