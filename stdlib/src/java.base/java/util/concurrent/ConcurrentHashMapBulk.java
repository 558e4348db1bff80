package java.util.concurrent;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntBiFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import java.util.function.ToLongFunction;

/**
 * The engine behind {@link ConcurrentHashMap}'s bulk operations ({@code forEach*}, {@code search*},
 * {@code reduce*}): one description of the operation (what each mapping contributes: the pair, the key, the
 * value or the entry, optionally transformed; and whether the contributions are consumed, searched or reduced)
 * run over a snapshot of the mappings in iteration order. With fewer mappings than the parallelism threshold,
 * or no pool to share the work with, it runs on the calling thread in that order; otherwise the snapshot is
 * split in halves down to small parts run as fork/join tasks in the common pool, and partial results combine
 * with the operation's reducer (which the specification requires to be associative and commutative).
 *
 * <p>Functions arrive untyped and are applied through casts chosen by {@link #kind}: the public methods have
 * already checked the types.
 */
final class ConcurrentHashMapBulk {
    /** What a mapping contributes: the key and value to a two-argument function, or one of them, or the entry. */
    static final int PAIR = 0;
    static final int KEY = 1;
    static final int VALUE = 2;
    static final int ENTRY = 3;

    /** What happens to the contributions. */
    private static final int FOR_EACH = 0;
    private static final int SEARCH = 1;
    private static final int REDUCE = 2;
    private static final int REDUCE_DOUBLE = 3;
    private static final int REDUCE_LONG = 4;
    private static final int REDUCE_INT = 5;

    /** The fewest mappings a forked part gets. */
    private static final int GRAIN = 64;

    private final Map.Entry<?, ?>[] entries;
    private final int kind;
    private final int mode;
    /** The transformer (null: the contribution itself), or for a pair without transformer null too. */
    private final Object transformer;
    /** The consumer (for-each) or reducer (reductions). */
    private final Object sink;
    /** The reductions' basis: a boxed primitive. */
    private final Object basis;
    private final AtomicReference<Object> found = new AtomicReference<>();

    private ConcurrentHashMapBulk(Map.Entry<?, ?>[] entries, int kind, int mode, Object transformer, Object sink, Object basis) {
        this.entries = entries;
        this.kind = kind;
        this.mode = mode;
        this.transformer = transformer;
        this.sink = sink;
        this.basis = basis;
    }

    // ---------------------------------------------------------------- entry points

    static void forEach(ConcurrentHashMap<?, ?> m, long threshold, int kind, Object transformer, Object action) {
        run(m, threshold, kind, FOR_EACH, transformer, checked(action), null);
    }

    static Object search(ConcurrentHashMap<?, ?> m, long threshold, int kind, Object searchFunction) {
        return run(m, threshold, kind, SEARCH, checked(searchFunction), null, null);
    }

    static Object reduce(ConcurrentHashMap<?, ?> m, long threshold, int kind, Object transformer, Object reducer) {
        return run(m, threshold, kind, REDUCE, transformer, checked(reducer), null);
    }

    static double reduceToDouble(ConcurrentHashMap<?, ?> m, long threshold, int kind, Object transformer, double basis, DoubleBinaryOperator reducer) {
        return (Double) run(m, threshold, kind, REDUCE_DOUBLE, checked(transformer), checked(reducer), basis);
    }

    static long reduceToLong(ConcurrentHashMap<?, ?> m, long threshold, int kind, Object transformer, long basis, LongBinaryOperator reducer) {
        return (Long) run(m, threshold, kind, REDUCE_LONG, checked(transformer), checked(reducer), basis);
    }

    static int reduceToInt(ConcurrentHashMap<?, ?> m, long threshold, int kind, Object transformer, int basis, IntBinaryOperator reducer) {
        return (Integer) run(m, threshold, kind, REDUCE_INT, checked(transformer), checked(reducer), basis);
    }

    /** Throws NullPointerException for a null function (a transformer that may be absent is passed unchecked). */
    static Object checked(Object f) {
        if (f == null) {
            throw new NullPointerException();
        }
        return f;
    }

    private static Object run(ConcurrentHashMap<?, ?> m, long threshold, int kind, int mode, Object transformer, Object sink, Object basis) {
        ConcurrentHashMapBulk op = new ConcurrentHashMapBulk(m.snapshot(), kind, mode, transformer, sink, basis);
        int n = op.entries.length;
        boolean parallel = n >= threshold && n > GRAIN && ForkJoinPool.getCommonPoolParallelism() > 1;
        Object result = parallel ? ForkJoinPool.commonPool().invoke(op.new Part(0, n)) : op.fold(0, n);
        return mode == SEARCH ? op.found.get() : result;
    }

