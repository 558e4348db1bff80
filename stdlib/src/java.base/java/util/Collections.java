package java.util;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Algorithms over collections (stable sort, shuffle with the documented swap sequence, binary search,
 * rotation, min/max returning the first extreme element, ...) and wrappers: unmodifiable views, empty and
 * singleton collections, {@code nCopies}. The {@code synchronized*} methods return the collection itself:
 * Cortado runs one thread, so there is nothing to lock against (a thread issue will make them real views).
 */
public final class Collections {
    private Collections() {
    }

    /** The immutable empty list. */
    @SuppressWarnings("rawtypes")
    public static final List EMPTY_LIST = List.of();
    /** The immutable empty set. */
    @SuppressWarnings("rawtypes")
    public static final Set EMPTY_SET = Set.of();
    /** The immutable empty map. */
    @SuppressWarnings("rawtypes")
    public static final Map EMPTY_MAP = Map.of();

    private static Random shuffleRandom;

    /** Sorts {@code list} into natural order, stably. */
    public static <T extends Comparable<? super T>> void sort(List<T> list) {
        list.sort(null);
    }

    /** Sorts {@code list} by {@code c}, stably. */
    public static <T> void sort(List<T> list, Comparator<? super T> c) {
        list.sort(c);
    }

    /** Searches the sorted {@code list} for {@code key}: its index, or {@code -(insertion point) - 1}. */
    @SuppressWarnings("unchecked")
    public static <T> int binarySearch(List<? extends Comparable<? super T>> list, T key) {
        return binarySearch((List<T>) list, key, (Comparator<T>) null);
    }

    /** Searches the list sorted by {@code c} for {@code key}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> int binarySearch(List<? extends T> list, T key, Comparator<? super T> c) {
        int low = 0;
        int high = list.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            T midVal = list.get(mid);
            int cmp = c == null ? ((Comparable) midVal).compareTo(key) : c.compare(midVal, key);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Reverses the order of {@code list}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void reverse(List<?> list) {
        List l = list;
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
            l.set(i, l.set(j, l.get(i)));
        }
    }

    /** Shuffles {@code list} with a shared random source. */
    public static void shuffle(List<?> list) {
        Random r = shuffleRandom;
        if (r == null) {
            r = new Random();
            shuffleRandom = r;
        }
        shuffle(list, r);
    }

    /** Shuffles {@code list}: for i from size down to 2, swaps i-1 with {@code rnd.nextInt(i)}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void shuffle(List<?> list, Random rnd) {
        Object[] a = list.toArray();
        for (int i = a.length; i > 1; i--) {
            int j = rnd.nextInt(i);
            Object t = a[i - 1];
            a[i - 1] = a[j];
            a[j] = t;
        }
        ListIterator it = list.listIterator();
        for (Object e : a) {
            it.next();
            it.set(e);
        }
    }

    /** Swaps the elements at {@code i} and {@code j}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void swap(List<?> list, int i, int j) {
        List l = list;
        l.set(i, l.set(j, l.get(i)));
    }

    /** Replaces every element with {@code obj}. */
    public static <T> void fill(List<? super T> list, T obj) {
        ListIterator<? super T> it = list.listIterator();
        while (it.hasNext()) {
            it.next();
            it.set(obj);
        }
    }

    /** Copies {@code src} into the start of {@code dest}. */
    public static <T> void copy(List<? super T> dest, List<? extends T> src) {
        int n = src.size();
        if (n > dest.size()) {
            throw new IndexOutOfBoundsException("Source does not fit in dest");
        }
        for (int i = 0; i < n; i++) {
            dest.set(i, src.get(i));
        }
    }

