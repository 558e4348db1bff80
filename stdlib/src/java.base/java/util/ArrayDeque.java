package java.util;

import java.util.function.Consumer;

/**
 * A resizable circular-array {@link Deque} (no null elements), usable as a stack and as a queue. Iterators
 * run from head to tail and are fail-fast.
 */
public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E>, Cloneable, java.io.Serializable {
    transient Object[] elements;
    transient int head;
    transient int size;
    private transient int modCount;

    /** An empty deque. */
    public ArrayDeque() {
        elements = new Object[16];
    }

    /** An empty deque with room for {@code numElements}. */
    public ArrayDeque(int numElements) {
        elements = new Object[Math.max(1, numElements + 1)];
    }

    /** A deque of the elements of {@code c} in its order. */
    public ArrayDeque(Collection<? extends E> c) {
        this(c.size());
        addAll(c);
    }

    private int index(int i) {
        int j = head + i;
        return j >= elements.length ? j - elements.length : j;
    }

    private void grow() {
        int n = elements.length;
        Object[] a = new Object[n < 64 ? n * 2 + 2 : n + (n >> 1)];
        for (int i = 0; i < size; i++) {
            a[i] = elements[index(i)];
        }
        elements = a;
        head = 0;
    }

    @Override
    public void addFirst(E e) {
        Objects.requireNonNull(e);
        if (size == elements.length) {
            grow();
        }
        head = head == 0 ? elements.length - 1 : head - 1;
        elements[head] = e;
        size++;
        modCount++;
    }

    @Override
    public void addLast(E e) {
        Objects.requireNonNull(e);
        if (size == elements.length) {
            grow();
        }
        elements[index(size)] = e;
        size++;
        modCount++;
    }

    @Override
    public boolean addAll(Collection<? extends E> c) {
        for (E e : c) {
            addLast(e);
        }
        return !c.isEmpty();
    }

    @Override
    public boolean offerFirst(E e) {
        addFirst(e);
        return true;
    }

    @Override
    public boolean offerLast(E e) {
        addLast(e);
        return true;
    }

    @Override
    public E removeFirst() {
        E e = pollFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E removeLast() {
        E e = pollLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E pollFirst() {
        if (size == 0) {
            return null;
        }
        E e = (E) elements[head];
        elements[head] = null;
        head = index(1);
        size--;
        modCount++;
        return e;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E pollLast() {
        if (size == 0) {
            return null;
        }
        int i = index(size - 1);
        E e = (E) elements[i];
        elements[i] = null;
        size--;
        modCount++;
        return e;
    }

    @Override
    public E getFirst() {
        E e = peekFirst();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    public E getLast() {
        E e = peekLast();
        if (e == null) {
            throw new NoSuchElementException();
        }
        return e;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peekFirst() {
        return size == 0 ? null : (E) elements[head];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peekLast() {
        return size == 0 ? null : (E) elements[index(size - 1)];
    }

    @Override
    public boolean removeFirstOccurrence(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(elements[index(i)])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean removeLastOccurrence(Object o) {
        if (o != null) {
            for (int i = size - 1; i >= 0; i--) {
                if (o.equals(elements[index(i)])) {
                    delete(i);
                    return true;
                }
            }
        }
        return false;
    }

    /** Removes the element at logical position {@code i}, closing the gap. */
    void delete(int i) {
        for (int j = i; j < size - 1; j++) {
            elements[index(j)] = elements[index(j + 1)];
        }
        elements[index(size - 1)] = null;
        size--;
        modCount++;
    }

    @Override
    public boolean add(E e) {
        addLast(e);
        return true;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public boolean contains(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(elements[index(i)])) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean remove(Object o) {
        return removeFirstOccurrence(o);
    }

    @Override
    public void clear() {
        for (int i = 0; i < size; i++) {
            elements[index(i)] = null;
        }
        head = 0;
        size = 0;
        modCount++;
    }

    @Override
    public Object[] toArray() {
        Object[] a = new Object[size];
        for (int i = 0; i < size; i++) {
            a[i] = elements[index(i)];
        }
        return a;
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr(false);
    }

    @Override
    public Iterator<E> descendingIterator() {
        return new Itr(true);
    }

    @Override
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        for (int i = 0; i < size; i++) {
            @SuppressWarnings("unchecked")
            E e = (E) elements[index(i)];
            action.accept(e);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
        }
    }

    @Override
    public Spliterator<E> spliterator() {
        return Spliterators.spliterator(this, Spliterator.ORDERED | Spliterator.NONNULL);
    }

    /** A shallow copy. */
    @Override
    @SuppressWarnings("unchecked")
    public ArrayDeque<E> clone() {
        try {
            ArrayDeque<E> d = (ArrayDeque<E>) super.clone();
            d.elements = elements.clone();
            return d;
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
    }

    /** A fail-fast iterator in either direction. */
    private final class Itr implements Iterator<E> {
        private final boolean reverse;
        private int done;
        private int lastRet = -1;
        private int expectedModCount = modCount;

        Itr(boolean reverse) {
            this.reverse = reverse;
        }

        @Override
        public boolean hasNext() {
            return done < size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (done >= size) {
                throw new NoSuchElementException();
            }
            int i = reverse ? size - 1 - done : done;
            done++;
            lastRet = i;
            return (E) elements[index(i)];
        }

        @Override
        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            delete(lastRet);
            done--;
            lastRet = -1;
            expectedModCount = modCount;
        }
    }
}