    // ---------------------------------------------------------------- evaluation

    /** The contribution of entry {@code i} before transformation. */
    private Object element(int i) {
        Map.Entry<?, ?> e = entries[i];
        return kind == KEY ? e.getKey() : kind == VALUE ? e.getValue() : e;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object transformed(int i) {
        if (transformer == null) {
            return element(i);
        }
        if (kind == PAIR) {
            Map.Entry<?, ?> e = entries[i];
            return ((BiFunction) transformer).apply(e.getKey(), e.getValue());
        }
        return ((Function) transformer).apply(element(i));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private double asDouble(int i) {
        Map.Entry<?, ?> e = entries[i];
        return kind == PAIR ? ((ToDoubleBiFunction) transformer).applyAsDouble(e.getKey(), e.getValue())
                : ((ToDoubleFunction) transformer).applyAsDouble(element(i));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private long asLong(int i) {
        Map.Entry<?, ?> e = entries[i];
        return kind == PAIR ? ((ToLongBiFunction) transformer).applyAsLong(e.getKey(), e.getValue())
                : ((ToLongFunction) transformer).applyAsLong(element(i));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private int asInt(int i) {
        Map.Entry<?, ?> e = entries[i];
        return kind == PAIR ? ((ToIntBiFunction) transformer).applyAsInt(e.getKey(), e.getValue())
                : ((ToIntFunction) transformer).applyAsInt(element(i));
    }

    /** Runs the operation over entries {@code lo} to {@code hi} in order; the part's result. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object fold(int lo, int hi) {
        switch (mode) {
            case FOR_EACH:
                for (int i = lo; i < hi; i++) {
                    if (kind == PAIR && transformer == null) {
                        Map.Entry<?, ?> e = entries[i];
                        ((BiConsumer) sink).accept(e.getKey(), e.getValue());
                    } else {
                        Object u = transformed(i);
                        if (u != null) {
                            ((Consumer) sink).accept(u);
                        }
                    }
                }
                return null;
            case SEARCH:
                for (int i = lo; i < hi && found.get() == null; i++) {
                    Object u = transformed(i);
                    if (u != null) {
                        found.compareAndSet(null, u);
                    }
                }
                return null;
            case REDUCE: {
                Object acc = null;
                for (int i = lo; i < hi; i++) {
                    acc = combine(acc, transformed(i));
                }
                return acc;
            }
            case REDUCE_DOUBLE: {
                double acc = (Double) basis;
                for (int i = lo; i < hi; i++) {
                    acc = ((DoubleBinaryOperator) sink).applyAsDouble(acc, asDouble(i));
                }
                return acc;
            }
            case REDUCE_LONG: {
                long acc = (Long) basis;
                for (int i = lo; i < hi; i++) {
                    acc = ((LongBinaryOperator) sink).applyAsLong(acc, asLong(i));
                }
                return acc;
            }
            default: {
                int acc = (Integer) basis;
                for (int i = lo; i < hi; i++) {
                    acc = ((IntBinaryOperator) sink).applyAsInt(acc, asInt(i));
                }
                return acc;
            }
        }
    }

    /** Two partial results as one: null contributions are skipped in object reductions. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object combine(Object a, Object b) {
        switch (mode) {
            case REDUCE:
                return a == null ? b : b == null ? a : ((BiFunction) sink).apply(a, b);
            case REDUCE_DOUBLE:
                return ((DoubleBinaryOperator) sink).applyAsDouble((Double) a, (Double) b);
            case REDUCE_LONG:
                return ((LongBinaryOperator) sink).applyAsLong((Long) a, (Long) b);
            case REDUCE_INT:
                return ((IntBinaryOperator) sink).applyAsInt((Integer) a, (Integer) b);
            default:
                return null;
        }
    }

    /** A range of the snapshot, split in halves (the right half forked) down to {@link #GRAIN} mappings. */
    private final class Part extends RecursiveTask<Object> {
        private static final long serialVersionUID = 1L;
        private final int lo;
        private final int hi;

        Part(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected Object compute() {
            if (hi - lo <= GRAIN || (mode == SEARCH && found.get() != null)) {
                return fold(lo, hi);
            }
            int mid = (lo + hi) >>> 1;
            Part right = new Part(mid, hi);
            right.fork();
            Object left = new Part(lo, mid).compute();
            return combine(left, right.join());
        }
    }
}
