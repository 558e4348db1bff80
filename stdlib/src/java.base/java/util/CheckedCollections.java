package java.util;

/**
 * The dynamically type-safe views behind {@code Collections.checkedCollection}, {@code checkedList},
 * {@code checkedSet} and {@code checkedMap}: every insertion checks the element's (or key's and value's) class and
 * throws {@link ClassCastException} with HotSpot's wording; everything else is delegated.
 */
final class CheckedCollections {
    private CheckedCollections() {
    }

    static class CheckedCollection<E> implements Collection<E>, java.io.Serializable {
        final Collection<E> c;
        final Class<E> type;

        CheckedCollection(Collection<E> c, Class<E> type) {
            this.c = Objects.requireNonNull(c, "c");
            this.type = Objects.requireNonNull(type, "type");
        }

        E typeCheck(Object o) {
            if (o != null && !type.isInstance(o)) {
                throw new ClassCastException(
                    "Attempt to insert " + o.getClass() + " element into collection with element type " + type);
            }
            @SuppressWarnings("unchecked")
            E e = (E) o;
            return e;
        }

        @SuppressWarnings("unchecked")
        Collection<E> checkedCopyOf(Collection<? extends E> coll) {
            Object[] a = coll.toArray();
            for (Object o : a) {
                typeCheck(o);
            }
            return (Collection<E>) Arrays.asList(a);
        }

        public int size() {
            return c.size();
        }

        public boolean isEmpty() {
            return c.isEmpty();
        }

        public boolean contains(Object o) {
            return c.contains(o);
        }

        public Object[] toArray() {
            return c.toArray();
        }

        public <T> T[] toArray(T[] a) {
            return c.toArray(a);
        }

        public String toString() {
            return c.toString();
        }

        public boolean remove(Object o) {
            return c.remove(o);
        }

        public void clear() {
            c.clear();
        }

        public boolean containsAll(Collection<?> coll) {
            return c.containsAll(coll);
        }

        public boolean removeAll(Collection<?> coll) {
            return c.removeAll(coll);
        }

        public boolean retainAll(Collection<?> coll) {
            return c.retainAll(coll);
        }

        public Iterator<E> iterator() {
            final Iterator<E> it = c.iterator();
            return new Iterator<E>() {
                public boolean hasNext() {
                    return it.hasNext();
                }

                public E next() {
                    return it.next();
                }

                public void remove() {
                    it.remove();
                }
            };
        }

        public boolean add(E e) {
            return c.add(typeCheck(e));
        }

        public boolean addAll(Collection<? extends E> coll) {
            return c.addAll(checkedCopyOf(coll));
        }
    }

    static class CheckedSet<E> extends CheckedCollection<E> implements Set<E> {
        CheckedSet(Set<E> s, Class<E> type) {
            super(s, type);
        }

        public boolean equals(Object o) {
            return o == this || c.equals(o);
        }

        public int hashCode() {
            return c.hashCode();
        }
    }

    static class CheckedList<E> extends CheckedCollection<E> implements List<E> {
        final List<E> list;

        CheckedList(List<E> list, Class<E> type) {
            super(list, type);
            this.list = list;
        }

        public boolean equals(Object o) {
            return o == this || list.equals(o);
        }

        public int hashCode() {
            return list.hashCode();
        }

        public E get(int index) {
            return list.get(index);
        }

        public E remove(int index) {
            return list.remove(index);
        }

        public int indexOf(Object o) {
            return list.indexOf(o);
        }

        public int lastIndexOf(Object o) {
            return list.lastIndexOf(o);
        }

        public E set(int index, E element) {
            return list.set(index, typeCheck(element));
        }

        public void add(int index, E element) {
            list.add(index, typeCheck(element));
        }

        public boolean addAll(int index, Collection<? extends E> coll) {
            return list.addAll(index, checkedCopyOf(coll));
        }

        public ListIterator<E> listIterator() {
            return listIterator(0);
        }

