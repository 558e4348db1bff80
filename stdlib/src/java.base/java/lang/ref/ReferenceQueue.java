package java.lang.ref;

/**
 * The queue the collector's cleared references are appended to. Cortado moves cleared references here when the
 * queue is polled (see {@link Reference#processPending()}), so a program sees them after the collection that
 * cleared them, in the order they were cleared.
 */
public class ReferenceQueue<T> {
    private Reference<? extends T> head;
    private Reference<? extends T> tail;

    public ReferenceQueue() {
    }

    @SuppressWarnings("unchecked")
    synchronized void add(Reference<?> r) {
        Reference<? extends T> ref = (Reference<? extends T>) r;
        ref.next = ref;
        if (tail == null) {
            head = ref;
        } else {
            tail.next = ref;
        }
        tail = ref;
        notifyAll();
    }

    private Reference<? extends T> take() {
        Reference<? extends T> r = head;
        if (r == null) {
            return null;
        }
        head = r.next == r ? null : (Reference<? extends T>) r.next;
        if (head == null) {
            tail = null;
        }
        r.next = null;
        r.queue = null;
        return r;
    }

    /** The next enqueued reference, or null if none is available now. */
    public Reference<? extends T> poll() {
        Reference.processPending();
        synchronized (this) {
            return take();
        }
    }

    /** Waits up to {@code timeout} ms (0: for ever) for an enqueued reference. */
    public Reference<? extends T> remove(long timeout) throws InterruptedException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout value");
        }
        Reference.processPending();
        synchronized (this) {
            Reference<? extends T> r = take();
            if (r != null) {
                return r;
            }
            long deadline = timeout == 0 ? Long.MAX_VALUE : System.currentTimeMillis() + timeout;
            while (true) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return null;
                }
                wait(timeout == 0 ? 0 : left);
                Reference.processPending();
                r = take();
                if (r != null) {
                    return r;
                }
            }
        }
    }

    /** Waits for an enqueued reference. */
    public Reference<? extends T> remove() throws InterruptedException {
        return remove(0);
    }
}
