package java.util.stream;

import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.LongSummaryStatistics;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoublePredicate;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The sinks of the terminal operations, one class per operation serving all four stream shapes: what a
 * parallel evaluation forks per part and merges back in encounter order ({@link Sink.Terminal}) is written
 * once here, and each pipeline keeps only its typed surface (argument and result types).
 *
 * <p>A sink holds the operation's function in a field of each shape's type, of which only the stream's own is
 * set, and accepts elements through the overload of that shape: an element reaches the function without a
 * cast, which costs a run-time call in compiled code.
 */
final class TerminalSinks {
    private TerminalSinks() {
    }

    /** {@code forEach}: the action on every element, in any order and thread on a parallel stream. */
    static final class ForEach extends Sink.Terminal {
        private Consumer<Object> refs;
        private IntConsumer ints;
        private LongConsumer longs;
        private DoubleConsumer doubles;

        @SuppressWarnings("unchecked")
        ForEach(Consumer<?> action) {
            refs = (Consumer<Object>) action;
        }

        ForEach(IntConsumer action) {
            ints = action;
        }

        ForEach(LongConsumer action) {
            longs = action;
        }

        ForEach(DoubleConsumer action) {
            doubles = action;
        }

        @Override
        public void accept(Object t) {
            refs.accept(t);
        }

        @Override
        public void accept(int v) {
            ints.accept(v);
        }

        @Override
        public void accept(long v) {
            longs.accept(v);
        }

        @Override
        public void accept(double v) {
            doubles.accept(v);
        }

        /** The sink keeps no state, so every part can share it. */
        @Override
        Sink.Terminal fork() {
            return this;
        }

        @Override
        void merge(Sink.Terminal right) {
        }
    }

    /** {@code count()} over a pipeline whose size is not known in advance. */
    static final class Count extends Sink.Terminal {
        long count;

        @Override
        public void accept(Object t) {
            count++;
        }

        @Override
        public void accept(int v) {
            count++;
        }

        @Override
        public void accept(long v) {
            count++;
        }

        @Override
        public void accept(double v) {
            count++;
        }

        @Override
        Sink.Terminal fork() {
            return new Count();
        }

        @Override
        void merge(Sink.Terminal right) {
            count += ((Count) right).count;
        }
    }

    /** {@code toArray()}: the elements gathered into an array of the stream's shape. */
    static final class Gather extends Sink.Terminal {
        private final int shape;
        private Object[] refs;
        private int[] ints;
        private long[] longs;
        private double[] doubles;
        private int n;

        Gather(int shape) {
            this.shape = shape;
            switch (shape) {
                case Pipeline.INT:
                    ints = new int[16];
                    break;
                case Pipeline.LONG:
                    longs = new long[16];
                    break;
                case Pipeline.DOUBLE:
                    doubles = new double[16];
                    break;
                default:
                    refs = new Object[16];
            }
        }

        @Override
        public void accept(Object t) {
            if (n == refs.length) {
                refs = Arrays.copyOf(refs, n * 2);
            }
            refs[n++] = t;
        }

        @Override
        public void accept(int v) {
            if (n == ints.length) {
                ints = Arrays.copyOf(ints, n * 2);
            }
            ints[n++] = v;
        }

        @Override
        public void accept(long v) {
            if (n == longs.length) {
                longs = Arrays.copyOf(longs, n * 2);
            }
            longs[n++] = v;
        }

        @Override
        public void accept(double v) {
            if (n == doubles.length) {
                doubles = Arrays.copyOf(doubles, n * 2);
            }
            doubles[n++] = v;
        }

        /** The array of this shape with room for at least {@code length} elements, the gathered ones kept. */
        private Object reserve(int length) {
            switch (shape) {
                case Pipeline.INT:
                    return ints.length >= length ? ints : (ints = Arrays.copyOf(ints, length));
                case Pipeline.LONG:
                    return longs.length >= length ? longs : (longs = Arrays.copyOf(longs, length));
                case Pipeline.DOUBLE:
                    return doubles.length >= length ? doubles : (doubles = Arrays.copyOf(doubles, length));
                default:
                    return refs.length >= length ? refs : (refs = Arrays.copyOf(refs, length));
            }
        }

