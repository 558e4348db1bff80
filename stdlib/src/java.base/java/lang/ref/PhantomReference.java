package java.lang.ref;

/** A reference whose {@link #get} is always null; it is enqueued once its referent is unreachable. */
public class PhantomReference<T> extends Reference<T> {
    public PhantomReference(T referent, ReferenceQueue<? super T> q) {
        super(referent, q);
    }

    @Override
    public T get() {
        return null;
    }
}
