package java.util.concurrent;

/** A fork/join task whose {@link #compute} returns a result. */
public abstract class RecursiveTask<V> extends ForkJoinTask<V> {
    private static final long serialVersionUID = 1L;

    /** The result, once computed. */
    V result;

    /** For subclasses. */
    public RecursiveTask() {
    }

    /** The computation. */
    protected abstract V compute();

    @Override
    public final V getRawResult() {
        return result;
    }

    @Override
    protected final void setRawResult(V value) {
        result = value;
    }

    @Override
    protected final boolean exec() {
        result = compute();
        return true;
    }
}
