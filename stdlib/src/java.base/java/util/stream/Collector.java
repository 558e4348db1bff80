package java.util.stream;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A mutable reduction: a container from {@link #supplier()}, filled by {@link #accumulator()}, merged by
 * {@link #combiner()} and turned into the result by {@link #finisher()}. {@link Collectors} has the common
 * ones.
 *
 * @param <T> the element type
 * @param <A> the mutable accumulation type
 * @param <R> the result type
 */
public interface Collector<T, A, R> {
    /** Makes a new container. */
    Supplier<A> supplier();

    /** Folds an element into a container. */
    BiConsumer<A, T> accumulator();

    /** Merges two containers. */
    BinaryOperator<A> combiner();

    /** Turns a container into the result. */
    Function<A, R> finisher();

    /** The collector's properties. */
    Set<Characteristics> characteristics();

    /** A collector whose container is its result. */
    static <T, R> Collector<T, R, R> of(Supplier<R> supplier, BiConsumer<R, T> accumulator, BinaryOperator<R> combiner,
            Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(characteristics);
        Set<Characteristics> set = new HashSet<>();
        set.add(Characteristics.IDENTITY_FINISH);
        for (Characteristics c : characteristics) {
            set.add(Objects.requireNonNull(c));
        }
        return new Collectors.Impl<>(supplier, accumulator, combiner, Collectors.identity(), Set.copyOf(set));
    }

    /** A collector from its four functions. */
    static <T, A, R> Collector<T, A, R> of(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
            Function<A, R> finisher, Characteristics... characteristics) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        Objects.requireNonNull(finisher);
        Objects.requireNonNull(characteristics);
        Set<Characteristics> set = new HashSet<>();
        for (Characteristics c : characteristics) {
            set.add(Objects.requireNonNull(c));
        }
        return new Collectors.Impl<>(supplier, accumulator, combiner, finisher, Set.copyOf(set));
    }

    /** Properties that let an implementation take shortcuts. */
    enum Characteristics {
        /** The accumulator may be called concurrently on one container. */
        CONCURRENT,
        /** The result does not depend on encounter order. */
        UNORDERED,
        /** The finisher is the identity and may be skipped. */
        IDENTITY_FINISH
    }
}