        public ListIterator<E> listIterator(final int index) {
            final ListIterator<E> i = list.listIterator(index);
            return new ListIterator<E>() {
                public boolean hasNext() {
                    return i.hasNext();
                }

                public E next() {
                    return i.next();
                }

                public boolean hasPrevious() {
                    return i.hasPrevious();
                }

                public E previous() {
                    return i.previous();
                }

                public int nextIndex() {
                    return i.nextIndex();
                }

                public int previousIndex() {
                    return i.previousIndex();
                }

                public void remove() {
                    i.remove();
                }

                public void set(E e) {
                    i.set(typeCheck(e));
                }

                public void add(E e) {
                    i.add(typeCheck(e));
                }
            };
        }

        public List<E> subList(int fromIndex, int toIndex) {
            return new CheckedList<E>(list.subList(fromIndex, toIndex), type);
        }
    }

    static class CheckedMap<K, V> implements Map<K, V>, java.io.Serializable {
        final Map<K, V> m;
        final Class<K> keyType;
        final Class<V> valueType;

        CheckedMap(Map<K, V> m, Class<K> keyType, Class<V> valueType) {
            this.m = Objects.requireNonNull(m);
            this.keyType = Objects.requireNonNull(keyType);
            this.valueType = Objects.requireNonNull(valueType);
        }

        void typeCheck(Object key, Object value) {
            if (key != null && !keyType.isInstance(key)) {
                throw new ClassCastException(
                    "Attempt to insert " + key.getClass() + " key into map with key type " + keyType);
            }
            if (value != null && !valueType.isInstance(value)) {
                throw new ClassCastException(
                    "Attempt to insert " + value.getClass() + " value into map with value type " + valueType);
            }
        }

        public int size() {
            return m.size();
        }

        public boolean isEmpty() {
            return m.isEmpty();
        }

        public boolean containsKey(Object key) {
            return m.containsKey(key);
        }

        public boolean containsValue(Object v) {
            return m.containsValue(v);
        }

        public V get(Object key) {
            return m.get(key);
        }

        public V remove(Object key) {
            return m.remove(key);
        }

        public void clear() {
            m.clear();
        }

        public Set<K> keySet() {
            return m.keySet();
        }

        public Collection<V> values() {
            return m.values();
        }

        public boolean equals(Object o) {
            return o == this || m.equals(o);
        }

        public int hashCode() {
            return m.hashCode();
        }

        public String toString() {
            return m.toString();
        }

        public V put(K key, V value) {
            typeCheck(key, value);
            return m.put(key, value);
        }

        public void putAll(Map<? extends K, ? extends V> t) {
            for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) {
                typeCheck(e.getKey(), e.getValue());
            }
            for (Map.Entry<? extends K, ? extends V> e : t.entrySet()) {
                m.put(e.getKey(), e.getValue());
            }
        }

        public Set<Map.Entry<K, V>> entrySet() {
            final Set<Map.Entry<K, V>> es = m.entrySet();
            return new AbstractSet<Map.Entry<K, V>>() {
                public int size() {
                    return es.size();
                }

                public Iterator<Map.Entry<K, V>> iterator() {
                    final Iterator<Map.Entry<K, V>> it = es.iterator();
                    return new Iterator<Map.Entry<K, V>>() {
                        public boolean hasNext() {
                            return it.hasNext();
                        }

                        public Map.Entry<K, V> next() {
                            final Map.Entry<K, V> e = it.next();
                            return new Map.Entry<K, V>() {
                                public K getKey() {
                                    return e.getKey();
                                }

                                public V getValue() {
                                    return e.getValue();
                                }

                                public V setValue(V v) {
                                    if (v != null && !valueType.isInstance(v)) {
                                        throw new ClassCastException("Attempt to insert " + v.getClass()
                                            + " value into map with value type " + valueType);
                                    }
                                    return e.setValue(v);
                                }

                                public boolean equals(Object o) {
                                    return e.equals(o);
                                }

                                public int hashCode() {
                                    return e.hashCode();
                                }

                                public String toString() {
                                    return e.toString();
                                }
                            };
                        }

                        public void remove() {
                            it.remove();
                        }
                    };
                }

                public boolean contains(Object o) {
                    return es.contains(o);
                }

                public boolean remove(Object o) {
                    return es.remove(o);
                }

                public void clear() {
                    es.clear();
                }
            };
        }
    }
}
