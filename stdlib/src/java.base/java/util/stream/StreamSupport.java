package java.util.stream;

import java.util.Objects;
import java.util.Spliterator;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Makes streams from spliterators: how collections (and other libraries) offer {@code stream()}. The
 * spliterator is traversed only when a terminal operation runs, and a {@code SIZED} one lets {@code count()}
 * answer from its size.
 */
public final class StreamSupport {
    private StreamSupport() {
    }

    /** A stream over {@code spliterator}'s elements, parallel if asked. */
    public static <T> Stream<T> stream(Spliterator<T> spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        RefPipeline<T> s = new RefPipeline<>(of(spliterator, null, Pipeline.REF));
        s.parallel = parallel;
        return s;
    }

    /** A stream over the elements of the spliterator {@code supplier} gives when the terminal operation runs. */
    public static <T> Stream<T> stream(Supplier<? extends Spliterator<T>> supplier, int characteristics,
            boolean parallel) {
        Objects.requireNonNull(supplier);
        RefPipeline<T> s = new RefPipeline<>(of(null, supplier, Pipeline.REF, characteristics));
        s.parallel = parallel;
        return s;
    }

    /** An {@code IntStream} over {@code spliterator}'s values. */
    public static IntStream intStream(Spliterator.OfInt spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        IntPipeline s = new IntPipeline(of(spliterator, null, Pipeline.INT));
        s.parallel = parallel;
        return s;
    }

    /** An {@code IntStream} over the spliterator {@code supplier} gives. */
    public static IntStream intStream(Supplier<? extends Spliterator.OfInt> supplier, int characteristics,
            boolean parallel) {
        Objects.requireNonNull(supplier);
        IntPipeline s = new IntPipeline(of(null, supplier, Pipeline.INT, characteristics));
        s.parallel = parallel;
        return s;
    }

    /** A {@code LongStream} over {@code spliterator}'s values. */
    public static LongStream longStream(Spliterator.OfLong spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        LongPipeline s = new LongPipeline(of(spliterator, null, Pipeline.LONG));
        s.parallel = parallel;
        return s;
    }

    /** A {@code LongStream} over the spliterator {@code supplier} gives. */
    public static LongStream longStream(Supplier<? extends Spliterator.OfLong> supplier, int characteristics,
            boolean parallel) {
        Objects.requireNonNull(supplier);
        LongPipeline s = new LongPipeline(of(null, supplier, Pipeline.LONG, characteristics));
        s.parallel = parallel;
        return s;
    }

    /** A {@code DoubleStream} over {@code spliterator}'s values. */
    public static DoubleStream doubleStream(Spliterator.OfDouble spliterator, boolean parallel) {
        Objects.requireNonNull(spliterator);
        DoublePipeline s = new DoublePipeline(of(spliterator, null, Pipeline.DOUBLE));
        s.parallel = parallel;
        return s;
    }

    /** A {@code DoubleStream} over the spliterator {@code supplier} gives. */
    public static DoubleStream doubleStream(Supplier<? extends Spliterator.OfDouble> supplier, int characteristics,
            boolean parallel) {
        Objects.requireNonNull(supplier);
        DoublePipeline s = new DoublePipeline(of(null, supplier, Pipeline.DOUBLE, characteristics));
        s.parallel = parallel;
        return s;
    }

    /**
     * A source over a spliterator, or over the one {@code supplier} gives at the first use; ordered as the
     * spliterator's (or the given) characteristics say, split as the spliterator splits.
     */
    private static Source of(Spliterator<?> spliterator, Supplier<? extends Spliterator<?>> supplier, int shape) {
        return of(spliterator, supplier, shape,
            spliterator != null ? spliterator.characteristics() : Spliterator.ORDERED);
    }

    private static Source of(Spliterator<?> spliterator, Supplier<? extends Spliterator<?>> supplier, int shape,
            int characteristics) {
        return new Source() {
            Spliterator<?> sp = spliterator;

            private Spliterator<?> get() {
                if (sp == null) {
                    sp = supplier.get();
                }
                return sp;
            }

            @Override
            boolean tryAdvance(Sink s) {
                switch (shape) {
                    case Pipeline.INT:
                        return ((Spliterator.OfInt) get()).tryAdvance((IntConsumer) s);
                    case Pipeline.LONG:
                        return ((Spliterator.OfLong) get()).tryAdvance((LongConsumer) s);
                    case Pipeline.DOUBLE:
                        return ((Spliterator.OfDouble) get()).tryAdvance((DoubleConsumer) s);
                    default:
                        return get().tryAdvance(s);
                }
            }

            @Override
            void forEachRemaining(Sink s) {
                switch (shape) {
                    case Pipeline.INT:
                        ((Spliterator.OfInt) get()).forEachRemaining((IntConsumer) s);
                        break;
                    case Pipeline.LONG:
                        ((Spliterator.OfLong) get()).forEachRemaining((LongConsumer) s);
                        break;
                    case Pipeline.DOUBLE:
                        ((Spliterator.OfDouble) get()).forEachRemaining((DoubleConsumer) s);
                        break;
                    default:
                        get().forEachRemaining(s);
                }
            }

            @Override
            long exactSize() {
                Spliterator<?> it = get();
                return it.hasCharacteristics(Spliterator.SIZED) ? it.estimateSize() : -1;
            }

            @Override
            long estimateSize() {
                return get().estimateSize();
            }

            @Override
            boolean ordered() {
                return (characteristics & Spliterator.ORDERED) != 0;
            }

            /** The spliterator's own split, or a batch when it does not split. */
            @Override
            Source trySplit() {
                Spliterator<?> first = get().trySplit();
                if (first != null) {
                    return of(first, null, shape, characteristics);
                }
                return super.trySplit();
            }
        };
    }
}
