package java.util;

/**
 * A growable array list whose methods are synchronized, with the legacy element API ({@code addElement},
 * {@code elementAt}, {@code elements}, ...). Capacity grows by {@code capacityIncrement}, or doubles when that is
 * zero or negative.
 */
public class Vector<E> extends AbstractList<E> implements List<E>, RandomAccess, Cloneable, java.io.Serializable {
    /** The element storage. */
    protected Object[] elementData;
    /** The number of elements. */
    protected int elementCount;
    /** The growth step, or 0 to double. */
    protected int capacityIncrement;

    /** A vector with the given capacity and growth step. */
    public Vector(int initialCapacity, int capacityIncrement) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal Capacity: " + initialCapacity);
        }
        this.elementData = new Object[initialCapacity];
        this.capacityIncrement = capacityIncrement;
    }

    /** A vector with the given capacity. */
    public Vector(int initialCapacity) {
        this(initialCapacity, 0);
    }

    /** A vector with capacity 10. */
    public Vector() {
        this(10);
    }

    /** A vector holding the elements of {@code c} in its iteration order. */
    public Vector(Collection<? extends E> c) {
        Object[] a = c.toArray();
        elementData = Arrays.copyOf(a, a.length, Object[].class);
        elementCount = a.length;
    }

    /** Copies the elements into {@code anArray}. */
    public synchronized void copyInto(Object[] anArray) {
        System.arraycopy(elementData, 0, anArray, 0, elementCount);
    }

    /** Shrinks the capacity to the size. */
    public synchronized void trimToSize() {
        modCount++;
        if (elementCount < elementData.length) {
            elementData = Arrays.copyOf(elementData, elementCount);
        }
    }

    /** Makes the capacity at least {@code minCapacity}. */
    public synchronized void ensureCapacity(int minCapacity) {
        if (minCapacity > 0) {
            modCount++;
            if (minCapacity > elementData.length) {
                grow(minCapacity);
            }
        }
    }

    private void grow(int minCapacity) {
        int old = elementData.length;
        int n = old + (capacityIncrement > 0 ? capacityIncrement : old);
        if (n < minCapacity) {
            n = minCapacity;
        }
        elementData = Arrays.copyOf(elementData, n);
    }

    /** Sets the size, padding with nulls or truncating. */
    public synchronized void setSize(int newSize) {
        modCount++;
        if (newSize > elementData.length) {
            grow(newSize);
        }
        for (int i = newSize; i < elementCount; i++) {
            elementData[i] = null;
        }
        elementCount = newSize;
    }

    /** The length of the storage array. */
    public synchronized int capacity() {
        return elementData.length;
    }

    @Override
    public synchronized int size() {
        return elementCount;
    }

    @Override
    public synchronized boolean isEmpty() {
        return elementCount == 0;
    }

    /** An enumeration of the elements. */
    public Enumeration<E> elements() {
        return new Enumeration<E>() {
            int count = 0;

            public boolean hasMoreElements() {
                return count < elementCount;
            }

            public E nextElement() {
                synchronized (Vector.this) {
                    if (count < elementCount) {
                        return elementData(count++);
                    }
                }
                throw new NoSuchElementException("Vector Enumeration");
            }
        };
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o, 0) >= 0;
    }

    @Override
    public int indexOf(Object o) {
        return indexOf(o, 0);
    }

    /** The first index of {@code o} at or after {@code index}, or -1. */
    public synchronized int indexOf(Object o, int index) {
        for (int i = index; i < elementCount; i++) {
            if (Objects.equals(o, elementData[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public synchronized int lastIndexOf(Object o) {
        return lastIndexOf(o, elementCount - 1);
    }

    /** The last index of {@code o} at or before {@code index}, or -1. */
    public synchronized int lastIndexOf(Object o, int index) {
        if (index >= elementCount) {
            throw new IndexOutOfBoundsException(index + " >= " + elementCount);
        }
        for (int i = index; i >= 0; i--) {
            if (Objects.equals(o, elementData[i])) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    E elementData(int index) {
        return (E) elementData[index];
    }

    /** The element at {@code index}. */
    public synchronized E elementAt(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        }
        return elementData(index);
    }

    /** The first element. */
    public synchronized E firstElement() {
        if (elementCount == 0) {
            throw new NoSuchElementException();
        }
        return elementData(0);
    }

    /** The last element. */
    public synchronized E lastElement() {
        if (elementCount == 0) {
            throw new NoSuchElementException();
        }
        return elementData(elementCount - 1);
    }

    /** Replaces the element at {@code index}. */
    public synchronized void setElementAt(E obj, int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        }
        elementData[index] = obj;
    }

    /** Removes the element at {@code index}. */
    public synchronized void removeElementAt(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " >= " + elementCount);
        } else if (index < 0) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        modCount++;
        System.arraycopy(elementData, index + 1, elementData, index, elementCount - index - 1);
        elementCount--;
        elementData[elementCount] = null;
    }

    /** Inserts {@code obj} at {@code index}. */
    public synchronized void insertElementAt(E obj, int index) {
        if (index > elementCount) {
            throw new ArrayIndexOutOfBoundsException(index + " > " + elementCount);
        }
        modCount++;
        if (elementCount == elementData.length) {
            grow(elementCount + 1);
        }
        System.arraycopy(elementData, index, elementData, index + 1, elementCount - index);
        elementData[index] = obj;
        elementCount++;
    }

    /** Appends {@code obj}. */
    public synchronized void addElement(E obj) {
        modCount++;
        if (elementCount == elementData.length) {
            grow(elementCount + 1);
        }
        elementData[elementCount++] = obj;
    }

    /** Removes the first occurrence of {@code obj}. */
    public synchronized boolean removeElement(Object obj) {
        int i = indexOf(obj);
        if (i >= 0) {
            removeElementAt(i);
            return true;
        }
        return false;
    }

    /** Removes every element. */
    public synchronized void removeAllElements() {
        for (int i = 0; i < elementCount; i++) {
            elementData[i] = null;
        }
        modCount++;
        elementCount = 0;
    }

    @Override
    public synchronized Object clone() {
        Vector<E> v = new Vector<E>(elementData.length, capacityIncrement);
        System.arraycopy(elementData, 0, v.elementData, 0, elementCount);
        v.elementCount = elementCount;
        return v;
    }

    @Override
    public synchronized Object[] toArray() {
        return Arrays.copyOf(elementData, elementCount);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T> T[] toArray(T[] a) {
        if (a.length < elementCount) {
            return (T[]) Arrays.copyOf(elementData, elementCount, a.getClass());
        }
        System.arraycopy(elementData, 0, a, 0, elementCount);
        if (a.length > elementCount) {
            a[elementCount] = null;
        }
        return a;
    }

    private void checkIndex(int index) {
        if (index >= elementCount) {
            throw new ArrayIndexOutOfBoundsException("Array index out of range: " + index);
        }
        if (index < 0) {
            throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + elementData.length);
        }
    }

    @Override
    public synchronized E get(int index) {
        checkIndex(index);
        return elementData(index);
    }

    @Override
    public synchronized E set(int index, E element) {
        checkIndex(index);
        E old = elementData(index);
        elementData[index] = element;
        return old;
    }

    @Override
    public synchronized boolean add(E e) {
        addElement(e);
        return true;
    }

    @Override
    public boolean remove(Object o) {
        return removeElement(o);
    }

    @Override
    public void add(int index, E element) {
        insertElementAt(element, index);
    }

    @Override
    public synchronized E remove(int index) {
        checkIndex(index);
        E old = elementData(index);
        removeElementAt(index);
        return old;
    }

    @Override
    public void clear() {
        removeAllElements();
    }

    @Override
    public synchronized boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        if (a.length == 0) {
            return false;
        }
        if (elementCount + a.length > elementData.length) {
            grow(elementCount + a.length);
        }
        System.arraycopy(a, 0, elementData, elementCount, a.length);
        elementCount += a.length;
        return true;
    }

    @Override
    public synchronized boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public synchronized int hashCode() {
        return super.hashCode();
    }

    @Override
    public synchronized String toString() {
        return super.toString();
    }
}
