package java.util.concurrent;

/**
 * Timed waiting on a monitor, shared by the classes of this package that block with {@code wait}: every blocking
 * operation here keeps its condition in fields guarded by a monitor and loops on {@code wait} until the condition
 * holds or its deadline passes, so spurious wake-ups and {@code notifyAll} wake-ups are harmless.
 */
final class Waits {
    private Waits() {
    }

    /** Waits on {@code monitor} (held by the caller) for at most {@code nanos}; nothing when {@code nanos <= 0}. */
    static void waitNanos(Object monitor, long nanos) throws InterruptedException {
        if (nanos <= 0) {
            return;
        }
        long ms = nanos / 1000000L;
        int ns = (int) (nanos % 1000000L);
        monitor.wait(ms, ns);
    }

    /** The deadline {@code nanos} from now, on the {@code System.nanoTime} clock. */
    static long deadline(long nanos) {
        long now = System.nanoTime();
        long d = now + nanos;
        // Saturate: a huge timeout must not wrap into the past.
        return nanos > 0 && d < now ? Long.MAX_VALUE : d;
    }

    /** Nanoseconds left until {@code deadline}. */
    static long left(long deadline) {
        return deadline == Long.MAX_VALUE ? Long.MAX_VALUE : deadline - System.nanoTime();
    }
}