        private int capacity() {
            switch (shape) {
                case Pipeline.INT:
                    return ints.length;
                case Pipeline.LONG:
                    return longs.length;
                case Pipeline.DOUBLE:
                    return doubles.length;
                default:
                    return refs.length;
            }
        }

        /** The gathered elements: an {@code int[]}, {@code long[]}, {@code double[]} or {@code Object[]}. */
        Object array() {
            Object a = reserve(0);
            if (capacity() == n) {
                return a;
            }
            Object trimmed = emptyOf(shape, n);
            System.arraycopy(a, 0, trimmed, 0, n);
            return trimmed;
        }

        @Override
        Sink.Terminal fork() {
            return new Gather(shape);
        }

        @Override
        void merge(Sink.Terminal right) {
            Gather r = (Gather) right;
            Object a = reserve(Math.max(n + r.n, n * 2));
            System.arraycopy(r.reserve(0), 0, a, n, r.n);
            n += r.n;
        }

        private static Object emptyOf(int shape, int length) {
            switch (shape) {
                case Pipeline.INT:
                    return new int[length];
                case Pipeline.LONG:
                    return new long[length];
                case Pipeline.DOUBLE:
                    return new double[length];
                default:
                    return new Object[length];
            }
        }
    }

    /** What a {@link Reduce} folds with. */
    static final int FUNCTION = 0;
    static final int SUM = 1;
    static final int MIN = 2;
    static final int MAX = 3;

    /**
     * {@code reduce} (and {@code sum}, {@code min}, {@code max} of the primitive shapes): a left fold, from an
     * identity or from the first element. Forks start from the identity again, and a fork's result is folded
     * in with the combiner (the accumulator, but for the three-argument object {@code reduce}).
     */
    static final class Reduce extends Sink.Terminal {
        private int shape;
        private int op;
        private BiFunction<Object, Object, Object> refs;
        private BinaryOperator<Object> combiner;
        private IntBinaryOperator ints;
        private LongBinaryOperator longs;
        private DoubleBinaryOperator doubles;
        /** The state a fork starts from: whether there is an identity, and its value. */
        private boolean seeded;
        private Object refSeed;
        private int intSeed;
        private long longSeed;
        private double doubleSeed;

        /** Whether a value has been folded in (or there is an identity), and the value. */
        boolean seen;
        Object ref;
        int intValue;
        long longValue;
        double doubleValue;

        /** Objects: {@code accumulator} from {@code identity} (if {@code seeded}), forks joined with {@code combiner}. */
        @SuppressWarnings("unchecked")
        Reduce(BiFunction<?, ?, ?> accumulator, BinaryOperator<?> combiner, boolean seeded, Object identity) {
            this.shape = Pipeline.REF;
            this.refs = (BiFunction<Object, Object, Object>) accumulator;
            this.combiner = (BinaryOperator<Object>) combiner;
            this.seeded = seeded;
            this.refSeed = identity;
            start();
        }

        /** Ints: {@code op}, or {@code fn} when {@code op} is {@link #FUNCTION}. */
        Reduce(int op, IntBinaryOperator fn, boolean seeded, int identity) {
            this.shape = Pipeline.INT;
            this.op = op;
            this.ints = fn;
            this.seeded = seeded;
            this.intSeed = identity;
            start();
        }

        /** Longs: {@code op}, or {@code fn} when {@code op} is {@link #FUNCTION}. */
        Reduce(int op, LongBinaryOperator fn, boolean seeded, long identity) {
            this.shape = Pipeline.LONG;
            this.op = op;
            this.longs = fn;
            this.seeded = seeded;
            this.longSeed = identity;
            start();
        }

