package java.lang.ref;

/**
 * A reference the collector clears only when memory runs out: Cortado keeps soft referents through every
 * collection except the last attempt before {@code OutOfMemoryError}, which clears them all.
 */
public class SoftReference<T> extends Reference<T> {
    public SoftReference(T referent) {
        super(referent);
    }

    public SoftReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }
}
