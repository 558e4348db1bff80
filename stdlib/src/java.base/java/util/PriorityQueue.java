package java.util;

import java.util.function.Consumer;

/**
 * An unbounded priority queue on a binary heap in an array, with HotSpot's sift-up and sift-down, so its
 * array order (what iteration and {@code toString} show) matches. A collection given to the constructor is
 * heapified bottom-up (sorted sets and priority queues are taken in their order).
 */
public class PriorityQueue<E> extends AbstractQueue<E> implements java.io.Serializable {
    transient Object[] queue;
    int size;
    private final Comparator<? super E> comparator;
    transient int modCount;

    /** An empty queue in natural order. */
    public PriorityQueue() {
        this(11, null);
    }

    /** An empty queue in natural order with the given capacity. */
    public PriorityQueue(int initialCapacity) {
        this(initialCapacity, null);
    }

    /** An empty queue ordered by {@code comparator}. */
    public PriorityQueue(Comparator<? super E> comparator) {
        this(11, comparator);
    }

    /** An empty queue with the given capacity and comparator. */
    public PriorityQueue(int initialCapacity, Comparator<? super E> comparator) {
        if (initialCapacity < 1) {
            throw new IllegalArgumentException();
        }
        this.queue = new Object[initialCapacity];
        this.comparator = comparator;
    }

    /** A queue of the elements of {@code c}. */
    @SuppressWarnings("unchecked")
    public PriorityQueue(Collection<? extends E> c) {
        if (c instanceof SortedSet) {
            comparator = (Comparator<? super E>) ((SortedSet<?>) c).comparator();
            initElements(c);
        } else if (c instanceof PriorityQueue) {
            comparator = (Comparator<? super E>) ((PriorityQueue<?>) c).comparator();
            initElements(c);
        } else {
            comparator = null;
            initElements(c);
            heapify();
        }
    }

    /** A queue of the elements of {@code c}, in its order. */
    public PriorityQueue(PriorityQueue<? extends E> c) {
        this((Collection<? extends E>) c);
    }

    /** A queue of the elements of {@code c}, in its order. */
    public PriorityQueue(SortedSet<? extends E> c) {
        this((Collection<? extends E>) c);
    }

    private void initElements(Collection<? extends E> c) {
        Object[] a = c.toArray();
        if (a.getClass() != Object[].class) {
            a = Arrays.copyOf(a, a.length, Object[].class);
        }
        for (Object o : a) {
            Objects.requireNonNull(o);
        }
        queue = a.length == 0 ? new Object[1] : a;
        size = a.length;
    }

    private void heapify() {
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, queue[i]);
        }
    }

    @SuppressWarnings("unchecked")
    private int cmp(Object a, Object b) {
        return comparator == null ? ((Comparable<Object>) a).compareTo(b) : comparator.compare((E) a, (E) b);
    }

    private void siftUp(int k, Object x) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = queue[parent];
            if (cmp(x, e) >= 0) {
                break;
            }
            queue[k] = e;
            k = parent;
        }
        queue[k] = x;
    }

    private void siftDown(int k, Object x) {
        int half = size >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < size && cmp(c, queue[right]) > 0) {
                child = right;
                c = queue[child];
            }
            if (cmp(x, c) <= 0) {
                break;
            }
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public boolean offer(E e) {
        Objects.requireNonNull(e);
        modCount++;
        int i = size;
        if (i >= queue.length) {
            int old = queue.length;
            queue = Arrays.copyOf(queue, old + (old < 64 ? old + 2 : old >> 1));
        }
        size = i + 1;
        if (i == 0) {
            cmp(e, e);
            queue[0] = e;
        } else {
            siftUp(i, e);
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E peek() {
        return (E) queue[0];
    }

    private int indexOf(Object o) {
        if (o != null) {
            for (int i = 0; i < size; i++) {
                if (o.equals(queue[i])) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Override
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i == -1) {
            return false;
        }
        removeAt(i);
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Object[] toArray() {
        return Arrays.copyOf(queue, size);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T[] toArray(T[] a) {
        if (a.length < size) {
            return (T[]) Arrays.copyOf(queue, size, a.getClass());
        }
        System.arraycopy(queue, 0, a, 0, size);
        if (a.length > size) {
            a[size] = null;
        }
        return a;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) {
            queue[i] = null;
        }
        size = 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E poll() {
        if (size == 0) {
            return null;
        }
        E result = (E) queue[0];
        modCount++;
        int n = --size;
        Object x = queue[n];
        queue[n] = null;
        if (n > 0) {
            siftDown(0, x);
        }
        return result;
    }

    /** Removes the element at {@code i}; returns the last element if it moved to before {@code i}, else null. */
    Object removeAt(int i) {
        modCount++;
        int s = --size;
        if (s == i) {
            queue[i] = null;
            return null;
        }
        Object moved = queue[s];
        queue[s] = null;
        siftDown(i, moved);
        if (queue[i] == moved) {
            siftUp(i, moved);
            if (queue[i] != moved) {
                return moved;
            }
        }
        return null;
    }

    /** The comparator, or null for natural order. */
    public Comparator<? super E> comparator() {
        return comparator;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(Consumer<? super E> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        for (int i = 0; i < size; i++) {
            action.accept((E) queue[i]);
        }
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr();
    }

    /** Array-order iterator; elements moved before the cursor by a removal are visited at the end. */
    private final class Itr implements Iterator<E> {
        private int cursor;
        private int lastRet = -1;
        private ArrayDeque<Object> forgetMeNot;
        private Object lastRetElt;
        private int expectedModCount = modCount;

        @Override
        public boolean hasNext() {
            return cursor < size || (forgetMeNot != null && !forgetMeNot.isEmpty());
        }

        @Override
        @SuppressWarnings("unchecked")
        public E next() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (cursor < size) {
                lastRet = cursor;
                return (E) queue[cursor++];
            }
            if (forgetMeNot != null) {
                lastRet = -1;
                lastRetElt = forgetMeNot.poll();
                if (lastRetElt != null) {
                    return (E) lastRetElt;
                }
            }
            throw new NoSuchElementException();
        }

        @Override
        public void remove() {
            if (expectedModCount != modCount) {
                throw new ConcurrentModificationException();
            }
            if (lastRet != -1) {
                Object moved = removeAt(lastRet);
                lastRet = -1;
                if (moved == null) {
                    cursor--;
                } else {
                    if (forgetMeNot == null) {
                        forgetMeNot = new ArrayDeque<>();
                    }
                    forgetMeNot.add(moved);
                }
            } else if (lastRetElt != null) {
                for (int i = 0; i < size; i++) {
                    if (queue[i] == lastRetElt) {
                        removeAt(i);
                        break;
                    }
                }
                lastRetElt = null;
            } else {
                throw new IllegalStateException();
            }
            expectedModCount = modCount;
        }
    }
}
