package java.util;

/**
 * A set of the constants of one enum type, held as a bit vector indexed by ordinal; iteration follows ordinal
 * order. Built through the static factories ({@code noneOf}, {@code allOf}, {@code of}, {@code range},
 * {@code complementOf}, {@code copyOf}); null elements are rejected.
 */
public abstract class EnumSet<E extends Enum<E>> extends AbstractSet<E> implements Cloneable, java.io.Serializable {
    final Class<E> elementType;
    final E[] universe;

    EnumSet(Class<E> elementType, E[] universe) {
        this.elementType = elementType;
        this.universe = universe;
    }

    /** An empty set of {@code elementType}'s constants. */
    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) {
        E[] universe = elementType.getEnumConstants();
        if (universe == null) {
            throw new ClassCastException(elementType + " not an enum");
        }
        return new BitEnumSet<E>(elementType, universe);
    }

    /** A set of every constant of {@code elementType}. */
    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> s = noneOf(elementType);
        s.addAllConstants();
        return s;
    }

    /** A set with the same elements and element type as {@code s}. */
    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> s) {
        return s.clone();
    }

    /** A set holding the elements of {@code c}, which must be non-empty unless it is an {@code EnumSet}. */
    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        if (c instanceof EnumSet) {
            return ((EnumSet<E>) c).clone();
        }
        if (c.isEmpty()) {
            throw new IllegalArgumentException("Collection is empty");
        }
        Iterator<E> i = c.iterator();
        E first = i.next();
        EnumSet<E> r = of(first);
        while (i.hasNext()) {
            r.add(i.next());
        }
        return r;
    }

    /** The constants of the element type not in {@code s}. */
    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> r = copyOf(s);
        r.complement();
        return r;
    }

    /** A set of one element. */
    public static <E extends Enum<E>> EnumSet<E> of(E e) {
        EnumSet<E> r = noneOf(e.getDeclaringClass());
        r.add(e);
        return r;
    }

    /** A set of two elements. */
    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2) {
        EnumSet<E> r = of(e1);
        r.add(e2);
        return r;
    }

    /** A set of three elements. */
    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3) {
        EnumSet<E> r = of(e1, e2);
        r.add(e3);
        return r;
    }

    /** A set of four elements. */
    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4) {
        EnumSet<E> r = of(e1, e2, e3);
        r.add(e4);
        return r;
    }

    /** A set of five elements. */
    public static <E extends Enum<E>> EnumSet<E> of(E e1, E e2, E e3, E e4, E e5) {
        EnumSet<E> r = of(e1, e2, e3, e4);
        r.add(e5);
        return r;
    }

    /** A set of the given elements. */
    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> r = of(first);
        for (E e : rest) {
            r.add(e);
        }
        return r;
    }

    /** The constants from {@code from} to {@code to}, both included. */
    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) {
            throw new IllegalArgumentException(from + " > " + to);
        }
        EnumSet<E> r = noneOf(from.getDeclaringClass());
        r.addRange(from, to);
        return r;
    }

    abstract void addAllConstants();

    abstract void addRange(E from, E to);

    abstract void complement();

    /** A copy of this set. */
    @Override
    @SuppressWarnings("unchecked")
    public EnumSet<E> clone() {
        try {
            return (EnumSet<E>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The bit-vector implementation. */
    private static final class BitEnumSet<E extends Enum<E>> extends EnumSet<E> {
        private long[] bits;
        private int size;

        BitEnumSet(Class<E> elementType, E[] universe) {
            super(elementType, universe);
            bits = new long[(universe.length + 63) >>> 6];
        }

        @Override
        public BitEnumSet<E> clone() {
            BitEnumSet<E> r = (BitEnumSet<E>) super.clone();
            r.bits = bits.clone();
            return r;
        }

        void addAllConstants() {
            for (int i = 0; i < universe.length; i++) {
                bits[i >>> 6] |= 1L << i;
            }
            size = universe.length;
        }

        void addRange(E from, E to) {
            for (int i = from.ordinal(); i <= to.ordinal(); i++) {
                bits[i >>> 6] |= 1L << i;
            }
            recount();
        }

        void complement() {
            for (int i = 0; i < universe.length; i++) {
                bits[i >>> 6] ^= 1L << i;
            }
            recount();
        }

        private void recount() {
            int n = 0;
            for (long w : bits) {
                n += Long.bitCount(w);
            }
            size = n;
        }

        private int ordinalOf(Object o) {
            if (o == null) {
                return -1;
            }
            Class<?> c = o.getClass();
            if (c != elementType && c.getSuperclass() != elementType) {
                return -1;
            }
            return ((Enum<?>) o).ordinal();
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
            int i = ordinalOf(o);
            return i >= 0 && (bits[i >>> 6] & (1L << i)) != 0;
        }

        @Override
        public boolean add(E e) {
            if (e == null) {
                throw new NullPointerException();
            }
            int i = ordinalOf(e);
            if (i < 0) {
                throw new ClassCastException(e.getClass() + " != " + elementType);
            }
            long old = bits[i >>> 6];
            bits[i >>> 6] = old | (1L << i);
            if (old != bits[i >>> 6]) {
                size++;
                return true;
            }
            return false;
        }

        @Override
        public boolean remove(Object o) {
            int i = ordinalOf(o);
            if (i < 0) {
                return false;
            }
            long old = bits[i >>> 6];
            bits[i >>> 6] = old & ~(1L << i);
            if (old != bits[i >>> 6]) {
                size--;
                return true;
            }
            return false;
        }

        @Override
        public void clear() {
            Arrays.fill(bits, 0L);
            size = 0;
        }

        @Override
        public Iterator<E> iterator() {
            return new Iterator<E>() {
                int next = find(0);
                int last = -1;

                int find(int from) {
                    for (int i = from; i < universe.length; i++) {
                        if ((bits[i >>> 6] & (1L << i)) != 0) {
                            return i;
                        }
                    }
                    return -1;
                }

                public boolean hasNext() {
                    return next >= 0;
                }

                public E next() {
                    if (next < 0) {
                        throw new NoSuchElementException();
                    }
                    last = next;
                    next = find(next + 1);
                    return universe[last];
                }

                public void remove() {
                    if (last < 0) {
                        throw new IllegalStateException();
                    }
                    BitEnumSet.this.remove(universe[last]);
                    last = -1;
                }
            };
        }
    }
}
