package java.util.stream;

import java.util.DoubleSummaryStatistics;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.PrimitiveIterator;
import java.util.Spliterator;
import java.util.function.BiConsumer;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleFunction;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/**
 * A sequence of {@code double} values supporting lazy intermediate operations and eager terminal operations; the
 * primitive counterpart of {@link Stream}.
 */
public interface DoubleStream extends BaseStream<Double, DoubleStream> {
    /** The values matching {@code predicate}. */
    DoubleStream filter(DoublePredicate predicate);

    /** The results of applying {@code mapper}. */
    DoubleStream map(DoubleUnaryOperator mapper);

    /** The object results of applying {@code mapper}. */
    <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper);

    /** The {@code long} results of applying {@code mapper}. */
    LongStream mapToLong(DoubleToLongFunction mapper);

    /** The {@code int} results of applying {@code mapper}. */
    IntStream mapToInt(DoubleToIntFunction mapper);

    /** The contents of the streams {@code mapper} returns. */
    DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper);

    /** The values {@code mapper} passes to its consumer for each value. */
    default DoubleStream mapMulti(DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(new DoubleFunction<DoubleStream>() {
            @Override
            public DoubleStream apply(double e) {
                Builder b = builder();
                mapper.accept(e, b);
                return b.build();
            }
        });
    }

    /** The distinct values, first occurrences in encounter order. */
    DoubleStream distinct();

    /** The values in ascending order. */
    DoubleStream sorted();

    /** The values, each also passed to {@code action} as it goes by. */
    DoubleStream peek(DoubleConsumer action);

    /** At most the first {@code maxSize} values. */
    DoubleStream limit(long maxSize);

    /** The values after the first {@code n}. */
    DoubleStream skip(long n);

    /** The longest prefix matching {@code predicate}. */
    default DoubleStream takeWhile(DoublePredicate predicate) {
        throw new UnsupportedOperationException("takeWhile");
    }

    /** The values after the longest prefix matching {@code predicate}. */
    default DoubleStream dropWhile(DoublePredicate predicate) {
        throw new UnsupportedOperationException("dropWhile");
    }

    /** Performs {@code action} on each value. */
    void forEach(DoubleConsumer action);

    /** Performs {@code action} on each value in encounter order. */
    void forEachOrdered(DoubleConsumer action);

    /** The values in an array. */
    double[] toArray();

    /** Folds the values with {@code op}, starting from {@code identity}. */
    double reduce(double identity, DoubleBinaryOperator op);

    /** Folds the values with {@code op}; empty when there are none. */
    OptionalDouble reduce(DoubleBinaryOperator op);

    /** Accumulates the values into a container from {@code supplier}. */
    <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner);

    /** The sum (with compensated summation, as the JDK computes it). */
    double sum();

    /** The least value. */
    OptionalDouble min();

    /** The greatest value. */
    OptionalDouble max();

    /** The number of values. */
    long count();

    /** The arithmetic mean. */
    OptionalDouble average();

    /** Count, sum, min, average and max in one pass. */
    DoubleSummaryStatistics summaryStatistics();

    /** Whether some value matches. */
    boolean anyMatch(DoublePredicate predicate);

    /** Whether every value matches. */
    boolean allMatch(DoublePredicate predicate);

    /** Whether no value matches. */
    boolean noneMatch(DoublePredicate predicate);

    /** The first value, if any. */
    OptionalDouble findFirst();

    /** Some value, if any. */
    OptionalDouble findAny();

    /** The values boxed. */
    Stream<Double> boxed();

    @Override
    DoubleStream sequential();

    @Override
    DoubleStream parallel();

    @Override
    PrimitiveIterator.OfDouble iterator();

    @Override
    Spliterator.OfDouble spliterator();

    /** A builder of an {@code DoubleStream}. */
    static Builder builder() {
        return new DoublePipeline.DoubleBuilder();
    }

    /** No values. */
    static DoubleStream empty() {
        return new DoublePipeline(Source.empty());
    }

    /** One value. */
    static DoubleStream of(double t) {
        return of(new double[] {t});
    }

    /** The given values. */
    static DoubleStream of(double... values) {
        return DoublePipeline.ofArray(values, 0, values.length);
    }

    /** {@code seed}, {@code f(seed)}, {@code f(f(seed))}, ... (infinite). */
    static DoubleStream iterate(double seed, DoubleUnaryOperator f) {
        Objects.requireNonNull(f);
        return new DoublePipeline(new Source() {
            boolean started;
            double t;

            @Override
            boolean tryAdvance(Sink s) {
                t = started ? f.applyAsDouble(t) : seed;
                started = true;
                s.accept(t);
                return true;
            }
        });
    }

    /** {@code seed}, {@code next(seed)}, ... while {@code hasNext} holds. */
    static DoubleStream iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator next) {
        Objects.requireNonNull(hasNext);
        Objects.requireNonNull(next);
        return new DoublePipeline(new Source() {
            boolean started;
            boolean finished;
            double t;

            @Override
            boolean tryAdvance(Sink s) {
                if (finished) {
                    return false;
                }
                double v = started ? next.applyAsDouble(t) : seed;
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
    static DoubleStream generate(DoubleSupplier s) {
        Objects.requireNonNull(s);
        return new DoublePipeline(new Source() {
            @Override
            boolean tryAdvance(Sink sink) {
                sink.accept(s.getAsDouble());
                return true;
            }
        });
    }

    /** The values of {@code a}, then those of {@code b}; closing it closes both. */
    static DoubleStream concat(DoubleStream a, DoubleStream b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        DoublePipeline s = new DoublePipeline(Source.concat(Pipeline.sourceOf(a, Pipeline.DOUBLE), Pipeline.sourceOf(b, Pipeline.DOUBLE)));
        return (DoubleStream) Pipeline.finishConcat(s, a, b);
    }

    /** A mutable builder of an {@code DoubleStream}. */
    interface Builder extends DoubleConsumer {
        /** Adds a value. */
        @Override
        void accept(double t);

        /** Adds a value and returns this builder. */
        default Builder add(double t) {
            accept(t);
            return this;
        }

        /** The stream of the added values; the builder cannot be used afterwards. */
        DoubleStream build();
    }

    /** The function {@link #mapMulti} takes: a value and the consumer of its replacements. */
    @FunctionalInterface
    interface DoubleMapMultiConsumer {
        /** Passes the replacements of {@code value} to {@code ic}. */
        void accept(double value, DoubleConsumer ic);
    }
}
