package java.lang;

/**
 * A thread of execution. For now Cortado runs one thread, {@code main}: the VM binds the Thread object that
 * {@code System.initPhase1} creates to the running thread; {@link #start()} of another thread throws
 * UnsupportedOperationException until real threads come. Names, priorities, daemon flags, interruption and
 * uncaught-exception handlers behave as documented.
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
    private volatile boolean interrupted;
    private final Runnable target;
    private final long tid;
    private volatile boolean started;
    private volatile UncaughtExceptionHandler handler;

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
        this(null, nextThreadName());
    }

    /** A thread running {@code target}, named {@code Thread-N}. */
    public Thread(Runnable target) {
        this(target, nextThreadName());
    }

    /** A thread named {@code name}. */
    public Thread(String name) {
        this(null, name);
    }

    /** A thread running {@code target}, named {@code name}. */
    public Thread(Runnable target, String name) {
        if (name == null) {
            throw new NullPointerException("'name' is null");
        }
        this.target = target;
        this.name = name;
        synchronized (Thread.class) {
            this.tid = nextId++;
        }
        Thread parent = mainThread == null ? null : currentThread();
        if (parent != null) {
            this.daemon = parent.daemon;
            this.priority = parent.priority;
        }
    }

    private static synchronized String nextThreadName() {
        return "Thread-" + threadNumber++;
    }

    /** The thread object of the main thread, created by System.initPhase1. */
    private static Thread mainThread;

    /** Creates the main thread's object and binds it to the running VM thread. */
    static void initMainThread() {
        Thread main = new Thread(null, "main");
        main.started = true;
        mainThread = main;
        attach0(main);
    }

    /** Native: binds {@code thread} to the VM thread running this call; currentThread() returns it afterwards. */
    private static native void attach0(Thread thread);

    /** Native: the Thread object bound to the running VM thread. */
    public static native Thread currentThread();

    /** Native: sleeps at least {@code millis} milliseconds (throws InterruptedException if interrupted). */
    private static native void sleep0(long millis) throws InterruptedException;

    /** Sleeps at least {@code millis} milliseconds. */
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        Thread self = currentThread();
        if (self.interrupted) {
            self.interrupted = false;
            throw new InterruptedException("sleep interrupted");
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
    }

    /** A hint that the caller is busy-waiting. */
    public static void onSpinWait() {
    }

    /** Starts the thread: not supported until Cortado has threads. */
    public synchronized void start() {
        if (started) {
            throw new IllegalThreadStateException();
        }
        throw new UnsupportedOperationException("Cortado does not run threads other than main yet");
    }

    /** Runs the target, if any. */
    @Override
    public void run() {
        if (target != null) {
            target.run();
        }
    }

    /** Waits for the thread to end: returns at once, since no other thread runs. */
    public final void join() throws InterruptedException {
    }

    /** Waits at most {@code millis} for the thread to end. */
    public final void join(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
    }

    /** Whether the thread was started and has not ended. */
    public final boolean isAlive() {
        return this == mainThread;
    }

    /** Sets the interrupt flag. */
    public void interrupt() {
        interrupted = true;
    }

    /** Whether the current thread was interrupted; clears the flag. */
    public static boolean interrupted() {
        Thread self = currentThread();
        boolean was = self.interrupted;
        self.interrupted = false;
        return was;
    }

    /** Whether this thread was interrupted; keeps the flag. */
    public boolean isInterrupted() {
        return interrupted;
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

    /** Sets the priority (1..10). */
    public final void setPriority(int newPriority) {
        if (newPriority > MAX_PRIORITY || newPriority < MIN_PRIORITY) {
            throw new IllegalArgumentException();
        }
        priority = newPriority;
    }

    /** Whether this is a daemon thread. */
    public final boolean isDaemon() {
        return daemon;
    }

    /** Marks the thread as daemon or user thread, before it starts. */
    public final void setDaemon(boolean on) {
        if (started) {
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
        if (this == mainThread) {
            return State.RUNNABLE;
        }
        return started ? State.TERMINATED : State.NEW;
    }

    /** The stack trace of this thread: empty for now. */
    public StackTraceElement[] getStackTrace() {
        return new StackTraceElement[0];
    }

    /** {@code Thread[#id,name,priority,group]} as HotSpot 17 prints it: {@code Thread[name,5,main]}. */
    @Override
    public String toString() {
        return "Thread[" + name + "," + priority + ",main]";
    }

    /** The handler for uncaught exceptions of threads without their own, or null. */
    public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {
        return defaultHandler;
    }

    /** Sets the handler for uncaught exceptions of threads without their own. */
    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        defaultHandler = eh;
    }

    /** This thread's handler, or null. */
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {
        return handler;
    }

    /** Sets this thread's handler. */
    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {
        handler = eh;
    }

    /**
     * Called by the VM when {@code e} ends this thread: the thread's handler, else the default handler, else
     * {@code Exception in thread "main" } followed by the stack trace on System.err, as HotSpot prints it.
     */
    void dispatchUncaughtException(Throwable e) {
        UncaughtExceptionHandler h = handler != null ? handler : defaultHandler;
        if (h != null) {
            h.uncaughtException(this, e);
            return;
        }
        System.err.print("Exception in thread \"" + name + "\" ");
        e.printStackTrace(System.err);
    }

    /** Thread objects cannot be cloned. */
    @Override
    protected Object clone() throws CloneNotSupportedException {
        throw new CloneNotSupportedException();
    }
}
