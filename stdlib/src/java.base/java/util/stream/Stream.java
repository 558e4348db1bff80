package java.util.stream;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * A sequence of object elements supporting lazy intermediate operations and eager terminal operations. Streams
 * made by this library evaluate element by element, short-circuit as the Java SE documentation describes, and
 * may be traversed once.
 *
 * @param <T> the element type
 */
public interface Stream<T> extends BaseStream<T, Stream<T>> {
    /** The elements matching {@code predicate}. */
    Stream<T> filter(Predicate<? super T> predicate);

    /** The results of applying {@code mapper} to each element. */
    <R> Stream<R> map(Function<? super T, ? extends R> mapper);

    /** The {@code int} results of applying {@code mapper} to each element. */
    IntStream mapToInt(ToIntFunction<? super T> mapper);

    /** The {@code long} results of applying {@code mapper} to each element. */
    LongStream mapToLong(ToLongFunction<? super T> mapper);

    /** The {@code double} results of applying {@code mapper} to each element. */
    DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper);

    /** The contents of the streams {@code mapper} returns for each element (each closed after use). */
    <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper);

    /** The contents of the {@code IntStream}s {@code mapper} returns. */
    IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper);

    /** The contents of the {@code LongStream}s {@code mapper} returns. */
    LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper);

    /** The contents of the {@code DoubleStream}s {@code mapper} returns. */
    DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper);

    /** The elements {@code mapper} passes to its consumer for each element. */
    default <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return flatMap(new Function<T, Stream<R>>() {
            @Override
            public Stream<R> apply(T e) {
                Builder<R> b = Stream.builder();
                mapper.accept(e, b);
                return b.build();
            }
        });
    }

    /** The {@code int} values {@code mapper} passes to its consumer for each element. */
    default IntStream mapMultiToInt(BiConsumer<? super T, ? super java.util.function.IntConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return flatMapToInt(new Function<T, IntStream>() {
            @Override
            public IntStream apply(T e) {
                IntStream.Builder b = IntStream.builder();
                mapper.accept(e, b);
                return b.build();
            }
        });
    }

    /** The {@code long} values {@code mapper} passes to its consumer for each element. */
    default LongStream mapMultiToLong(BiConsumer<? super T, ? super java.util.function.LongConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return flatMapToLong(new Function<T, LongStream>() {
            @Override
            public LongStream apply(T e) {
                LongStream.Builder b = LongStream.builder();
                mapper.accept(e, b);
                return b.build();
            }
        });
    }

    /** The {@code double} values {@code mapper} passes to its consumer for each element. */
    default DoubleStream mapMultiToDouble(BiConsumer<? super T, ? super java.util.function.DoubleConsumer> mapper) {
        Objects.requireNonNull(mapper);
        return flatMapToDouble(new Function<T, DoubleStream>() {
            @Override
            public DoubleStream apply(T e) {
                DoubleStream.Builder b = DoubleStream.builder();
                mapper.accept(e, b);
                return b.build();
            }
        });
    }

    /** The distinct elements (by {@code equals}), first occurrences in encounter order. */
    Stream<T> distinct();

    /** The elements in natural order (stable). */
    Stream<T> sorted();

    /** The elements in {@code comparator}'s order (stable). */
    Stream<T> sorted(Comparator<? super T> comparator);

    /** The elements, each also passed to {@code action} as it goes by. */
    Stream<T> peek(Consumer<? super T> action);

    /** At most the first {@code maxSize} elements. */
    Stream<T> limit(long maxSize);

    /** The elements after the first {@code n}. */
    Stream<T> skip(long n);

    /** The longest prefix whose elements match {@code predicate}. */
    default Stream<T> takeWhile(Predicate<? super T> predicate) {
        throw new UnsupportedOperationException("takeWhile");
    }

    /** The elements after the longest prefix matching {@code predicate}. */
    default Stream<T> dropWhile(Predicate<? super T> predicate) {
        throw new UnsupportedOperationException("dropWhile");
    }

    /** Performs {@code action} on each element. */
    void forEach(Consumer<? super T> action);

    /** Performs {@code action} on each element in encounter order. */
    void forEachOrdered(Consumer<? super T> action);

    /** The elements in an {@code Object[]}. */
    Object[] toArray();

    /** The elements in an array made by {@code generator}. */
    <A> A[] toArray(IntFunction<A[]> generator);

    /** Folds the elements with {@code accumulator}, starting from {@code identity}. */
    T reduce(T identity, BinaryOperator<T> accumulator);

    /** Folds the elements with {@code accumulator}; empty when there are none. */
    Optional<T> reduce(BinaryOperator<T> accumulator);

    /** Folds the elements into a {@code U} with {@code accumulator}, starting from {@code identity}. */
    <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner);

    /** Accumulates the elements into a container from {@code supplier}. */
    <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner);

    /** Collects the elements with {@code collector}. */
    <R, A> R collect(Collector<? super T, A, R> collector);

    /** The elements in an unmodifiable list (nulls allowed). */
    default List<T> toList() {
        throw new UnsupportedOperationException("toList");
    }

    /** The least element by {@code comparator}. */
    Optional<T> min(Comparator<? super T> comparator);

    /** The greatest element by {@code comparator}. */
    Optional<T> max(Comparator<? super T> comparator);

    /** The number of elements. */
    long count();

    /** Whether some element matches (false for an empty stream). */
    boolean anyMatch(Predicate<? super T> predicate);

    /** Whether every element matches (true for an empty stream). */
    boolean allMatch(Predicate<? super T> predicate);

    /** Whether no element matches (true for an empty stream). */
    boolean noneMatch(Predicate<? super T> predicate);

    /** The first element, if any. */
    Optional<T> findFirst();

    /** Some element, if any (the first, in Cortado). */
    Optional<T> findAny();

    /** A builder of a stream. */
    static <T> Builder<T> builder() {
        return new RefPipeline.StreamBuilder<>();
    }

    /** A stream of no elements. */
    static <T> Stream<T> empty() {
        return new RefPipeline<>(Source.empty());
    }

    /** A stream of one element. */
    static <T> Stream<T> of(T t) {
        return new RefPipeline<>(Source.ofArray(new Object[] {t}, 0, 1));
    }

    /** A stream of {@code t}, or an empty stream if it is null. */
    static <T> Stream<T> ofNullable(T t) {
        return t == null ? empty() : of(t);
    }

    /** A stream of the given elements. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    static <T> Stream<T> of(T... values) {
        return new RefPipeline<>(Source.ofArray(values, 0, values.length));
    }

    /** {@code seed}, {@code f(seed)}, {@code f(f(seed))}, ... (infinite). */
    static <T> Stream<T> iterate(T seed, UnaryOperator<T> f) {
        Objects.requireNonNull(f);
        return new RefPipeline<>(new Source() {
            boolean started;
            T t;

            @Override
            boolean tryAdvance(Sink s) {
                t = started ? f.apply(t) : seed;
                started = true;
                s.accept(t);
                return true;
            }
        });
    }

    /** Like a {@code for} loop: {@code seed}, {@code next(seed)}, ... while {@code hasNext} holds. */
    static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
        Objects.requireNonNull(hasNext);
        Objects.requireNonNull(next);
        return new RefPipeline<>(new Source() {
            boolean started;
            boolean finished;
            T t;

            @Override
            boolean tryAdvance(Sink s) {
                if (finished) {
                    return false;
                }
                T v = started ? next.apply(t) : seed;
                started = true;
                if (!hasNext.test(v)) {
                    t = null;
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
    static <T> Stream<T> generate(Supplier<? extends T> s) {
        Objects.requireNonNull(s);
        return new RefPipeline<>(new Source() {
            @Override
            boolean tryAdvance(Sink sink) {
                sink.accept(s.get());
                return true;
            }
        });
    }

    /** The elements of {@code a}, then those of {@code b}; closing it closes both. */
    static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        Objects.requireNonNull(a);
        Objects.requireNonNull(b);
        return RefPipeline.concat(a, b);
    }

    /**
     * A mutable builder of a stream: add elements, then {@link #build()} once.
     *
     * @param <T> the element type
     */
    interface Builder<T> extends Consumer<T> {
        /** Adds an element. */
        @Override
        void accept(T t);

        /** Adds an element and returns this builder. */
        default Builder<T> add(T t) {
            accept(t);
            return this;
        }

        /** The stream of the added elements; the builder cannot be used afterwards. */
        Stream<T> build();
    }
}
