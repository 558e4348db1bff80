package java.util.stream;

import java.util.NoSuchElementException;

/**
 * A one-element holder over a {@link Source}, turning the push model into {@code hasNext}/{@code next} for
 * stream iterators and spliterators: each advance asks the source for exactly one element.
 */
final class Cursor extends Sink {
    private final Source src;
    private boolean ready;
    private boolean done;
    Object ref;
    int intValue;
    long longValue;
    double doubleValue;

    Cursor(Source src) {
        this.src = src;
    }

    @Override
    public void accept(Object t) {
        ref = t;
        ready = true;
    }

    @Override
    public void accept(int v) {
        intValue = v;
        ready = true;
    }

    @Override
    public void accept(long v) {
        longValue = v;
        ready = true;
    }

    @Override
    public void accept(double v) {
        doubleValue = v;
        ready = true;
    }

    /** Whether another element is available, fetching it if needed. */
    boolean hasNext() {
        if (!ready && !done && !src.tryAdvance(this)) {
            done = true;
        }
        return ready;
    }

    /** Makes the fetched element the current one; NoSuchElementException when there is none. */
    void consume() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ready = false;
    }

    /** The exact number of elements still to come, or -1. */
    long exactSize() {
        long n = src.exactSize();
        return n < 0 ? -1 : ready ? n + 1 : n;
    }
}
