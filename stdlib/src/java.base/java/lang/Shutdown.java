package java.lang;

/**
 * The shutdown sequence: run the hooks once, delete the files of {@code File.deleteOnExit}, flush the standard
 * streams, halt. The VM calls
 * {@link #shutdown()} when the program ends normally (the main thread returned or died of an uncaught
 * exception and no other non-daemon thread runs); {@code System.exit} comes through {@link #exit(int)}.
 */
final class Shutdown {
    private static Thread[] hooks = new Thread[0];
    private static boolean hooksRan;

    private Shutdown() {
    }

    static synchronized void addHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        if (hooksRan) {
            throw new IllegalStateException("Shutdown in progress");
        }
        for (Thread t : hooks) {
            if (t == hook) {
                throw new IllegalArgumentException("Hook previously registered");
            }
        }
        Thread[] more = new Thread[hooks.length + 1];
        System.arraycopy(hooks, 0, more, 0, hooks.length);
        more[hooks.length] = hook;
        hooks = more;
    }

    static synchronized boolean removeHook(Thread hook) {
        if (hook == null) {
            throw new NullPointerException();
        }
        for (int i = 0; i < hooks.length; i++) {
            if (hooks[i] == hook) {
                Thread[] fewer = new Thread[hooks.length - 1];
                System.arraycopy(hooks, 0, fewer, 0, i);
                System.arraycopy(hooks, i + 1, fewer, i, hooks.length - i - 1);
                hooks = fewer;
                return true;
            }
        }
        return false;
    }

    /** Runs the hooks (once) and flushes System.out and System.err. */
    static void runHooks() {
        Thread[] toRun;
        synchronized (Shutdown.class) {
            if (hooksRan) {
                return;
            }
            hooksRan = true;
            toRun = hooks;
        }
        for (Thread hook : toRun) {
            try {
                hook.run();
            } catch (Throwable t) {
                Thread.currentThread().dispatchUncaughtException(t);
            }
        }
        cortado.internal.DeleteOnExit.deleteAll();
        System.flushStandardStreams();
    }

    /** Called by the VM at a normal end of the program. */
    static void shutdown() {
        runHooks();
    }

    /** System.exit / Runtime.exit. */
    static void exit(int status) {
        runHooks();
        halt(status);
    }

    /** Ends the VM now. */
    static void halt(int status) {
        halt0(status);
    }

    /** Native: ends the VM with exit status {@code status}; never returns. */
    private static native void halt0(int status);
}
