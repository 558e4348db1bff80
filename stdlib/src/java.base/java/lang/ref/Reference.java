package java.lang.ref;

/**
 * The base of reference objects. The collector knows this class by name: the {@code referent} field is not
 * traced as a strong reference; when the referent is otherwise unreachable the collector clears the field and
 * puts the reference on the VM's pending list, from which {@link #processPending()} moves it to its queue.
 */
public abstract class Reference<T> {
    /** Read and cleared by the collector; never traced strongly. */
    private T referent;
    /** The queue this reference is registered with, or null. */
    volatile ReferenceQueue<? super T> queue;
    /** The next reference in {@link #queue} once enqueued (itself at the tail), null before. */
    Reference<?> next;
    /** Whether this reference has been enqueued (so it is enqueued at most once). */
    boolean enqueued;

    Reference(T referent) {
        this(referent, null);
    }

    Reference(T referent, ReferenceQueue<? super T> queue) {
        this.referent = referent;
        this.queue = queue;
    }

    /** The referent, or null if it has been cleared. */
    public T get() {
        return referent;
    }

    /** Whether this reference refers to {@code obj} (true for null once cleared). */
    public final boolean refersTo(T obj) {
        return referent == obj;
    }

    /** Clears the referent without enqueuing. */
    public void clear() {
        referent = null;
    }

    /** @deprecated as in Java SE: whether the reference has been enqueued. */
    @Deprecated(since = "16")
    public boolean isEnqueued() {
        processPending();
        return enqueued && queue != null;
    }

    /** Clears the referent and adds this reference to its queue; false if it had no queue or was enqueued. */
    public boolean enqueue() {
        referent = null;
        return enqueueSelf();
    }

    boolean enqueueSelf() {
        ReferenceQueue<? super T> q = queue;
        if (q == null || enqueued) {
            return false;
        }
        enqueued = true;
        q.add(this);
        return true;
    }

    /** Keeps {@code ref} strongly reachable up to this call. */
    public static void reachabilityFence(Object ref) {
        // The call itself is the fence: the argument is live in the caller's frame until here.
    }

    /** The references the collector cleared since the last call, in the order it cleared them. */
    private static native Reference<?>[] takePending();

    /** Moves the references the collector cleared to their queues. */
    static void processPending() {
        Reference<?>[] pending = takePending();
        if (pending == null) {
            return;
        }
        for (Reference<?> r : pending) {
            r.enqueueSelf();
        }
    }
}