    /** The least element in natural order (the first of equals). */
    public static <T extends Object & Comparable<? super T>> T min(Collection<? extends T> coll) {
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T e = it.next();
            if (e.compareTo(best) < 0) {
                best = e;
            }
        }
        return best;
    }

    /** The least element under {@code comp} (natural order if null). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T min(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) {
            return (T) min((Collection) coll);
        }
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T e = it.next();
            if (comp.compare(e, best) < 0) {
                best = e;
            }
        }
        return best;
    }

    /** The greatest element in natural order (the first of equals). */
    public static <T extends Object & Comparable<? super T>> T max(Collection<? extends T> coll) {
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T e = it.next();
            if (e.compareTo(best) > 0) {
                best = e;
            }
        }
        return best;
    }

    /** The greatest element under {@code comp} (natural order if null). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> T max(Collection<? extends T> coll, Comparator<? super T> comp) {
        if (comp == null) {
            return (T) max((Collection) coll);
        }
        Iterator<? extends T> it = coll.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T e = it.next();
            if (comp.compare(e, best) > 0) {
                best = e;
            }
        }
        return best;
    }

    /** Rotates {@code list} by {@code distance} (element i moves to (i + distance) mod size). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void rotate(List<?> list, int distance) {
        int size = list.size();
        if (size == 0) {
            return;
        }
        distance = distance % size;
        if (distance < 0) {
            distance += size;
        }
        if (distance == 0) {
            return;
        }
        Object[] a = list.toArray();
        List l = list;
        for (int i = 0; i < size; i++) {
            l.set((i + distance) % size, a[i]);
        }
    }

    /** Replaces every occurrence of {@code oldVal} with {@code newVal}; whether any was. */
    public static <T> boolean replaceAll(List<T> list, T oldVal, T newVal) {
        boolean any = false;
        ListIterator<T> it = list.listIterator();
        while (it.hasNext()) {
            if (Objects.equals(it.next(), oldVal)) {
                it.set(newVal);
                any = true;
            }
        }
        return any;
    }

    /** The first position where {@code target} occurs in {@code source}, or -1. */
    public static int indexOfSubList(List<?> source, List<?> target) {
        int n = source.size();
        int m = target.size();
        outer:
        for (int i = 0; i <= n - m; i++) {
            for (int j = 0; j < m; j++) {
                if (!Objects.equals(target.get(j), source.get(i + j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The last position where {@code target} occurs in {@code source}, or -1. */
    public static int lastIndexOfSubList(List<?> source, List<?> target) {
        int n = source.size();
        int m = target.size();
        outer:
        for (int i = n - m; i >= 0; i--) {
            for (int j = 0; j < m; j++) {
                if (!Objects.equals(target.get(j), source.get(i + j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** How many elements equal {@code o}. */
    public static int frequency(Collection<?> c, Object o) {
        int n = 0;
        for (Object e : c) {
            if (Objects.equals(o, e)) {
                n++;
            }
        }
        return n;
    }

    /** Whether the collections have no element in common. */
    public static boolean disjoint(Collection<?> c1, Collection<?> c2) {
        for (Object e : c1) {
            if (c2.contains(e)) {
                return false;
            }
        }
        return true;
    }

    /** Adds all {@code elements} to {@code c}; whether it changed. */
    @SafeVarargs
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean changed = false;
        for (T e : elements) {
            changed |= c.add(e);
        }
        return changed;
    }

    /** The reverse of the natural order. */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder() {
        return (Comparator<T>) Comparator.Natural.REVERSED;
    }

    /** The reverse of {@code cmp} (of the natural order if null). */
    @SuppressWarnings("unchecked")
    public static <T> Comparator<T> reverseOrder(Comparator<T> cmp) {
        if (cmp == null) {
            return reverseOrder();
        }
        if (cmp == Comparator.Natural.REVERSED) {
            return (Comparator<T>) Comparator.Natural.INSTANCE;
        }
        return cmp.reversed();
    }

    /** An enumeration over {@code c}. */
    public static <T> Enumeration<T> enumeration(Collection<T> c) {
        Iterator<T> it = c.iterator();
        return new Enumeration<T>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public T nextElement() {
                return it.next();
            }
        };
    }

    /** The elements of {@code e} in a new ArrayList. */
    public static <T> ArrayList<T> list(Enumeration<T> e) {
        ArrayList<T> l = new ArrayList<>();
        while (e.hasMoreElements()) {
            l.add(e.nextElement());
        }
        return l;
    }

    /** A set backed by the (empty) map {@code map}. */
    public static <E> Set<E> newSetFromMap(Map<E, Boolean> map) {
        if (!map.isEmpty()) {
            throw new IllegalArgumentException("Map is non-empty");
        }
        return new AbstractSet<E>() {
            @Override
            public Iterator<E> iterator() {
                return map.keySet().iterator();
            }

            @Override
            public int size() {
                return map.size();
            }

            @Override
            public boolean contains(Object o) {
                return map.containsKey(o);
            }

            @Override
            public boolean add(E e) {
                return map.put(e, Boolean.TRUE) == null;
            }

            @Override
            public boolean remove(Object o) {
                return map.remove(o) != null;
            }

            @Override
            public void clear() {
                map.clear();
            }

            @Override
            public String toString() {
                return map.keySet().toString();
            }
        };
    }

    // ---- empty, singleton, nCopies ----

    /** The empty immutable list. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> emptyList() {
        return (List<T>) EMPTY_LIST;
    }

    /** The empty immutable set. */
    @SuppressWarnings("unchecked")
    public static <T> Set<T> emptySet() {
        return (Set<T>) EMPTY_SET;
    }

    /** The empty immutable map. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> emptyMap() {
        return (Map<K, V>) EMPTY_MAP;
    }

    /** An empty immutable sorted set. */
    public static <E> SortedSet<E> emptySortedSet() {
        return unmodifiableSortedSet(new TreeSet<E>());
    }

    /** An empty immutable navigable set. */
    public static <E> NavigableSet<E> emptyNavigableSet() {
        return unmodifiableNavigableSet(new TreeSet<E>());
    }

    /** An empty immutable sorted map. */
    public static <K, V> SortedMap<K, V> emptySortedMap() {
        return unmodifiableSortedMap(new TreeMap<K, V>());
    }

    /** An empty immutable navigable map. */
    public static <K, V> NavigableMap<K, V> emptyNavigableMap() {
        return unmodifiableNavigableMap(new TreeMap<K, V>());
    }

    /** An iterator over nothing. */
    public static <T> Iterator<T> emptyIterator() {
        return Collections.<T>emptyList().iterator();
    }

    /** A list iterator over nothing. */
    public static <T> ListIterator<T> emptyListIterator() {
        return Collections.<T>emptyList().listIterator();
    }

    /** An enumeration over nothing. */
    public static <T> Enumeration<T> emptyEnumeration() {
        return enumeration(Collections.<T>emptyList());
    }

    /** An immutable set of one element (which may be null). */
    public static <T> Set<T> singleton(T o) {
        return new AbstractSet<T>() {
            @Override
            public Iterator<T> iterator() {
                return singletonIterator(o);
            }

            @Override
            public int size() {
                return 1;
            }

            @Override
            public boolean contains(Object x) {
                return Objects.equals(x, o);
            }

            @Override
            public boolean removeIf(Predicate<? super T> filter) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static <T> Iterator<T> singletonIterator(T o) {
        return new Iterator<T>() {
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public T next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                done = true;
                return o;
            }
        };
    }

    /** An immutable list of one element (which may be null). */
    public static <T> List<T> singletonList(T o) {
        return new ConstantList<>(1, o);
    }

    /** An immutable map of one mapping (nulls allowed). */
    public static <K, V> Map<K, V> singletonMap(K key, V value) {
        return new AbstractMap<K, V>() {
            @Override
            public Set<Map.Entry<K, V>> entrySet() {
                return singleton(new AbstractMap.SimpleImmutableEntry<>(key, value));
            }

            @Override
            public int size() {
                return 1;
            }

            @Override
            public boolean containsKey(Object k) {
                return Objects.equals(k, key);
            }

            @Override
            public V get(Object k) {
                return Objects.equals(k, key) ? value : null;
            }
        };
    }

    /** An immutable list of {@code n} copies of {@code o}. */
    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) {
            throw new IllegalArgumentException("List length = " + n);
        }
        return new ConstantList<>(n, o);
    }

    /** An immutable list of one value repeated. */
    private static final class ConstantList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private final int n;
        private final E element;

        ConstantList(int n, E element) {
            this.n = n;
            this.element = element;
        }

        @Override
        public int size() {
            return n;
        }

        @Override
        public E get(int index) {
            Objects.checkIndex(index, n);
            return element;
        }

        @Override
        public boolean contains(Object o) {
            return n != 0 && Objects.equals(o, element);
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void sort(Comparator<? super E> c) {
            if (n > 1) {
                throw new UnsupportedOperationException();
            }
        }
    }

    // ---- synchronized views (see SynchronizedCollections) ----

    /** A view of {@code c} whose every operation holds the view's monitor. */
    public static <T> Collection<T> synchronizedCollection(Collection<T> c) {
        return new SynchronizedCollections.SyncCollection<>(c);
    }

    /** A view of {@code list} whose every operation holds the view's monitor. */
    public static <T> List<T> synchronizedList(List<T> list) {
        Objects.requireNonNull(list);
        return list instanceof RandomAccess
            ? new SynchronizedCollections.SyncRandomAccessList<>(list)
            : new SynchronizedCollections.SyncList<>(list);
    }

    /** A view of {@code s} whose every operation holds the view's monitor. */
    public static <T> Set<T> synchronizedSet(Set<T> s) {
        return new SynchronizedCollections.SyncSet<>(s);
    }

    /** A view of {@code m} whose every operation holds the view's monitor. */
    public static <K, V> Map<K, V> synchronizedMap(Map<K, V> m) {
        return new SynchronizedCollections.SyncMap<>(m);
    }

    /** A view of {@code m} whose every operation holds the view's monitor. */
    public static <K, V> SortedMap<K, V> synchronizedSortedMap(SortedMap<K, V> m) {
        return new SynchronizedCollections.SyncSortedMap<>(m);
    }

    /** A view of {@code s} whose every operation holds the view's monitor. */
    public static <T> SortedSet<T> synchronizedSortedSet(SortedSet<T> s) {
        return new SynchronizedCollections.SyncSortedSet<>(s);
    }

    // ---- checked (dynamically type-safe) views ----

    /** A view of {@code c} that rejects elements not of {@code type}. */
    public static <E> Collection<E> checkedCollection(Collection<E> c, Class<E> type) {
        return new CheckedCollections.CheckedCollection<>(c, type);
    }

    /** A view of {@code list} that rejects elements not of {@code type}. */
    public static <E> List<E> checkedList(List<E> list, Class<E> type) {
        return new CheckedCollections.CheckedList<>(list, type);
    }

    /** A view of {@code s} that rejects elements not of {@code type}. */
    public static <E> Set<E> checkedSet(Set<E> s, Class<E> type) {
        return new CheckedCollections.CheckedSet<>(s, type);
    }

    /** A view of {@code m} that rejects keys and values not of the given types. */
    public static <K, V> Map<K, V> checkedMap(Map<K, V> m, Class<K> keyType, Class<V> valueType) {
        return new CheckedCollections.CheckedMap<>(m, keyType, valueType);
    }

    // ---- unmodifiable views ----

    /** A read-only view of {@code c}. */
    @SuppressWarnings("unchecked")
    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        if (c instanceof UCollection) {
            return (Collection<T>) c;
        }
        return new UCollection<>(c);
    }

    /** A read-only view of {@code list}. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> unmodifiableList(List<? extends T> list) {
        if (list instanceof UList || list instanceof ImmutableCollections.ListN) {
            return (List<T>) list;
        }
        return new UList<>(list);
    }

    /** A read-only view of {@code s}. */
    @SuppressWarnings("unchecked")
    public static <T> Set<T> unmodifiableSet(Set<? extends T> s) {
        if (s instanceof USet || s instanceof ImmutableCollections.SetN) {
            return (Set<T>) s;
        }
        return new USet<>(s);
    }

    /** A read-only view of {@code s}. */
    @SuppressWarnings("unchecked")
    public static <T> SortedSet<T> unmodifiableSortedSet(SortedSet<T> s) {
        if (s instanceof NavigableSet) {
            return unmodifiableNavigableSet((NavigableSet<T>) s);
        }
        return new UNavigableSet<>(new TreeSet<>(s));
    }

    /** A read-only view of {@code s}. */
    public static <T> NavigableSet<T> unmodifiableNavigableSet(NavigableSet<T> s) {
        if (s instanceof UNavigableSet) {
            return s;
        }
        return new UNavigableSet<>(s);
    }

    /** A read-only view of {@code m}. */
    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
        if (m instanceof UMap || m instanceof ImmutableCollections.MapN) {
            return (Map<K, V>) m;
        }
        return new UMap<>(m);
    }

    /** A read-only view of {@code m}. */
    @SuppressWarnings("unchecked")
    public static <K, V> SortedMap<K, V> unmodifiableSortedMap(SortedMap<K, ? extends V> m) {
        if (m instanceof NavigableMap) {
            return unmodifiableNavigableMap((NavigableMap<K, V>) m);
        }
        return new UNavigableMap<>(new TreeMap<K, V>(m));
    }

    /** A read-only view of {@code m}. */
    @SuppressWarnings("unchecked")
    public static <K, V> NavigableMap<K, V> unmodifiableNavigableMap(NavigableMap<K, ? extends V> m) {
        if (m instanceof UNavigableMap) {
            return (NavigableMap<K, V>) m;
        }
        return new UNavigableMap<>((NavigableMap<K, V>) m);
    }

    static UnsupportedOperationException uoe() {
        return new UnsupportedOperationException();
    }

    /** A read-only view of a collection. */
    static class UCollection<E> implements Collection<E>, java.io.Serializable {
        final Collection<? extends E> c;

        UCollection(Collection<? extends E> c) {
            this.c = Objects.requireNonNull(c);
        }

        @Override
        public int size() {
            return c.size();
        }

        @Override
        public boolean isEmpty() {
            return c.isEmpty();
        }

        @Override
        public boolean contains(Object o) {
            return c.contains(o);
        }

        @Override
        public Object[] toArray() {
            return c.toArray();
        }

        @Override
        public <T> T[] toArray(T[] a) {
            return c.toArray(a);
        }

        @Override
        public String toString() {
            return c.toString();
        }

        @Override
        public Iterator<E> iterator() {
            Iterator<? extends E> it = c.iterator();
            return new Iterator<E>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public E next() {
                    return it.next();
                }
            };
        }

        @Override
        public boolean add(E e) {
            throw uoe();
        }

        @Override
        public boolean remove(Object o) {
            throw uoe();
        }

        @Override
        public boolean containsAll(Collection<?> coll) {
            return c.containsAll(coll);
        }

        @Override
        public boolean addAll(Collection<? extends E> coll) {
            throw uoe();
        }

        @Override
        public boolean removeAll(Collection<?> coll) {
            throw uoe();
        }

        @Override
        public boolean retainAll(Collection<?> coll) {
            throw uoe();
        }

        @Override
        public void clear() {
            throw uoe();
        }

        @Override
        public boolean removeIf(Predicate<? super E> filter) {
            throw uoe();
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEach(Consumer<? super E> action) {
            ((Collection<E>) c).forEach(action);
        }
    }

    /** A read-only view of a set. */
    static class USet<E> extends UCollection<E> implements Set<E> {
        USet(Set<? extends E> s) {
            super(s);
        }

        @Override
        public boolean equals(Object o) {
            return o == this || c.equals(o);
        }

        @Override
        public int hashCode() {
            return c.hashCode();
        }
    }

    /** A read-only view of a navigable set. */
    static final class UNavigableSet<E> extends USet<E> implements NavigableSet<E> {
        private final NavigableSet<E> ns;

        UNavigableSet(NavigableSet<E> s) {
            super(s);
            ns = s;
        }

        @Override
        public Comparator<? super E> comparator() {
            return ns.comparator();
        }

        @Override
        public E first() {
            return ns.first();
        }

        @Override
        public E last() {
            return ns.last();
        }

        @Override
        public E lower(E e) {
            return ns.lower(e);
        }

        @Override
        public E floor(E e) {
            return ns.floor(e);
        }

        @Override
        public E ceiling(E e) {
            return ns.ceiling(e);
        }

        @Override
        public E higher(E e) {
            return ns.higher(e);
        }

        @Override
        public E pollFirst() {
            throw uoe();
        }

        @Override
        public E pollLast() {
            throw uoe();
        }

        @Override
        public NavigableSet<E> descendingSet() {
            return new UNavigableSet<>(ns.descendingSet());
        }

        @Override
        public Iterator<E> descendingIterator() {
            return descendingSet().iterator();
        }

        @Override
        public NavigableSet<E> subSet(E from, boolean fromInc, E to, boolean toInc) {
            return new UNavigableSet<>(ns.subSet(from, fromInc, to, toInc));
        }

        @Override
        public NavigableSet<E> headSet(E to, boolean inc) {
            return new UNavigableSet<>(ns.headSet(to, inc));
        }

        @Override
        public NavigableSet<E> tailSet(E from, boolean inc) {
            return new UNavigableSet<>(ns.tailSet(from, inc));
        }

        @Override
        public SortedSet<E> subSet(E from, E to) {
            return subSet(from, true, to, false);
        }

        @Override
        public SortedSet<E> headSet(E to) {
            return headSet(to, false);
        }

        @Override
        public SortedSet<E> tailSet(E from) {
            return tailSet(from, true);
        }
    }

    /** A read-only view of a list. */
    static final class UList<E> extends UCollection<E> implements List<E>, RandomAccess {
        private final List<? extends E> list;

        UList(List<? extends E> list) {
            super(list);
            this.list = list;
        }

        @Override
        public boolean equals(Object o) {
            return o == this || list.equals(o);
        }

        @Override
        public int hashCode() {
            return list.hashCode();
        }

        @Override
        public E get(int index) {
            return list.get(index);
        }

        @Override
        public E set(int index, E element) {
            throw uoe();
        }

        @Override
        public void add(int index, E element) {
            throw uoe();
        }

        @Override
        public E remove(int index) {
            throw uoe();
        }

        @Override
        public int indexOf(Object o) {
            return list.indexOf(o);
        }

        @Override
        public int lastIndexOf(Object o) {
            return list.lastIndexOf(o);
        }

        @Override
        public boolean addAll(int index, Collection<? extends E> c) {
            throw uoe();
        }

        @Override
        public void replaceAll(UnaryOperator<E> operator) {
            throw uoe();
        }

        @Override
        public void sort(Comparator<? super E> c) {
            throw uoe();
        }

        @Override
        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        @Override
        public ListIterator<E> listIterator(int index) {
            ListIterator<? extends E> it = list.listIterator(index);
            return new ListIterator<E>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public E next() {
                    return it.next();
                }

                @Override
                public boolean hasPrevious() {
                    return it.hasPrevious();
                }

                @Override
                public E previous() {
                    return it.previous();
                }

                @Override
                public int nextIndex() {
                    return it.nextIndex();
                }

                @Override
                public int previousIndex() {
                    return it.previousIndex();
                }

                @Override
                public void remove() {
                    throw uoe();
                }

                @Override
                public void set(E e) {
                    throw uoe();
                }

                @Override
                public void add(E e) {
                    throw uoe();
                }
            };
        }

        @Override
        public List<E> subList(int fromIndex, int toIndex) {
            return new UList<>(list.subList(fromIndex, toIndex));
        }
    }

    /** A read-only view of a map. */
    static class UMap<K, V> implements Map<K, V>, java.io.Serializable {
        final Map<? extends K, ? extends V> m;

        UMap(Map<? extends K, ? extends V> m) {
            this.m = Objects.requireNonNull(m);
        }

        @Override
        public int size() {
            return m.size();
        }

        @Override
        public boolean isEmpty() {
            return m.isEmpty();
        }

        @Override
        public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        @Override
        public boolean containsValue(Object val) {
            return m.containsValue(val);
        }

        @Override
        public V get(Object key) {
            return m.get(key);
        }

        @Override
        public V put(K key, V value) {
            throw uoe();
        }

        @Override
        public V remove(Object key) {
            throw uoe();
        }

        @Override
        public void putAll(Map<? extends K, ? extends V> map) {
            throw uoe();
        }

        @Override
        public void clear() {
            throw uoe();
        }

        @Override
        public Set<K> keySet() {
            return unmodifiableSet(m.keySet());
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Set<Map.Entry<K, V>> entrySet() {
            Set<? extends Map.Entry<? extends K, ? extends V>> es = m.entrySet();
            return new USet<Map.Entry<K, V>>((Set) es) {
                @Override
                public Iterator<Map.Entry<K, V>> iterator() {
                    Iterator<? extends Map.Entry<? extends K, ? extends V>> it = es.iterator();
                    return new Iterator<Map.Entry<K, V>>() {
                        @Override
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        @Override
                        public Map.Entry<K, V> next() {
                            Map.Entry<? extends K, ? extends V> e = it.next();
                            return new Map.Entry<K, V>() {
                                @Override
                                public K getKey() {
                                    return e.getKey();
                                }

                                @Override
                                public V getValue() {
                                    return e.getValue();
                                }

                                @Override
                                public V setValue(V v) {
                                    throw uoe();
                                }

                                @Override
                                public boolean equals(Object o) {
                                    return e.equals(o);
                                }

                                @Override
                                public int hashCode() {
                                    return e.hashCode();
                                }

                                @Override
                                public String toString() {
                                    return e.toString();
                                }
                            };
                        }
                    };
                }

                @Override
                public Object[] toArray() {
                    Object[] a = new Object[size()];
                    int i = 0;
                    for (Map.Entry<K, V> e : this) {
                        a[i++] = e;
                    }
                    return a;
                }
            };
        }

        @Override
        public Collection<V> values() {
            return unmodifiableCollection(m.values());
        }

        @Override
        public boolean equals(Object o) {
            return o == this || m.equals(o);
        }

        @Override
        public int hashCode() {
            return m.hashCode();
        }

        @Override
        public String toString() {
            return m.toString();
        }

        @Override
        @SuppressWarnings("unchecked")
        public V getOrDefault(Object k, V defaultValue) {
            return ((Map<K, V>) m).getOrDefault(k, defaultValue);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void forEach(java.util.function.BiConsumer<? super K, ? super V> action) {
            ((Map<K, V>) m).forEach(action);
        }

        @Override
        public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
            throw uoe();
        }

        @Override
        public V putIfAbsent(K key, V value) {
            throw uoe();
        }

        @Override
        public boolean remove(Object key, Object value) {
            throw uoe();
        }

        @Override
        public boolean replace(K key, V oldValue, V newValue) {
            throw uoe();
        }

        @Override
        public V replace(K key, V value) {
            throw uoe();
        }

        @Override
        public V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
            throw uoe();
        }

        @Override
        public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        @Override
        public V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
            throw uoe();
        }

        @Override
        public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
            throw uoe();
        }
    }

    /** A read-only view of a navigable map. */
    static final class UNavigableMap<K, V> extends UMap<K, V> implements NavigableMap<K, V> {
        private final NavigableMap<K, V> nm;

        UNavigableMap(NavigableMap<K, V> m) {
            super(m);
            nm = m;
        }

        private static <K, V> Map.Entry<K, V> frozen(Map.Entry<K, V> e) {
            return e == null ? null : new AbstractMap.SimpleImmutableEntry<>(e);
        }

        @Override
        public Comparator<? super K> comparator() {
            return nm.comparator();
        }

        @Override
        public K firstKey() {
            return nm.firstKey();
        }

        @Override
        public K lastKey() {
            return nm.lastKey();
        }

        @Override
        public Map.Entry<K, V> lowerEntry(K key) {
            return frozen(nm.lowerEntry(key));
        }

        @Override
        public K lowerKey(K key) {
            return nm.lowerKey(key);
        }

        @Override
        public Map.Entry<K, V> floorEntry(K key) {
            return frozen(nm.floorEntry(key));
        }

        @Override
        public K floorKey(K key) {
            return nm.floorKey(key);
        }

        @Override
        public Map.Entry<K, V> ceilingEntry(K key) {
            return frozen(nm.ceilingEntry(key));
        }

        @Override
        public K ceilingKey(K key) {
            return nm.ceilingKey(key);
        }

        @Override
        public Map.Entry<K, V> higherEntry(K key) {
            return frozen(nm.higherEntry(key));
        }

        @Override
        public K higherKey(K key) {
            return nm.higherKey(key);
        }

        @Override
        public Map.Entry<K, V> firstEntry() {
            return frozen(nm.firstEntry());
        }

        @Override
        public Map.Entry<K, V> lastEntry() {
            return frozen(nm.lastEntry());
        }

        @Override
        public Map.Entry<K, V> pollFirstEntry() {
            throw uoe();
        }

        @Override
        public Map.Entry<K, V> pollLastEntry() {
            throw uoe();
        }

        @Override
        public NavigableMap<K, V> descendingMap() {
            return new UNavigableMap<>(nm.descendingMap());
        }

        @Override
        public NavigableSet<K> navigableKeySet() {
            return unmodifiableNavigableSet(nm.navigableKeySet());
        }

        @Override
        public NavigableSet<K> descendingKeySet() {
            return unmodifiableNavigableSet(nm.descendingKeySet());
        }

        @Override
        public NavigableMap<K, V> subMap(K from, boolean fromInc, K to, boolean toInc) {
            return new UNavigableMap<>(nm.subMap(from, fromInc, to, toInc));
        }

        @Override
        public NavigableMap<K, V> headMap(K to, boolean inc) {
            return new UNavigableMap<>(nm.headMap(to, inc));
        }

        @Override
        public NavigableMap<K, V> tailMap(K from, boolean inc) {
            return new UNavigableMap<>(nm.tailMap(from, inc));
        }

        @Override
        public SortedMap<K, V> subMap(K from, K to) {
            return subMap(from, true, to, false);
        }

        @Override
        public SortedMap<K, V> headMap(K to) {
            return headMap(to, false);
        }

        @Override
        public SortedMap<K, V> tailMap(K from) {
            return tailMap(from, true);
        }
    }
}
