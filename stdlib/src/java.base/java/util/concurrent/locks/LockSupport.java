package java.util.concurrent.locks;

/**
 * Parking and unparking threads, the primitive under {@code java.util.concurrent}'s locks and synchronizers.
 * Each thread has one permit (not counted: unparking twice gives one); {@code park} consumes it or blocks
 * until {@code unpark} gives it, the thread is interrupted (the interrupt flag stays set), the time passes,
 * or spuriously, so callers re-check their condition in a loop. The blocker is recorded for
 * {@link #getBlocker} while the thread parks.
 */
public class LockSupport {
    private LockSupport() {
    }

    private static final java.util.Map<Thread, Object> BLOCKERS = new java.util.IdentityHashMap<>();

    /** Gives {@code thread} its permit (nothing for null or a thread not started). */
    public static void unpark(Thread thread) {
        if (thread != null) {
            unpark0(thread);
        }
    }

    /** Parks until unparked, interrupted, or spuriously. */
    public static void park() {
        park0(false, 0L);
    }

    /** As {@link #park()}, recording {@code blocker}. */
    public static void park(Object blocker) {
        setBlocker(blocker);
        try {
            park0(false, 0L);
        } finally {
            setBlocker(null);
        }
    }

    /** Parks for at most {@code nanos} nanoseconds (not at all if it is not positive). */
    public static void parkNanos(long nanos) {
        if (nanos > 0) {
            park0(false, nanos);
        }
    }

    /** As {@link #parkNanos(long)}, recording {@code blocker}. */
    public static void parkNanos(Object blocker, long nanos) {
        if (nanos > 0) {
            setBlocker(blocker);
            try {
                park0(false, nanos);
            } finally {
                setBlocker(null);
            }
        }
    }

    /** Parks until the epoch-millisecond {@code deadline} at the latest. */
    public static void parkUntil(long deadline) {
        park0(true, deadline);
    }

    /** As {@link #parkUntil(long)}, recording {@code blocker}. */
    public static void parkUntil(Object blocker, long deadline) {
        setBlocker(blocker);
        try {
            park0(true, deadline);
        } finally {
            setBlocker(null);
        }
    }

    /** The blocker {@code t} parked with, or null. */
    public static Object getBlocker(Thread t) {
        if (t == null) {
            throw new NullPointerException();
        }
        synchronized (BLOCKERS) {
            return BLOCKERS.get(t);
        }
    }

    private static void setBlocker(Object blocker) {
        Thread me = Thread.currentThread();
        synchronized (BLOCKERS) {
            if (blocker == null) {
                BLOCKERS.remove(me);
            } else {
                BLOCKERS.put(me, blocker);
            }
        }
    }

    /** Blocks the current thread: for {@code time} nanoseconds (relative, 0: no limit) or until the epoch
     * millisecond {@code time} ({@code absolute}). */
    private static native void park0(boolean absolute, long time);

    /** Gives {@code thread}'s permit. */
    private static native void unpark0(Thread thread);
}
