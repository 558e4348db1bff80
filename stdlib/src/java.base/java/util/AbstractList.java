package java.util;

/**
 * A skeletal {@link List} over {@link #get} and {@link #size}: iterators (fail-fast through {@link #modCount}),
 * search, {@code equals}/{@code hashCode} as {@code List} defines them, and {@link #subList} views. Changing
 * operations are unsupported unless a subclass overrides {@code set}, {@code add(int, E)} and {@code remove(int)}.
 */
public abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
    /** Structural modifications so far; iterators compare it to detect concurrent modification. */
    protected transient int modCount;

    /** For subclasses. */
    protected AbstractList() {
    }

    @Override
    public boolean add(E e) {
        add(size(), e);
        return true;
    }

    @Override
    public abstract E get(int index);

    @Override
    public E set(int index, E element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(int index, E element) {
        throw new UnsupportedOperationException();
    }

    @Override
    public E remove(int index) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int indexOf(Object o) {
        ListIterator<E> it = listIterator();
        while (it.hasNext()) {
            if (Objects.equals(o, it.next())) {
                return it.previousIndex();
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        ListIterator<E> it = listIterator(size());
        while (it.hasPrevious()) {
            if (Objects.equals(o, it.previous())) {
                return it.nextIndex();
            }
        }
        return -1;
    }

    @Override
    public void clear() {
        removeRange(0, size());
    }

    @Override
    public boolean addAll(int index, Collection<? extends E> c) {
        rangeCheckForAdd(index);
        boolean modified = false;
        for (E e : c) {
            add(index++, e);
            modified = true;
        }
        return modified;
    }

    @Override
    public Iterator<E> iterator() {
        return new Itr(0);
    }

    @Override
    public ListIterator<E> listIterator() {
        return listIterator(0);
    }

    @Override
    public ListIterator<E> listIterator(int index) {
        rangeCheckForAdd(index);
        return new Itr(index);
    }

    private void rangeCheckForAdd(int index) {
        if (index < 0 || index > size()) {
            throw new IndexOutOfBoundsException(new StringBuilder().append("Index: ").append(index)
                .append(", Size: ").append(size()).toString());
        }
    }

    /** The iterator of this list: a cursor over {@link #get}. */
    private final class Itr implements ListIterator<E> {
        int cursor;
        int lastRet = -1;
        int expectedModCount = modCount;

        Itr(int index) {
            cursor = index;
        }

        private void checkForComodification() {
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
        }

        @Override
        public boolean hasNext() {
            return cursor != size();
        }

        @Override
        public E next() {
            checkForComodification();
            int i = cursor;
            if (i >= size()) {
                throw new NoSuchElementException();
            }
            E e = get(i);
            lastRet = i;
            cursor = i + 1;
            return e;
        }

        @Override
        public boolean hasPrevious() {
            return cursor != 0;
        }

        @Override
        public E previous() {
            checkForComodification();
            int i = cursor - 1;
            if (i < 0) {
                throw new NoSuchElementException();
            }
            E e = get(i);
            lastRet = i;
            cursor = i;
            return e;
        }

        @Override
        public int nextIndex() {
            return cursor;
        }

        @Override
        public int previousIndex() {
            return cursor - 1;
        }

        @Override
        public void remove() {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            AbstractList.this.remove(lastRet);
            if (lastRet < cursor) {
                cursor--;
            }
            lastRet = -1;
            expectedModCount = modCount;
        }

        @Override
        public void set(E e) {
            if (lastRet < 0) {
                throw new IllegalStateException();
            }
            checkForComodification();
            AbstractList.this.set(lastRet, e);
            expectedModCount = modCount;
        }

        @Override
        public void add(E e) {
            checkForComodification();
            AbstractList.this.add(cursor++, e);
            lastRet = -1;
            expectedModCount = modCount;
        }
    }

    @Override
    public List<E> subList(int fromIndex, int toIndex) {
        if (fromIndex < 0) {
            throw new IndexOutOfBoundsException(new StringBuilder().append("fromIndex = ").append(fromIndex)
                .toString());
        }
        if (toIndex > size()) {
            throw new IndexOutOfBoundsException(new StringBuilder().append("toIndex = ").append(toIndex)
                .toString());
        }
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException(new StringBuilder().append("fromIndex(").append(fromIndex)
                .append(") > toIndex(").append(toIndex).append(')').toString());
        }
        return new SubList<>(this, fromIndex, toIndex);
    }

    /** A view of a range of a list; changes go through to it. */
    private static final class SubList<E> extends AbstractList<E> {
        private final AbstractList<E> root;
        private final int offset;
        private int size;

        SubList(AbstractList<E> root, int from, int to) {
            this.root = root;
            this.offset = from;
            this.size = to - from;
            this.modCount = root.modCount;
        }

        private void check(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(new StringBuilder().append("Index ").append(index)
                    .append(" out of bounds for length ").append(size).toString());
            }
            if (root.modCount != modCount) {
                throw new ConcurrentModificationException();
            }
        }

        @Override
        public E get(int index) {
            check(index);
            return root.get(offset + index);
        }

        @Override
        public E set(int index, E element) {
            check(index);
            return root.set(offset + index, element);
        }

        @Override
        public int size() {
            if (root.modCount != modCount) {
                throw new ConcurrentModificationException();
            }
            return size;
        }

        @Override
        public void add(int index, E element) {
            if (index < 0 || index > size) {
                throw new IndexOutOfBoundsException(new StringBuilder().append("Index: ").append(index)
                    .append(", Size: ").append(size).toString());
            }
            root.add(offset + index, element);
            modCount = root.modCount;
            size++;
        }

        @Override
        public E remove(int index) {
            check(index);
            E e = root.remove(offset + index);
            modCount = root.modCount;
            size--;
            return e;
        }
    }

    /** Removes {@code [fromIndex, toIndex)} one element at a time. */
    protected void removeRange(int fromIndex, int toIndex) {
        ListIterator<E> it = listIterator(fromIndex);
        for (int i = 0, n = toIndex - fromIndex; i < n; i++) {
            it.next();
            it.remove();
        }
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        if (!(o instanceof List)) {
            return false;
        }
        Iterator<E> e1 = iterator();
        Iterator<?> e2 = ((List<?>) o).iterator();
        while (e1.hasNext() && e2.hasNext()) {
            if (!Objects.equals(e1.next(), e2.next())) {
                return false;
            }
        }
        return !(e1.hasNext() || e2.hasNext());
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (E e : this) {
            h = 31 * h + (e == null ? 0 : e.hashCode());
        }
        return h;
    }
}
