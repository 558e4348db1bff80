package java.util.stream;

import java.util.LongSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.LongBinaryOperator;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * A sequence of {@code long} values supporting lazy intermediate operations and eager terminal operations; the
 * primitive counterpart of {@link Stream}.
 */
public interface LongStream extends BaseStream<Long, LongStream> {
    /** The values matching {@code predicate}. */
    LongStream filter(LongPredicate predicate);

    /** The results of applying {@code mapper}. */
    LongStream map(LongUnaryOperator mapper);

    /** The object results of applying {@code mapper}. */
    <U> Stream<U> mapToObj(LongFunction<? extends U> mapper);

    /** The {@code int} results of applying {@code mapper}. */
    IntStream mapToInt(LongToIntFunction mapper);

    /** The {@code double} results of applying {@code mapper}. */
    DoubleStream mapToDouble(LongToDoubleFunction mapper);

    /** The contents of the streams {@code mapper} returns. */
    LongStream flatMap(LongFunction<? extends LongStream> mapper);

    /** The values {@code mapper} passes to its consumer for each value. */
    default LongStream mapMulti(LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(new LongFunction<LongStream>() {
            @Override
            public LongStream apply(long e) {
                Builder b = builder();
                mapper.accept(e, b);
                return b.build();
            }
        });
    }

    /** The distinct values, first occurrences in encounter order. */
    LongStream distinct();

    /** The values in ascending order. */
    LongStream sorted();

    /** The values, each also passed to {@code action} as it goes by. */
    LongStream peek(LongConsumer action);

    /** At most the first {@code maxSize} values. */
    LongStream limit(long maxSize);

    /** The values after the first {@code n}. */
    LongStream skip(long n);

    /** The longest prefix matching {@code predicate}. */
    default LongStream takeWhile(LongPredicate predicate) {
        throw new UnsupportedOperationException("takeWhile");
    }

    /** The values after the longest prefix matching {@code predicate}. */
    default LongStream dropWhile(LongPredicate predicate) {
        throw new UnsupportedOperationException("dropWhile");
    }

    /** Performs {@code action} on each value. */
    void forEach(LongConsumer action);

    /** Performs {@code action} on each value in encounter order. */
    void forEachOrdered(LongConsumer action);

    /** The values in an array. */
    long[] toArray();

    /** Folds the values with {@code op}, starting from {@code identity}. */
    long reduce(long identity, LongBinaryOperator op);

    /** Folds the values with {@code op}; empty when there are none. */
    OptionalLong reduce(LongBinaryOperator op);

    /** Accumulates the values into a container from {@code supplier}. */
    <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner);

    /** The sum (wrapping on overflow). */
    long sum();

    /** The least value. */
    OptionalLong min();

    /** The greatest value. */
    OptionalLong max();

    /** The number of values. */
    long count();

    /** The arithmetic mean. */
    OptionalDouble average();

    /** Count, sum, min, average and max in one pass. */
    LongSummaryStatistics summaryStatistics();

    /** Whether some value matches. */
    boolean anyMatch(LongPredicate predicate);

    /** Whether every value matches. */
    boolean allMatch(LongPredicate predicate);

    /** Whether no value matches. */
    boolean noneMatch(LongPredicate predicate);

    /** The first value, if any. */
    OptionalLong findFirst();

    /** Some value, if any. */
    OptionalLong findAny();

    /** The values converted to {@code double}. */
    DoubleStream asDoubleStream();

    /** The values boxed. */
    Stream<Long> boxed();

    @Override
    LongStream sequential();

    @Override
    LongStream parallel();

    @Override
    PrimitiveIterator.OfLong iterator();

    @Override
    Spliterator.OfLong spliterator();

    /** A builder of an {@code LongStream}. */
    static Builder builder() {
        return new LongPipeline.LongBuilder();
    }

    /** No values. */
    static LongStream empty() {
        return new LongPipeline(Source.empty());
    }

    /** One value. */
    static LongStream of(long t) {
        return of(new long[] {t});
    }

    /** The given values. */
    static LongStream of(long... values) {
        return LongPipeline.ofArray(values, 0, values.length);
    }

    /** {@code seed}, {@code f(seed)}, {@code f(f(seed))}, ... (infinite). */
    static LongStream iterate(long seed, LongUnaryOperator f) {
        Objects.requireNonNull(f);
        return new LongPipeline(new Source() {
            boolean started;
            long t;

            @Override
            boolean tryAdvance(Sink s) {
                t = started ? f.applyAsLong(t) : seed;
                started = true;
                s.accept(t);
                return true;
            }
        });
    }

    /** {@code seed}, {@code next(seed)}, ... while {@code hasNext} holds. */
    static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator next) {
        Objects.requireNonNull(hasNext);
        Objects.requireNonNull(next);
        return new LongPipeline(new Source() {
            boolean started;
            boolean finished;
            long t;

            @Override
            boolean tryAdvance(Sink s) {
                if (finished) {
                    return false;
                }
                long v = started ? next.applyAsLong(t) : seed;
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
    static LongStream generate(LongSupplier s) {
        Objects.requireNonNull(s);
        return new LongPipeline(new Source() {
            @Override
            boolean tryAdvance(Sink sink) {
                sink.accept(s.getAsLong());
                return true;
            }
        });
    }

    /** {@code startInclusive}, ..., {@code endExclusive - 1}. */
    static LongStream range(long startInclusive, long endExclusive) {
        if (startInclusive >= endExclusive) {
            return empty();
        }
        return LongPipeline.range(startInclusive, endExclusive - 1);
    }

    /** {@code startInclusive}, ..., {@code endInclusive}. */
    static LongStream rangeClosed(long startInclusive, long endInclusive) {
        return LongPipeline.range(startInclusive, endInclusive);
    }

    /** The values of {@code a}, then those of {@code b}; closing it closes both. */
    static LongStream concat(LongStream a, LongStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        LongPipeline s = new LongPipeline(Source.concat(Pipeline.sourceOf(a, Pipeline.LONG), Pipeline.sourceOf(b, Pipeline.LONG)));
        return (LongStream) Pipeline.finishConcat(s, a, b);
    }

    /** A mutable builder of an {@code LongStream}. */
    interface Builder extends LongConsumer {
        /** Adds a value. */
        @Override
        void accept(long t);

        /** Adds a value and returns this builder. */
        default Builder add(long t) {
            accept(t);
            return this;
        }

        /** The stream of the added values; the builder cannot be used afterwards. */
        LongStream build();
    }

    /** The function {@link #mapMulti} takes: a value and the consumer of its replacements. */
    @FunctionalInterface
    interface LongMapMultiConsumer {
        /** Passes the replacements of {@code value} to {@code ic}. */
        void accept(long value, LongConsumer ic);
    }
}
