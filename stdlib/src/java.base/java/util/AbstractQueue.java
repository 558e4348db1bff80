package java.util;

/**
 * A skeletal {@link Queue} over {@code offer}, {@code poll} and {@code peek}: {@code add}, {@code remove} and
 * {@code element} throw where those return false or null.
 */
public abstract class AbstractQueue<E> extends AbstractCollection<E> implements Queue<E> {
    /** For subclasses. */
    protected AbstractQueue() {
    }

    @Override
    public boolean add(E e) {
        if (offer(e)) {
            return true;
        }
        throw new IllegalStateException("Queue full");
    }

    @Override
    public E remove() {
        E x = poll();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    @Override
    public E element() {
        E x = peek();
        if (x == null) {
            throw new NoSuchElementException();
        }
        return x;
    }

    @Override
    public void clear() {
        while (poll() != null) {
            // draining
        }
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        Objects.requireNonNull(c);
        if (c == this) {
            throw new IllegalArgumentException();
        }
        boolean modified = false;
        for (E e : c) {
            if (add(e)) {
                modified = true;
            }
        }
        return modified;
    }
}