        /** Doubles: {@code op}, or {@code fn} when {@code op} is {@link #FUNCTION}. */
        Reduce(int op, DoubleBinaryOperator fn, boolean seeded, double identity) {
            this.shape = Pipeline.DOUBLE;
            this.op = op;
            this.doubles = fn;
            this.seeded = seeded;
            this.doubleSeed = identity;
            start();
        }

        /** A fork of {@code spec}: its functions, starting from its identity. */
        private Reduce(Reduce spec) {
            shape = spec.shape;
            op = spec.op;
            refs = spec.refs;
            combiner = spec.combiner;
            ints = spec.ints;
            longs = spec.longs;
            doubles = spec.doubles;
            seeded = spec.seeded;
            refSeed = spec.refSeed;
            intSeed = spec.intSeed;
            longSeed = spec.longSeed;
            doubleSeed = spec.doubleSeed;
            start();
        }

        private void start() {
            seen = seeded;
            ref = refSeed;
            intValue = intSeed;
            longValue = longSeed;
            doubleValue = doubleSeed;
        }

        @Override
        public void accept(Object t) {
            ref = seen ? refs.apply(ref, t) : t;
            seen = true;
        }

        @Override
        public void accept(int v) {
            intValue = !seen ? v : op == SUM ? intValue + v : op == MIN ? Math.min(intValue, v)
                : op == MAX ? Math.max(intValue, v) : ints.applyAsInt(intValue, v);
            seen = true;
        }

        @Override
        public void accept(long v) {
            longValue = !seen ? v : op == SUM ? longValue + v : op == MIN ? Math.min(longValue, v)
                : op == MAX ? Math.max(longValue, v) : longs.applyAsLong(longValue, v);
            seen = true;
        }

        @Override
        public void accept(double v) {
            doubleValue = !seen ? v : op == SUM ? doubleValue + v : op == MIN ? Math.min(doubleValue, v)
                : op == MAX ? Math.max(doubleValue, v) : doubles.applyAsDouble(doubleValue, v);
            seen = true;
        }

        @Override
        Sink.Terminal fork() {
            return new Reduce(this);
        }

        @Override
        void merge(Sink.Terminal right) {
            Reduce r = (Reduce) right;
            if (!r.seen) {
                return;
            }
            switch (shape) {
                case Pipeline.INT:
                    accept(r.intValue);
                    break;
                case Pipeline.LONG:
                    accept(r.longValue);
                    break;
                case Pipeline.DOUBLE:
                    accept(r.doubleValue);
                    break;
                default:
                    ref = seen ? combiner.apply(ref, r.ref) : r.ref;
                    seen = true;
            }
        }
    }

    /** A combiner that folds the right container into the left one, for {@link Collect}. */
    static <R> BinaryOperator<R> combining(BiConsumer<R, R> combiner) {
        return new BinaryOperator<R>() {
            @Override
            public R apply(R left, R right) {
                combiner.accept(left, right);
                return left;
            }
        };
    }

    /**
     * {@code collect}: the elements accumulated into a container from the supplier. Forks get containers of
     * their own, folded in with the combiner in encounter order; a {@link #concurrent} collection has every
     * part accumulate into the one container and never combines, as the JDK does for a {@code CONCURRENT}
     * collector on an unordered stream or with an {@code UNORDERED} collector.
     */
    static final class Collect extends Sink.Terminal {
        private Supplier<?> supplier;
        private BiConsumer<Object, Object> refs;
        private ObjIntConsumer<Object> ints;
        private ObjLongConsumer<Object> longs;
        private ObjDoubleConsumer<Object> doubles;
        private BinaryOperator<Object> combiner;
        private boolean concurrent;
        /** The container this part accumulates into. */
        Object container;

        @SuppressWarnings("unchecked")
        Collect(Supplier<?> supplier, BiConsumer<?, ?> accumulator, BinaryOperator<?> combiner) {
            this.refs = (BiConsumer<Object, Object>) accumulator;
            start(supplier, combiner);
        }

