package java.util.concurrent;

/**
 * A point where two threads swap objects: the first to arrive waits (its offer in {@code waiting}) until a
 * second arrives, takes its object and leaves it the first one's. All under this object's monitor.
 */
public class Exchanger<V> {
    /** A waiting thread's offer and, once matched, its partner's object. */
    private static final class Slot {
        final Object offer;
        Object reply;
        boolean matched;

        Slot(Object offer) {
            this.offer = offer;
        }
    }

    private Slot waiting;

    /** An exchanger. */
    public Exchanger() {
    }

    @SuppressWarnings("unchecked")
    private V doExchange(V x, boolean timed, long nanos) throws InterruptedException, TimeoutException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            Slot other = waiting;
            if (other != null) {
                waiting = null;
                other.reply = x;
                other.matched = true;
                notifyAll();
                return (V) other.offer;
            }
            Slot me = new Slot(x);
            waiting = me;
            long deadline = timed ? Waits.deadline(nanos) : 0L;
            try {
                while (!me.matched) {
                    if (!timed) {
                        wait();
                    } else {
                        long left = Waits.left(deadline);
                        if (left <= 0) {
                            waiting = null;
                            throw new TimeoutException();
                        }
                        Waits.waitNanos(this, left);
                    }
                }
            } catch (InterruptedException ie) {
                if (!me.matched) {
                    waiting = null;
                    throw ie;
                }
                Thread.currentThread().interrupt();
            }
            return (V) me.reply;
        }
    }

    /** Waits for another thread and swaps {@code x} for its object. */
    public V exchange(V x) throws InterruptedException {
        try {
            return doExchange(x, false, 0L);
        } catch (TimeoutException cannotHappen) {
            throw new Error(cannotHappen);
        }
    }

    /** As {@link #exchange(Object)}, with TimeoutException after the timeout. */
    public V exchange(V x, long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        return doExchange(x, true, unit.toNanos(timeout));
    }
}
