package java.util.stream;

import java.util.Collection;
import java.util.Iterator;

/**
 * Where a pipeline's elements come from: something that pushes its next element into a sink on request.
 * Sources are bound late (a collection's iterator is made at the first element) and report their exact size
 * when they know it, which lets {@code count()} answer without traversing, as the JDK does for sized streams.
 */
abstract class Source {
    /** Pushes the next element into {@code s}; false when there is none. */
    abstract boolean tryAdvance(Sink s);

    /** The number of elements still to come, or -1 when unknown. */
    long exactSize() {
        return -1;
    }

    /** The elements {@code a[from..to)}. */
    static Source ofArray(Object[] a, int from, int to) {
        return IndexSource.ofArray(a, from, to);
    }

    /** The elements of {@code c}, iterated from the first element pulled. */
    static Source ofCollection(Collection<?> c) {
        return new Source() {
            Iterator<?> it;

            @Override
            boolean tryAdvance(Sink s) {
                if (it == null) {
                    it = c.iterator();
                }
                if (!it.hasNext()) {
                    return false;
                }
                s.accept(it.next());
                return true;
            }

            @Override
            long exactSize() {
                return it == null ? c.size() : -1;
            }
        };
    }

    /** The remaining elements of {@code it}, of the given shape (primitive iterators are read unboxed). */
    static Source ofIterator(Iterator<?> it, int shape, long size) {
        return new Source() {
            long left = size;

            @Override
            boolean tryAdvance(Sink s) {
                if (!it.hasNext()) {
                    return false;
                }
                if (left > 0) {
                    left--;
                }
                switch (shape) {
                    case Pipeline.INT:
                        s.accept(((java.util.PrimitiveIterator.OfInt) it).nextInt());
                        break;
                    case Pipeline.LONG:
                        s.accept(((java.util.PrimitiveIterator.OfLong) it).nextLong());
                        break;
                    case Pipeline.DOUBLE:
                        s.accept(((java.util.PrimitiveIterator.OfDouble) it).nextDouble());
                        break;
                    default:
                        s.accept(it.next());
                }
                return true;
            }

            @Override
            long exactSize() {
                return size < 0 ? -1 : left;
            }
        };
    }

    /** The elements of {@code first}, then those of {@code second}. */
    static Source concat(Source first, Source second) {
        return new Source() {
            boolean inSecond;

            @Override
            boolean tryAdvance(Sink s) {
                if (!inSecond) {
                    if (first.tryAdvance(s)) {
                        return true;
                    }
                    inSecond = true;
                }
                return second.tryAdvance(s);
            }

            @Override
            long exactSize() {
                long b = second.exactSize();
                if (inSecond) {
                    return b;
                }
                long a = first.exactSize();
                if (a < 0 || b < 0) {
                    return -1;
                }
                long n = a + b;
                return n < 0 ? Long.MAX_VALUE : n;
            }
        };
    }

    /** No elements. */
    static Source empty() {
        return new Source() {
            @Override
            boolean tryAdvance(Sink s) {
                return false;
            }

            @Override
            long exactSize() {
                return 0;
            }
        };
    }
}