        @SuppressWarnings("unchecked")
        Collect(Supplier<?> supplier, ObjIntConsumer<?> accumulator, BinaryOperator<?> combiner) {
            this.ints = (ObjIntConsumer<Object>) accumulator;
            start(supplier, combiner);
        }

        @SuppressWarnings("unchecked")
        Collect(Supplier<?> supplier, ObjLongConsumer<?> accumulator, BinaryOperator<?> combiner) {
            this.longs = (ObjLongConsumer<Object>) accumulator;
            start(supplier, combiner);
        }

        @SuppressWarnings("unchecked")
        Collect(Supplier<?> supplier, ObjDoubleConsumer<?> accumulator, BinaryOperator<?> combiner) {
            this.doubles = (ObjDoubleConsumer<Object>) accumulator;
            start(supplier, combiner);
        }

        /** A fork of {@code spec} accumulating into {@code container}. */
        private Collect(Collect spec, Object container) {
            supplier = spec.supplier;
            refs = spec.refs;
            ints = spec.ints;
            longs = spec.longs;
            doubles = spec.doubles;
            combiner = spec.combiner;
            concurrent = spec.concurrent;
            this.container = container;
        }

        @SuppressWarnings("unchecked")
        private void start(Supplier<?> supplier, BinaryOperator<?> combiner) {
            this.supplier = supplier;
            this.combiner = (BinaryOperator<Object>) combiner;
            this.container = supplier.get();
        }

        /** Makes every fork share this sink's container (the accumulator is then called from many threads). */
        Collect concurrent() {
            concurrent = true;
            return this;
        }

        @Override
        public void accept(Object t) {
            refs.accept(container, t);
        }

        @Override
        public void accept(int v) {
            ints.accept(container, v);
        }

        @Override
        public void accept(long v) {
            longs.accept(container, v);
        }

        @Override
        public void accept(double v) {
            doubles.accept(container, v);
        }

        @Override
        Sink.Terminal fork() {
            return new Collect(this, concurrent ? container : supplier.get());
        }

        @Override
        void merge(Sink.Terminal right) {
            if (!concurrent) {
                container = combiner.apply(container, ((Collect) right).container);
            }
        }
    }

    /** {@code summaryStatistics()} (and {@code average()}, the double {@code sum()}) of a primitive stream. */
    static final class Stats extends Sink.Terminal {
        private final int shape;
        IntSummaryStatistics ints;
        LongSummaryStatistics longs;
        DoubleSummaryStatistics doubles;

        Stats(int shape) {
            this.shape = shape;
            switch (shape) {
                case Pipeline.INT:
                    ints = new IntSummaryStatistics();
                    break;
                case Pipeline.LONG:
                    longs = new LongSummaryStatistics();
                    break;
                default:
                    doubles = new DoubleSummaryStatistics();
            }
        }

        @Override
        public void accept(int v) {
            ints.accept(v);
        }

        @Override
        public void accept(long v) {
            longs.accept(v);
        }

        @Override
        public void accept(double v) {
            doubles.accept(v);
        }

        @Override
        Sink.Terminal fork() {
            return new Stats(shape);
        }

        @Override
        void merge(Sink.Terminal right) {
            Stats r = (Stats) right;
            switch (shape) {
                case Pipeline.INT:
                    ints.combine(r.ints);
                    break;
                case Pipeline.LONG:
                    longs.combine(r.longs);
                    break;
                default:
                    doubles.combine(r.doubles);
            }
        }
    }

    /**
     * Whether a short-circuiting operation has its answer. The parts of a parallel evaluation share one, so
     * that the part that finds the answer stops the others (and the splitting of the rest).
     */
    static final class Stop {
        volatile boolean stopped;
    }

