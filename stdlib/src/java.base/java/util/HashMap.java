package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A hash table {@link Map} whose iteration order is HotSpot's for the same operations: the key's hash is spread
 * as {@code h ^ (h >>> 16)}, the table is a power of two (16 by default, allocated at the first insertion),
 * it doubles when the size exceeds capacity times load factor (0.75), a doubling splits each bin into a low
 * and a high bin keeping the relative order, {@code put} appends to its bin while {@code compute},
 * {@code computeIfAbsent} and {@code merge} insert at the bin's head (and resize before inserting rather
 * than after), and a bin reaching the treeification length in a table smaller than 64 doubles the table.
 * Bins that HotSpot would turn into red-black trees (eight colliding keys in a table of at least 64) stay
 * lists here; only the order of such bins can differ.
 *
 * <p>Iteration walks the table bin by bin; iterators are fail-fast. {@link LinkedHashMap} hooks in through
 * {@code newNode}, {@code afterNode*}, {@code first} and {@code succ}.
 */
public class HashMap<K, V> extends AbstractMap<K, V> implements Map<K, V>, Cloneable, java.io.Serializable {
    static final int DEFAULT_INITIAL_CAPACITY = 16;
    static final int MAXIMUM_CAPACITY = 1 << 30;
    static final float DEFAULT_LOAD_FACTOR = 0.75f;
    static final int TREEIFY_THRESHOLD = 8;
    static final int MIN_TREEIFY_CAPACITY = 64;

    /** A mapping in a bin's chain. */
    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;
        /** Tree links when this node is in a tree bin, else null. */
        Tree<K, V> t;

        Node(int hash, K key, V value, Node<K, V> next) {
            this.hash = hash;
            this.key = key;
            this.value = value;
            this.next = next;
        }

        @Override
        public final K getKey() {
            return key;
        }

        @Override
        public final V getValue() {
            return value;
        }

        @Override
        public final String toString() {
            return new StringBuilder().append(key).append('=').append(value).toString();
        }

        @Override
        public final int hashCode() {
            return Objects.hashCode(key) ^ Objects.hashCode(value);
        }

        @Override
        public final V setValue(V newValue) {
            V old = value;
            value = newValue;
            return old;
        }

