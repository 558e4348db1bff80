package java.util.stream;

import java.util.IntSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.IntBinaryOperator;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * A sequence of {@code int} values supporting lazy intermediate operations and eager terminal operations; the
 * primitive counterpart of {@link Stream}.
 */
public interface IntStream extends BaseStream<Integer, IntStream> {
    /** The values matching {@code predicate}. */
    IntStream filter(IntPredicate predicate);

    /** The results of applying {@code mapper}. */
    IntStream map(IntUnaryOperator mapper);

    /** The object results of applying {@code mapper}. */
    <U> Stream<U> mapToObj(IntFunction<? extends U> mapper);

    /** The {@code long} results of applying {@code mapper}. */
    LongStream mapToLong(IntToLongFunction mapper);

    /** The {@code double} results of applying {@code mapper}. */
    DoubleStream mapToDouble(IntToDoubleFunction mapper);

    /** The contents of the streams {@code mapper} returns. */
    IntStream flatMap(IntFunction<? extends IntStream> mapper);

    /** The values {@code mapper} passes to its consumer for each value. */
    default IntStream mapMulti(IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(new IntFunction<IntStream>() {
            @Override
            public IntStream apply(int e) {
                Builder b = builder();
                mapper.accept(e, b);
                return b.build();
            }
        });
    }

    /** The distinct values, first occurrences in encounter order. */
    IntStream distinct();

    /** The values in ascending order. */
    IntStream sorted();

    /** The values, each also passed to {@code action} as it goes by. */
    IntStream peek(IntConsumer action);

    /** At most the first {@code maxSize} values. */
    IntStream limit(long maxSize);

    /** The values after the first {@code n}. */
    IntStream skip(long n);

    /** The longest prefix matching {@code predicate}. */
    default IntStream takeWhile(IntPredicate predicate) {
        throw new UnsupportedOperationException("takeWhile");
    }

    /** The values after the longest prefix matching {@code predicate}. */
    default IntStream dropWhile(IntPredicate predicate) {
        throw new UnsupportedOperationException("dropWhile");
    }

    /** Performs {@code action} on each value. */
    void forEach(IntConsumer action);

    /** Performs {@code action} on each value in encounter order. */
    void forEachOrdered(IntConsumer action);

    /** The values in an array. */
    int[] toArray();

    /** Folds the values with {@code op}, starting from {@code identity}. */
    int reduce(int identity, IntBinaryOperator op);

    /** Folds the values with {@code op}; empty when there are none. */
    OptionalInt reduce(IntBinaryOperator op);

    /** Accumulates the values into a container from {@code supplier}. */
    <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner);

    /** The sum (wrapping on overflow). */
    int sum();

    /** The least value. */
    OptionalInt min();

    /** The greatest value. */
    OptionalInt max();

    /** The number of values. */
    long count();

    /** The arithmetic mean. */
    OptionalDouble average();

    /** Count, sum, min, average and max in one pass. */
    IntSummaryStatistics summaryStatistics();

    /** Whether some value matches. */
    boolean anyMatch(IntPredicate predicate);

    /** Whether every value matches. */
    boolean allMatch(IntPredicate predicate);

    /** Whether no value matches. */
    boolean noneMatch(IntPredicate predicate);

    /** The first value, if any. */
    OptionalInt findFirst();

    /** Some value, if any. */
    OptionalInt findAny();

    /** The values widened to {@code long}. */
    LongStream asLongStream();

    /** The values converted to {@code double}. */
    DoubleStream asDoubleStream();

    /** The values boxed. */
    Stream<Integer> boxed();

    @Override
    IntStream sequential();

    @Override
    IntStream parallel();

    @Override
    PrimitiveIterator.OfInt iterator();

    @Override
    Spliterator.OfInt spliterator();

    /** A builder of an {@code IntStream}. */
    static Builder builder() {
        return new IntPipeline.IntBuilder();
    }

    /** No values. */
    static IntStream empty() {
        return new IntPipeline(Source.empty());
    }

    /** One value. */
    static IntStream of(int t) {
        return of(new int[] {t});
    }

    /** The given values. */
    static IntStream of(int... values) {
        return IntPipeline.ofArray(values, 0, values.length);
    }

    /** {@code seed}, {@code f(seed)}, {@code f(f(seed))}, ... (infinite). */
    static IntStream iterate(int seed, IntUnaryOperator f) {
        Objects.requireNonNull(f);
        return new IntPipeline(new Source() {
            boolean started;
            int t;

            @Override
            boolean tryAdvance(Sink s) {
                t = started ? f.applyAsInt(t) : seed;
                started = true;
                s.accept(t);
                return true;
            }
        });
    }

    /** {@code seed}, {@code next(seed)}, ... while {@code hasNext} holds. */
    static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator next) {
        Objects.requireNonNull(hasNext);
        Objects.requireNonNull(next);
        return new IntPipeline(new Source() {
            boolean started;
            boolean finished;
            int t;

            @Override
            boolean tryAdvance(Sink s) {
                if (finished) {
                    return false;
                }
                int v = started ? next.applyAsInt(t) : seed;
                started = true;
                if (!hasNext.test(v)) {
                    finished = true;
                    return false;
                }
                t = v;
                s.accept(v);
                return true;
            }
        });
    }

    /** An infinite stream of {@code s}'s results. */
    static IntStream generate(IntSupplier s) {
        Objects.requireNonNull(s);
        return new IntPipeline(new Source() {
            @Override
            boolean tryAdvance(Sink sink) {
                sink.accept(s.getAsInt());
                return true;
            }
        });
    }

    /** {@code startInclusive}, ..., {@code endExclusive - 1}. */
    static IntStream range(int startInclusive, int endExclusive) {
        return IntPipeline.range(startInclusive, (long) endExclusive - 1);
    }

    /** {@code startInclusive}, ..., {@code endInclusive}. */
    static IntStream rangeClosed(int startInclusive, int endInclusive) {
        return IntPipeline.range(startInclusive, endInclusive);
    }

    /** The values of {@code a}, then those of {@code b}; closing it closes both. */
    static IntStream concat(IntStream a, IntStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        IntPipeline s = new IntPipeline(Source.concat(Pipeline.sourceOf(a, Pipeline.INT), Pipeline.sourceOf(b, Pipeline.INT)));
        return (IntStream) Pipeline.finishConcat(s, a, b);
    }

    /** A mutable builder of an {@code IntStream}. */
    interface Builder extends IntConsumer {
        /** Adds a value. */
        @Override
        void accept(int t);

        /** Adds a value and returns this builder. */
        default Builder add(int t) {
            accept(t);
            return this;
        }

        /** The stream of the added values; the builder cannot be used afterwards. */
        IntStream build();
    }

    /** The function {@link #mapMulti} takes: a value and the consumer of its replacements. */
    @FunctionalInterface
    interface IntMapMultiConsumer {
        /** Passes the replacements of {@code value} to {@code ic}. */
        void accept(int value, IntConsumer ic);
    }
}