    /**
     * {@code anyMatch}, {@code allMatch} and {@code noneMatch}: stops at the first element whose test result
     * is {@code stopOn}, {@link #stopped()} telling whether there was one. The answer does not depend on which
     * part finds such an element, so a parallel stream's parts search at once.
     */
    static final class Match extends Sink.Terminal {
        private final boolean stopOn;
        private final Stop stop;
        private Predicate<Object> refs;
        private IntPredicate ints;
        private LongPredicate longs;
        private DoublePredicate doubles;

        @SuppressWarnings("unchecked")
        Match(Predicate<?> test, boolean stopOn) {
            this.refs = (Predicate<Object>) test;
            this.stopOn = stopOn;
            this.stop = new Stop();
        }

        Match(IntPredicate test, boolean stopOn) {
            this.ints = test;
            this.stopOn = stopOn;
            this.stop = new Stop();
        }

        Match(LongPredicate test, boolean stopOn) {
            this.longs = test;
            this.stopOn = stopOn;
            this.stop = new Stop();
        }

        Match(DoublePredicate test, boolean stopOn) {
            this.doubles = test;
            this.stopOn = stopOn;
            this.stop = new Stop();
        }

        /** A fork of {@code spec}: the same test, the same {@link Stop}. */
        private Match(Match spec) {
            stopOn = spec.stopOn;
            stop = spec.stop;
            refs = spec.refs;
            ints = spec.ints;
            longs = spec.longs;
            doubles = spec.doubles;
        }

        /** Whether an element's test result was {@code stopOn}. */
        boolean stopped() {
            return stop.stopped;
        }

        @Override
        public void accept(Object t) {
            if (!stop.stopped && refs.test(t) == stopOn) {
                stop.stopped = true;
            }
        }

        @Override
        public void accept(int v) {
            if (!stop.stopped && ints.test(v) == stopOn) {
                stop.stopped = true;
            }
        }

        @Override
        public void accept(long v) {
            if (!stop.stopped && longs.test(v) == stopOn) {
                stop.stopped = true;
            }
        }

        @Override
        public void accept(double v) {
            if (!stop.stopped && doubles.test(v) == stopOn) {
                stop.stopped = true;
            }
        }

        @Override
        boolean cancellationRequested() {
            return stop.stopped;
        }

        @Override
        boolean shortCircuits() {
            return true;
        }

        @Override
        Sink.Terminal fork() {
            return new Match(this);
        }

        @Override
        void merge(Sink.Terminal right) {
        }
    }

    /**
     * {@code findFirst} and {@code findAny}: the first element of its part. {@code findFirst} runs in encounter
     * order on the calling thread; {@code findAny} lets a parallel stream's parts search at once, the first to
     * find an element stopping the others, and answers the leftmost part's find.
     */
    static final class First extends Sink.Terminal {
        private final Stop stop;
        boolean found;
        Object ref;
        int intValue;
        long longValue;
        double doubleValue;

        First() {
            stop = new Stop();
        }

        private First(Stop stop) {
            this.stop = stop;
        }

        @Override
        public void accept(Object t) {
            if (!found) {
                ref = t;
                found();
            }
        }

        @Override
        public void accept(int v) {
            if (!found) {
                intValue = v;
                found();
            }
        }

        @Override
        public void accept(long v) {
            if (!found) {
                longValue = v;
                found();
            }
        }

        @Override
        public void accept(double v) {
            if (!found) {
                doubleValue = v;
                found();
            }
        }

        private void found() {
            found = true;
            stop.stopped = true;
        }

        @Override
        boolean cancellationRequested() {
            return stop.stopped;
        }

        @Override
        boolean shortCircuits() {
            return true;
        }

        @Override
        Sink.Terminal fork() {
            return new First(stop);
        }

        @Override
        void merge(Sink.Terminal right) {
            First r = (First) right;
            if (!found && r.found) {
                found = true;
                ref = r.ref;
                intValue = r.intValue;
                longValue = r.longValue;
                doubleValue = r.doubleValue;
            }
        }
    }
}