        @Override
        public final boolean equals(Object o) {
            if (o == this) {
                return true;
            }
            return o instanceof Map.Entry && Objects.equals(key, ((Map.Entry<?, ?>) o).getKey())
                && Objects.equals(value, ((Map.Entry<?, ?>) o).getValue());
        }
    }

    /** The spread hash of {@code key}: its hashCode with the high half folded into the low half; 0 for null. */
    static final int hash(Object key) {
        if (key == null) {
            return 0;
        }
        int h = key.hashCode();
        return h ^ (h >>> 16);
    }

    /** The smallest power of two at least {@code cap} (1 for 0, capped at 2^30). */
    static final int tableSizeFor(int cap) {
        int n = -1 >>> Integer.numberOfLeadingZeros(cap - 1);
        return (n < 0) ? 1 : (n >= MAXIMUM_CAPACITY) ? MAXIMUM_CAPACITY : n + 1;
    }

    transient Node<K, V>[] table;
    transient Set<Map.Entry<K, V>> entrySetView;
    transient int size;
    transient int modCount;
    /** The size at which the table doubles; before allocation, the initial capacity (0 for the default). */
    int threshold;
    final float loadFactor;

    /** An empty map of the given initial capacity and load factor. */
    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) {
            throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        }
        if (initialCapacity > MAXIMUM_CAPACITY) {
            initialCapacity = MAXIMUM_CAPACITY;
        }
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) {
            throw new IllegalArgumentException("Illegal load factor: " + loadFactor);
        }
        this.loadFactor = loadFactor;
        this.threshold = tableSizeFor(initialCapacity);
    }

    /** An empty map of the given initial capacity. */
    public HashMap(int initialCapacity) {
        this(initialCapacity, DEFAULT_LOAD_FACTOR);
    }

    /** An empty map of capacity 16. */
    public HashMap() {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
    }

    /** A map of the mappings of {@code m}, its table sized for them. */
    public HashMap(Map<? extends K, ? extends V> m) {
        this.loadFactor = DEFAULT_LOAD_FACTOR;
        putMapEntries(m, false);
    }

    final void putMapEntries(Map<? extends K, ? extends V> m, boolean evict) {
        int s = m.size();
        if (s > 0) {
            if (table == null) {
                float ft = ((float) s / loadFactor) + 1.0F;
                int t = (ft < (float) MAXIMUM_CAPACITY) ? (int) ft : MAXIMUM_CAPACITY;
                if (t > threshold) {
                    threshold = tableSizeFor(t);
                }
            } else {
                while (s > threshold && table.length < MAXIMUM_CAPACITY) {
                    resize();
                }
            }
            for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
                K key = e.getKey();
                putVal(hash(key), key, e.getValue(), false, evict);
            }
        }
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
    public V get(Object key) {
        Node<K, V> e = getNode(key);
        return e == null ? null : e.value;
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null || size == 0) {
            return null;
        }
        int h = hash(key);
        for (Node<K, V> e = tab[(tab.length - 1) & h]; e != null; e = e.next) {
            Object k;
            if (e.hash == h && ((k = e.key) == key || (key != null && key.equals(k)))) {
                return e;
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return getNode(key) != null;
    }

    @Override
    public V put(K key, V value) {
        return putVal(hash(key), key, value, false, true);
    }

    final V putVal(int hash, K key, V value, boolean onlyIfAbsent, boolean evict) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            tab = resize();
        }
        int n = tab.length;
        int i = (n - 1) & hash;
        Node<K, V> p = tab[i];
        if (p == null) {
            tab[i] = newNode(hash, key, value, null);
        } else if (p.t != null) {
            Node<K, V> found = findInBin(p, hash, key);
            if (found != null) {
                V old = found.value;
                if (!onlyIfAbsent || old == null) {
                    found.value = value;
                }
                afterNodeAccess(found);
                return old;
            }
            putTreeVal(tab, hash, key, value);
        } else {
            Node<K, V> found = null;
            int binCount = 0;
            while (true) {
                Object k;
                if (p.hash == hash && ((k = p.key) == key || (key != null && key.equals(k)))) {
                    found = p;
                    break;
                }
                if (p.next == null) {
                    p.next = newNode(hash, key, value, null);
                    if (binCount >= TREEIFY_THRESHOLD - 1) {
                        treeifyBin(tab, hash);
                    }
                    break;
                }
                p = p.next;
                binCount++;
            }
            if (found != null) {
                V old = found.value;
                if (!onlyIfAbsent || old == null) {
                    found.value = value;
                }
                afterNodeAccess(found);
                return old;
            }
        }
        ++modCount;
        if (++size > threshold) {
            resize();
        }
        afterNodeInsertion(evict);
        return null;
    }

    /** Allocates or doubles the table, splitting each bin into its low and high halves in order. */
    @SuppressWarnings("unchecked")
    final Node<K, V>[] resize() {
        Node<K, V>[] oldTab = table;
        int oldCap = (oldTab == null) ? 0 : oldTab.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            if (oldCap >= MAXIMUM_CAPACITY) {
                threshold = Integer.MAX_VALUE;
                return oldTab;
            }
            newCap = oldCap << 1;
            if (newCap < MAXIMUM_CAPACITY && oldCap >= DEFAULT_INITIAL_CAPACITY) {
                newThr = oldThr << 1;
            }
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = DEFAULT_INITIAL_CAPACITY;
            newThr = (int) (DEFAULT_LOAD_FACTOR * DEFAULT_INITIAL_CAPACITY);
        }
        if (newThr == 0) {
            float ft = (float) newCap * loadFactor;
            newThr = (newCap < MAXIMUM_CAPACITY && ft < (float) MAXIMUM_CAPACITY) ? (int) ft : Integer.MAX_VALUE;
        }
        threshold = newThr;
        Node<K, V>[] newTab = (Node<K, V>[]) new Node[newCap];
        table = newTab;
        if (oldTab != null) {
            for (int j = 0; j < oldCap; ++j) {
                Node<K, V> e = oldTab[j];
                if (e == null) {
                    continue;
                }
                oldTab[j] = null;
                if (e.next == null && e.t == null) {
                    newTab[e.hash & (newCap - 1)] = e;
                    continue;
                }
                if (e.t != null) {
                    splitTree(newTab, e, j, oldCap);
                    continue;
                }
                Node<K, V> loHead = null;
                Node<K, V> loTail = null;
                Node<K, V> hiHead = null;
                Node<K, V> hiTail = null;
                while (e != null) {
                    Node<K, V> next = e.next;
                    if ((e.hash & oldCap) == 0) {
                        if (loTail == null) {
                            loHead = e;
                        } else {
                            loTail.next = e;
                        }
                        loTail = e;
                    } else {
                        if (hiTail == null) {
                            hiHead = e;
                        } else {
                            hiTail.next = e;
                        }
                        hiTail = e;
                    }
                    e = next;
                }
                if (loTail != null) {
                    loTail.next = null;
                    newTab[j] = loHead;
                }
                if (hiTail != null) {
                    hiTail.next = null;
                    newTab[j + oldCap] = hiHead;
                }
            }
        }
        return newTab;
    }

    /** A bin grew long: double a small table, or turn the bin of a large one into a tree. */
    final void treeifyBin(Node<K, V>[] tab, int hash) {
        if (tab == null || tab.length < MIN_TREEIFY_CAPACITY) {
            resize();
            return;
        }
        int index = (tab.length - 1) & hash;
        Node<K, V> prev = null;
        for (Node<K, V> e = tab[index]; e != null; e = e.next) {
            e.t = new Tree<>();
            e.t.prev = prev;
            prev = e;
        }
        treeify(tab, tab[index]);
    }

    // ---- tree bins ----

    /** The red-black links of a node in a tree bin. */
    static final class Tree<K, V> {
        Node<K, V> parent;
        Node<K, V> left;
        Node<K, V> right;
        /** The previous node in the bin's list. */
        Node<K, V> prev;
        boolean red;
    }

    /** The node of {@code key} in the bin starting at {@code first}, or null. */
    static <K, V> Node<K, V> findInBin(Node<K, V> first, int hash, Object key) {
        for (Node<K, V> e = first; e != null; e = e.next) {
            Object k;
            if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                return e;
            }
        }
        return null;
    }

    /** The class whose compareTo orders {@code k} in a tree bin, or null. */
    static Class<?> comparableClassOf(Object k) {
        return (k instanceof Comparable) ? k.getClass() : null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static int compareKeys(Class<?> kc, Object k, Object other) {
        return (kc == null || other == null || other.getClass() != kc) ? 0 : ((Comparable) k).compareTo(other);
    }

    /** The last resort of tree order: class names, then identity hashes. */
    static int tieBreakOrder(Object a, Object b) {
        int d = 0;
        if (a != null && b != null) {
            d = a.getClass().getName().compareTo(b.getClass().getName());
        }
        if (d == 0) {
            d = System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
        }
        return d;
    }

    /** Which side of {@code p} a key of {@code hash} goes. */
    static <K, V> int direction(int hash, Object key, Class<?> kc, Node<K, V> p) {
        if (p.hash > hash) {
            return -1;
        }
        if (p.hash < hash) {
            return 1;
        }
        int d = compareKeys(kc, key, p.key);
        return d != 0 ? d : tieBreakOrder(key, p.key);
    }

    static <K, V> Node<K, V> rootOf(Node<K, V> n) {
        while (n.t.parent != null) {
            n = n.t.parent;
        }
        return n;
    }

    /** Builds the tree of the list starting at {@code first} (whose nodes carry Tree links) in list order. */
    final void treeify(Node<K, V>[] tab, Node<K, V> first) {
        Node<K, V> root = null;
        for (Node<K, V> x = first; x != null; x = x.next) {
            x.t.left = null;
            x.t.right = null;
            if (root == null) {
                x.t.parent = null;
                x.t.red = false;
                root = x;
                continue;
            }
            Class<?> kc = comparableClassOf(x.key);
            Node<K, V> p = root;
            while (true) {
                int dir = direction(x.hash, x.key, kc, p);
                Node<K, V> child = dir <= 0 ? p.t.left : p.t.right;
                if (child == null) {
                    x.t.parent = p;
                    if (dir <= 0) {
                        p.t.left = x;
                    } else {
                        p.t.right = x;
                    }
                    root = balanceInsertion(root, x);
                    break;
                }
                p = child;
            }
        }
        moveRootToFront(tab, root);
    }

    /** Inserts a new key (known to be absent) into the tree bin of {@code hash}. */
    final void putTreeVal(Node<K, V>[] tab, int hash, K key, V value) {
        int index = (tab.length - 1) & hash;
        Node<K, V> root = rootOf(tab[index]);
        Class<?> kc = comparableClassOf(key);
        Node<K, V> p = root;
        while (true) {
            int dir = direction(hash, key, kc, p);
            Node<K, V> child = dir <= 0 ? p.t.left : p.t.right;
            if (child == null) {
                Node<K, V> pn = p.next;
                Node<K, V> x = newNode(hash, key, value, pn);
                x.t = new Tree<>();
                if (dir <= 0) {
                    p.t.left = x;
                } else {
                    p.t.right = x;
                }
                p.next = x;
                x.t.parent = p;
                x.t.prev = p;
                if (pn != null) {
                    pn.t.prev = x;
                }
                moveRootToFront(tab, balanceInsertion(root, x));
                return;
            }
            p = child;
        }
    }

    /** Makes {@code root} the first node of its bin's list. */
    static <K, V> void moveRootToFront(Node<K, V>[] tab, Node<K, V> root) {
        int index = (tab.length - 1) & root.hash;
        Node<K, V> first = tab[index];
        if (root != first) {
            tab[index] = root;
            Node<K, V> rn = root.next;
            Node<K, V> rp = root.t.prev;
            if (rn != null) {
                rn.t.prev = rp;
            }
            if (rp != null) {
                rp.next = rn;
            }
            if (first != null) {
                first.t.prev = root;
            }
            root.next = first;
            root.t.prev = null;
        }
    }

    static <K, V> boolean isRed(Node<K, V> n) {
        return n != null && n.t.red;
    }

    static <K, V> Node<K, V> rotateLeft(Node<K, V> root, Node<K, V> p) {
        Node<K, V> r = p.t.right;
        if (p == null || r == null) {
            return root;
        }
        Node<K, V> rl = r.t.left;
        p.t.right = rl;
        if (rl != null) {
            rl.t.parent = p;
        }
        Node<K, V> pp = p.t.parent;
        r.t.parent = pp;
        if (pp == null) {
            root = r;
            r.t.red = false;
        } else if (pp.t.left == p) {
            pp.t.left = r;
        } else {
            pp.t.right = r;
        }
        r.t.left = p;
        p.t.parent = r;
        return root;
    }

    static <K, V> Node<K, V> rotateRight(Node<K, V> root, Node<K, V> p) {
        Node<K, V> l = p.t.left;
        if (p == null || l == null) {
            return root;
        }
        Node<K, V> lr = l.t.right;
        p.t.left = lr;
        if (lr != null) {
            lr.t.parent = p;
        }
        Node<K, V> pp = p.t.parent;
        l.t.parent = pp;
        if (pp == null) {
            root = l;
            l.t.red = false;
        } else if (pp.t.right == p) {
            pp.t.right = l;
        } else {
            pp.t.left = l;
        }
        l.t.right = p;
        p.t.parent = l;
        return root;
    }

    /** Restores the red-black properties after inserting {@code x}; returns the root. */
    static <K, V> Node<K, V> balanceInsertion(Node<K, V> root, Node<K, V> x) {
        x.t.red = true;
        while (true) {
            Node<K, V> xp = x.t.parent;
            if (xp == null) {
                x.t.red = false;
                return x;
            }
            Node<K, V> xpp = xp.t.parent;
            if (!xp.t.red || xpp == null) {
                return root;
            }
            if (xp == xpp.t.left) {
                Node<K, V> uncle = xpp.t.right;
                if (isRed(uncle)) {
                    uncle.t.red = false;
                    xp.t.red = false;
                    xpp.t.red = true;
                    x = xpp;
                } else {
                    if (x == xp.t.right) {
                        x = xp;
                        root = rotateLeft(root, x);
                        xp = x.t.parent;
                        xpp = xp == null ? null : xp.t.parent;
                    }
                    if (xp != null) {
                        xp.t.red = false;
                        if (xpp != null) {
                            xpp.t.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                }
            } else {
                Node<K, V> uncle = xpp.t.left;
                if (isRed(uncle)) {
                    uncle.t.red = false;
                    xp.t.red = false;
                    xpp.t.red = true;
                    x = xpp;
                } else {
                    if (x == xp.t.left) {
                        x = xp;
                        root = rotateRight(root, x);
                        xp = x.t.parent;
                        xpp = xp == null ? null : xp.t.parent;
                    }
                    if (xp != null) {
                        xp.t.red = false;
                        if (xpp != null) {
                            xpp.t.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }
    }

    /** Restores the red-black properties after a removal left {@code x} short of black; returns the root. */
    static <K, V> Node<K, V> balanceDeletion(Node<K, V> root, Node<K, V> x) {
        while (true) {
            if (x == null || x == root) {
                return root;
            }
            Node<K, V> xp = x.t.parent;
            if (xp == null) {
                x.t.red = false;
                return x;
            }
            if (x.t.red) {
                x.t.red = false;
                return root;
            }
            if (xp.t.left == x) {
                Node<K, V> sib = xp.t.right;
                if (isRed(sib)) {
                    sib.t.red = false;
                    xp.t.red = true;
                    root = rotateLeft(root, xp);
                    xp = x.t.parent;
                    sib = xp == null ? null : xp.t.right;
                }
                if (sib == null) {
                    x = xp;
                    continue;
                }
                Node<K, V> sl = sib.t.left;
                Node<K, V> sr = sib.t.right;
                if (!isRed(sr) && !isRed(sl)) {
                    sib.t.red = true;
                    x = xp;
                    continue;
                }
                if (!isRed(sr)) {
                    if (sl != null) {
                        sl.t.red = false;
                    }
                    sib.t.red = true;
                    root = rotateRight(root, sib);
                    xp = x.t.parent;
                    sib = xp == null ? null : xp.t.right;
                }
                if (sib != null) {
                    sib.t.red = xp != null && xp.t.red;
                    if (sib.t.right != null) {
                        sib.t.right.t.red = false;
                    }
                }
                if (xp != null) {
                    xp.t.red = false;
                    root = rotateLeft(root, xp);
                }
                x = root;
            } else {
                Node<K, V> sib = xp.t.left;
                if (isRed(sib)) {
                    sib.t.red = false;
                    xp.t.red = true;
                    root = rotateRight(root, xp);
                    xp = x.t.parent;
                    sib = xp == null ? null : xp.t.left;
                }
                if (sib == null) {
                    x = xp;
                    continue;
                }
                Node<K, V> sl = sib.t.left;
                Node<K, V> sr = sib.t.right;
                if (!isRed(sl) && !isRed(sr)) {
                    sib.t.red = true;
                    x = xp;
                    continue;
                }
                if (!isRed(sl)) {
                    if (sr != null) {
                        sr.t.red = false;
                    }
                    sib.t.red = true;
                    root = rotateLeft(root, sib);
                    xp = x.t.parent;
                    sib = xp == null ? null : xp.t.left;
                }
                if (sib != null) {
                    sib.t.red = xp != null && xp.t.red;
                    if (sib.t.left != null) {
                        sib.t.left.t.red = false;
                    }
                }
                if (xp != null) {
                    xp.t.red = false;
                    root = rotateRight(root, xp);
                }
                x = root;
            }
        }
    }

    /** Turns a tree bin back into a plain list (order kept). */
    static <K, V> Node<K, V> untreeify(Node<K, V> first) {
        for (Node<K, V> e = first; e != null; e = e.next) {
            e.t = null;
        }
        return first;
    }

    /** Removes {@code p} from its tree bin (already found there). */
    final void removeTreeNode(Node<K, V>[] tab, Node<K, V> p, boolean movable) {
        int index = (tab.length - 1) & p.hash;
        Node<K, V> first = tab[index];
        Node<K, V> root = first;
        Node<K, V> succ = p.next;
        Node<K, V> pred = p.t.prev;
        if (pred == null) {
            tab[index] = first = succ;
        } else {
            pred.next = succ;
        }
        if (succ != null) {
            succ.t.prev = pred;
        }
        if (first == null) {
            return;
        }
        if (root.t.parent != null) {
            root = rootOf(root);
        }
        if (root == null || (movable && (root.t.right == null || root.t.left == null
                || root.t.left.t.left == null))) {
            tab[index] = untreeify(first);
            return;
        }
        Node<K, V> pl = p.t.left;
        Node<K, V> pr = p.t.right;
        Node<K, V> replacement;
        if (pl != null && pr != null) {
            Node<K, V> s = pr;
            while (s.t.left != null) {
                s = s.t.left;
            }
            boolean c = s.t.red;
            s.t.red = p.t.red;
            p.t.red = c;
            Node<K, V> sr = s.t.right;
            Node<K, V> pp = p.t.parent;
            if (s == pr) {
                p.t.parent = s;
                s.t.right = p;
            } else {
                Node<K, V> sp = s.t.parent;
                p.t.parent = sp;
                if (sp != null) {
                    if (s == sp.t.left) {
                        sp.t.left = p;
                    } else {
                        sp.t.right = p;
                    }
                }
                s.t.right = pr;
                pr.t.parent = s;
            }
            p.t.left = null;
            p.t.right = sr;
            if (sr != null) {
                sr.t.parent = p;
            }
            s.t.left = pl;
            pl.t.parent = s;
            s.t.parent = pp;
            if (pp == null) {
                root = s;
            } else if (p == pp.t.left) {
                pp.t.left = s;
            } else {
                pp.t.right = s;
            }
            replacement = sr != null ? sr : p;
        } else if (pl != null) {
            replacement = pl;
        } else if (pr != null) {
            replacement = pr;
        } else {
            replacement = p;
        }
        if (replacement != p) {
            Node<K, V> pp = p.t.parent;
            replacement.t.parent = pp;
            if (pp == null) {
                root = replacement;
                replacement.t.red = false;
            } else if (p == pp.t.left) {
                pp.t.left = replacement;
            } else {
                pp.t.right = replacement;
            }
            p.t.left = null;
            p.t.right = null;
            p.t.parent = null;
        }
        Node<K, V> r = p.t.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) {
            Node<K, V> pp = p.t.parent;
            p.t.parent = null;
            if (pp != null) {
                if (p == pp.t.left) {
                    pp.t.left = null;
                } else if (p == pp.t.right) {
                    pp.t.right = null;
                }
            }
        }
        p.t = null;
        if (movable) {
            moveRootToFront(tab, r);
        }
    }

    /** Splits the tree bin {@code first} of old index {@code j} into the doubled table. */
    final void splitTree(Node<K, V>[] newTab, Node<K, V> first, int j, int oldCap) {
        Node<K, V> loHead = null;
        Node<K, V> loTail = null;
        Node<K, V> hiHead = null;
        Node<K, V> hiTail = null;
        int lc = 0;
        int hc = 0;
        for (Node<K, V> e = first, next; e != null; e = next) {
            next = e.next;
            e.next = null;
            if ((e.hash & oldCap) == 0) {
                e.t.prev = loTail;
                if (loTail == null) {
                    loHead = e;
                } else {
                    loTail.next = e;
                }
                loTail = e;
                ++lc;
            } else {
                e.t.prev = hiTail;
                if (hiTail == null) {
                    hiHead = e;
                } else {
                    hiTail.next = e;
                }
                hiTail = e;
                ++hc;
            }
        }
        if (loHead != null) {
            if (lc <= 6) {
                newTab[j] = untreeify(loHead);
            } else {
                newTab[j] = loHead;
                if (hiHead != null) {
                    treeify(newTab, loHead);
                }
            }
        }
        if (hiHead != null) {
            if (hc <= 6) {
                newTab[j + oldCap] = untreeify(hiHead);
            } else {
                newTab[j + oldCap] = hiHead;
                if (loHead != null) {
                    treeify(newTab, hiHead);
                }
            }
        }
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> m) {
        putMapEntries(m, true);
    }

    @Override
    public V remove(Object key) {
        Node<K, V> e = removeNode(hash(key), key, null, false, true);
        return e == null ? null : e.value;
    }

    final Node<K, V> removeNode(int hash, Object key, Object value, boolean matchValue, boolean movable) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) {
            return null;
        }
        int index = (tab.length - 1) & hash;
        Node<K, V> prev = null;
        for (Node<K, V> e = tab[index]; e != null; prev = e, e = e.next) {
            Object k;
            if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                Object v = e.value;
                if (matchValue && !(v == value || (value != null && value.equals(v)))) {
                    return null;
                }
                if (e.t != null) {
                    removeTreeNode(tab, e, movable);
                } else if (prev == null) {
                    tab[index] = e.next;
                } else {
                    prev.next = e.next;
                }
                ++modCount;
                --size;
                afterNodeRemoval(e);
                return e;
            }
        }
        return null;
    }

    @Override
    public void clear() {
        modCount++;
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            size = 0;
            for (int i = 0; i < tab.length; ++i) {
                tab[i] = null;
            }
        }
    }

    @Override
    public boolean containsValue(Object value) {
        for (Node<K, V> e = first(); e != null; e = succ(e)) {
            Object v = e.value;
            if (v == value || (value != null && value.equals(v))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<K> keySet() {
        Set<K> ks = keySetView;
        if (ks == null) {
            ks = new KeySet();
            keySetView = ks;
        }
        return ks;
    }

    @Override
    public Collection<V> values() {
        Collection<V> vs = valuesView;
        if (vs == null) {
            vs = new Values();
            valuesView = vs;
        }
        return vs;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> es = entrySetView;
        if (es == null) {
            es = new EntrySet();
            entrySetView = es;
        }
        return es;
    }

    // ---- iteration order (LinkedHashMap overrides first and succ) ----

    /** The first node in iteration order, or null. */
    Node<K, V> first() {
        Node<K, V>[] tab = table;
        if (tab != null && size > 0) {
            for (Node<K, V> e : tab) {
                if (e != null) {
                    return e;
                }
            }
        }
        return null;
    }

    /** The node after {@code e} in iteration order, or null. */
    Node<K, V> succ(Node<K, V> e) {
        if (e.next != null) {
            return e.next;
        }
        Node<K, V>[] tab = table;
        for (int i = (e.hash & (tab.length - 1)) + 1; i < tab.length; i++) {
            if (tab[i] != null) {
                return tab[i];
            }
        }
        return null;
    }

    /** A fail-fast iterator over the nodes; {@link #map} turns a node into the element. */
    abstract class NodeIterator<T> implements Iterator<T> {
        Node<K, V> next;
        Node<K, V> current;
        int expectedModCount;

        NodeIterator() {
            expectedModCount = modCount;
            next = first();
        }

        abstract T map(Node<K, V> e);

        @Override
        public final boolean hasNext() {
            return next != null;
        }

        final Node<K, V> nextNode() {
            Node<K, V> e = next;
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            if (e == null) {
                throw new NoSuchElementException();
            }
            current = e;
            next = succ(e);
            return e;
        }

        @Override
        public final T next() {
            return map(nextNode());
        }

        @Override
        public final void remove() {
            Node<K, V> p = current;
            if (p == null) {
                throw new IllegalStateException();
            }
            if (modCount != expectedModCount) {
                throw new ConcurrentModificationException();
            }
            current = null;
            removeNode(p.hash, p.key, null, false, false);
            expectedModCount = modCount;
        }
    }

    final class KeyIterator extends NodeIterator<K> {
        @Override
        K map(Node<K, V> e) {
            return e.key;
        }
    }

    final class ValueIterator extends NodeIterator<V> {
        @Override
        V map(Node<K, V> e) {
            return e.value;
        }
    }

    final class EntryIterator extends NodeIterator<Map.Entry<K, V>> {
        @Override
        Map.Entry<K, V> map(Node<K, V> e) {
            return e;
        }
    }

    /** The key set view. */
    final class KeySet extends AbstractSet<K> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashMap.this.clear();
        }

        @Override
        public Iterator<K> iterator() {
            return new KeyIterator();
        }

        @Override
        public boolean contains(Object o) {
            return containsKey(o);
        }

        @Override
        public boolean remove(Object key) {
            return removeNode(hash(key), key, null, false, true) != null;
        }

        @Override
        public Spliterator<K> spliterator() {
            return Spliterators.spliterator(this, Spliterator.SIZED | Spliterator.DISTINCT);
        }

        @Override
        public Object[] toArray() {
            Object[] r = new Object[size];
            int i = 0;
            for (Node<K, V> e = first(); e != null; e = succ(e)) {
                r[i++] = e.key;
            }
            return r;
        }

        @Override
        public void forEach(Consumer<? super K> action) {
            Objects.requireNonNull(action);
            int mc = modCount;
            for (Node<K, V> e = first(); e != null && mc == modCount; e = succ(e)) {
                action.accept(e.key);
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /** The values view. */
    final class Values extends AbstractCollection<V> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashMap.this.clear();
        }

        @Override
        public Iterator<V> iterator() {
            return new ValueIterator();
        }

        @Override
        public boolean contains(Object o) {
            return containsValue(o);
        }

        @Override
        public Spliterator<V> spliterator() {
            return Spliterators.spliterator(this, Spliterator.SIZED);
        }

        @Override
        public void forEach(Consumer<? super V> action) {
            Objects.requireNonNull(action);
            int mc = modCount;
            for (Node<K, V> e = first(); e != null && mc == modCount; e = succ(e)) {
                action.accept(e.value);
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    /** The entry set view. */
    final class EntrySet extends AbstractSet<Map.Entry<K, V>> {
        @Override
        public int size() {
            return size;
        }

        @Override
        public void clear() {
            HashMap.this.clear();
        }

        @Override
        public Iterator<Map.Entry<K, V>> iterator() {
            return new EntryIterator();
        }

        @Override
        public boolean contains(Object o) {
            if (!(o instanceof Map.Entry)) {
                return false;
            }
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Node<K, V> candidate = getNode(e.getKey());
            return candidate != null && candidate.equals(e);
        }

        @Override
        public boolean remove(Object o) {
            if (o instanceof Map.Entry) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
                Object key = e.getKey();
                return removeNode(hash(key), key, e.getValue(), true, true) != null;
            }
            return false;
        }

        @Override
        public Spliterator<Map.Entry<K, V>> spliterator() {
            return Spliterators.spliterator(this, Spliterator.SIZED | Spliterator.DISTINCT);
        }

        @Override
        public void forEach(Consumer<? super Map.Entry<K, V>> action) {
            Objects.requireNonNull(action);
            int mc = modCount;
            for (Node<K, V> e = first(); e != null && mc == modCount; e = succ(e)) {
                action.accept(e);
            }
            if (modCount != mc) {
                throw new ConcurrentModificationException();
            }
        }
    }

    // ---- overrides of Map's defaults ----

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        Node<K, V> e = getNode(key);
        return e == null ? defaultValue : e.value;
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return putVal(hash(key), key, value, true, true);
    }

    @Override
    public boolean remove(Object key, Object value) {
        return removeNode(hash(key), key, value, true, true) != null;
    }

    @Override
    public boolean replace(K key, V oldValue, V newValue) {
        Node<K, V> e = getNode(key);
        if (e != null && Objects.equals(e.value, oldValue)) {
            e.value = newValue;
            afterNodeAccess(e);
            return true;
        }
        return false;
    }

    @Override
    public V replace(K key, V value) {
        Node<K, V> e = getNode(key);
        if (e != null) {
            V old = e.value;
            e.value = value;
            afterNodeAccess(e);
            return old;
        }
        return null;
    }

    /** The table to insert into from the compute family, resized first if the size already exceeds it. */
    private Node<K, V>[] tableForCompute() {
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) {
            tab = resize();
        }
        return tab;
    }

    /** Inserts a new node at the head of bin {@code i} (binCount nodes were there), as the compute family does. */
    private void insertAtHead(Node<K, V>[] tab, int i, int hash, K key, V value, int binCount) {
        if (tab[i] != null && tab[i].t != null) {
            putTreeVal(tab, hash, key, value);
        } else {
            tab[i] = newNode(hash, key, value, tab[i]);
            if (binCount >= TREEIFY_THRESHOLD - 1) {
                treeifyBin(tab, hash);
            }
        }
        modCount++;
        ++size;
        afterNodeInsertion(true);
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mappingFunction) {
        Objects.requireNonNull(mappingFunction);
        int hash = hash(key);
        Node<K, V>[] tab = tableForCompute();
        int i = (tab.length - 1) & hash;
        int binCount = 0;
        Node<K, V> old = null;
        for (Node<K, V> e = tab[i]; e != null; e = e.next) {
            Object k;
            if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                old = e;
                break;
            }
            binCount++;
        }
        if (old != null && old.value != null) {
            afterNodeAccess(old);
            return old.value;
        }
        int mc = modCount;
        V v = mappingFunction.apply(key);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (v == null) {
            return null;
        }
        if (old != null) {
            old.value = v;
            afterNodeAccess(old);
            return v;
        }
        insertAtHead(tab, i, hash, key, v, binCount);
        return v;
    }

    @Override
    public V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        Node<K, V> e = getNode(key);
        if (e != null && e.value != null) {
            int mc = modCount;
            V v = remappingFunction.apply(key, e.value);
            if (mc != modCount) {
                throw new ConcurrentModificationException();
            }
            if (v != null) {
                e.value = v;
                afterNodeAccess(e);
                return v;
            }
            removeNode(e.hash, key, null, false, true);
        }
        return null;
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remappingFunction) {
        Objects.requireNonNull(remappingFunction);
        int hash = hash(key);
        Node<K, V>[] tab = tableForCompute();
        int i = (tab.length - 1) & hash;
        int binCount = 0;
        Node<K, V> old = null;
        for (Node<K, V> e = tab[i]; e != null; e = e.next) {
            Object k;
            if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                old = e;
                break;
            }
            binCount++;
        }
        V oldValue = old == null ? null : old.value;
        int mc = modCount;
        V v = remappingFunction.apply(key, oldValue);
        if (mc != modCount) {
            throw new ConcurrentModificationException();
        }
        if (old != null) {
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false, true);
            }
        } else if (v != null) {
            insertAtHead(tab, i, hash, key, v, binCount);
        }
        return v;
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remappingFunction) {
        if (value == null || remappingFunction == null) {
            throw new NullPointerException();
        }
        int hash = hash(key);
        Node<K, V>[] tab = tableForCompute();
        int i = (tab.length - 1) & hash;
        int binCount = 0;
        Node<K, V> old = null;
        for (Node<K, V> e = tab[i]; e != null; e = e.next) {
            Object k;
            if (e.hash == hash && ((k = e.key) == key || (key != null && key.equals(k)))) {
                old = e;
                break;
            }
            binCount++;
        }
        if (old != null) {
            V v;
            if (old.value != null) {
                int mc = modCount;
                v = remappingFunction.apply(old.value, value);
                if (mc != modCount) {
                    throw new ConcurrentModificationException();
                }
            } else {
                v = value;
            }
            if (v != null) {
                old.value = v;
                afterNodeAccess(old);
            } else {
                removeNode(hash, key, null, false, true);
            }
            return v;
        }
        insertAtHead(tab, i, hash, key, value, binCount);
        return value;
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        Objects.requireNonNull(action);
        int mc = modCount;
        for (Node<K, V> e = first(); e != null && mc == modCount; e = succ(e)) {
            action.accept(e.key, e.value);
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    @Override
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> function) {
        Objects.requireNonNull(function);
        int mc = modCount;
        for (Node<K, V> e = first(); e != null; e = succ(e)) {
            e.value = function.apply(e.key, e.value);
        }
        if (modCount != mc) {
            throw new ConcurrentModificationException();
        }
    }

    /** A shallow copy (its table sized for the mappings, as a new map of them would be). */
    @Override
    @SuppressWarnings("unchecked")
    public Object clone() {
        HashMap<K, V> result;
        try {
            result = (HashMap<K, V>) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new InternalError(e);
        }
        result.reinitialize();
        result.putMapEntries(this, false);
        return result;
    }

    /** Resets to the state of a new map (used by clone). */
    void reinitialize() {
        table = null;
        entrySetView = null;
        keySetView = null;
        valuesView = null;
        modCount = 0;
        threshold = 0;
        size = 0;
    }

    // ---- LinkedHashMap hooks ----

    Node<K, V> newNode(int hash, K key, V value, Node<K, V> next) {
        return new Node<>(hash, key, value, next);
    }

    void afterNodeAccess(Node<K, V> p) {
    }

    void afterNodeInsertion(boolean evict) {
    }

    void afterNodeRemoval(Node<K, V> p) {
    }
}
