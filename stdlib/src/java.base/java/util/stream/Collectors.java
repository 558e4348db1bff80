package java.util.stream;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The common {@link Collector}s: into collections and maps, joining strings, grouping and partitioning,
 * counting, summing, averaging and summarizing, and adapters that map, filter, flatten, reduce or finish the
 * result of another collector. Results are the collection types the Java SE documentation names
 * ({@code ArrayList}, {@code HashSet}, {@code HashMap}), so their printed order matches the JDK's.
 */
public final class Collectors {
    private static final Set<Collector.Characteristics> ID = Set.of(Collector.Characteristics.IDENTITY_FINISH);
    private static final Set<Collector.Characteristics> UNORDERED_ID =
        Set.of(Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH);
    private static final Set<Collector.Characteristics> NONE = Set.of();
    private static final Set<Collector.Characteristics> UNORDERED = Set.of(Collector.Characteristics.UNORDERED);
    private static final Set<Collector.Characteristics> CONCURRENT_ID = Set.of(Collector.Characteristics.CONCURRENT,
        Collector.Characteristics.UNORDERED, Collector.Characteristics.IDENTITY_FINISH);
    private static final Set<Collector.Characteristics> CONCURRENT =
        Set.of(Collector.Characteristics.CONCURRENT, Collector.Characteristics.UNORDERED);

    private Collectors() {
    }

    /** The plain collector: the four functions and the characteristics (what {@code Collector.of} makes). */
    static final class Impl<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;
        private final Set<Characteristics> characteristics;

        Impl(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner, Function<A, R> finisher,
                Set<Characteristics> characteristics) {
            this.supplier = supplier;
            this.accumulator = accumulator;
            this.combiner = combiner;
            this.finisher = finisher;
            this.characteristics = characteristics;
        }

        @Override
        public Supplier<A> supplier() {
            return supplier;
        }

        @Override
        public BiConsumer<A, T> accumulator() {
            return accumulator;
        }

        @Override
        public BinaryOperator<A> combiner() {
            return combiner;
        }

        @Override
        public Function<A, R> finisher() {
            return finisher;
        }

        @Override
        public Set<Characteristics> characteristics() {
            return characteristics;
        }
    }

    /** The identity finisher. */
    static <A, R> Function<A, R> identity() {
        return new Function<A, R>() {
            @Override
            @SuppressWarnings("unchecked")
            public R apply(A a) {
                return (R) a;
            }
        };
    }

    /**
     * The library's collectors: a subclass says how to make, fill, merge and finish its container, and the four
     * function objects call those methods.
     */
    abstract static class Base<T, A, R> implements Collector<T, A, R> {
        private final Set<Characteristics> characteristics;

        Base(Set<Characteristics> characteristics) {
            this.characteristics = characteristics;
        }

        abstract A make();

        abstract void add(A a, T t);

        abstract A merge(A a, A b);

        @SuppressWarnings("unchecked")
        R finish(A a) {
            return (R) a;
        }

        @Override
        public Supplier<A> supplier() {
            return new Supplier<A>() {
                @Override
                public A get() {
                    return make();
                }
            };
        }

        @Override
        public BiConsumer<A, T> accumulator() {
            return new BiConsumer<A, T>() {
                @Override
                public void accept(A a, T t) {
                    add(a, t);
                }
            };
        }

        @Override
        public BinaryOperator<A> combiner() {
            return new BinaryOperator<A>() {
                @Override
                public A apply(A a, A b) {
                    return merge(a, b);
                }
            };
        }

        @Override
        public Function<A, R> finisher() {
            return new Function<A, R>() {
                @Override
                public R apply(A a) {
                    return finish(a);
                }
            };
        }

        @Override
        public Set<Characteristics> characteristics() {
            return characteristics;
        }
    }

    /**
     * A collector over another one's container: {@code mapping}, {@code filtering}, {@code flatMapping} and
     * {@code collectingAndThen} override {@link #add} or {@link #finish}.
     */
    @SuppressWarnings("unchecked")
    abstract static class Adapter<T, U, A, D, R> extends Base<T, A, R> {
        final Supplier<A> downSupplier;
        final BiConsumer<A, U> downAccumulator;
        final BinaryOperator<A> downCombiner;
        final Function<A, D> downFinisher;

        Adapter(Collector<? super U, A, D> downstream, Set<Characteristics> characteristics) {
            super(characteristics);
            downSupplier = downstream.supplier();
            downAccumulator = (BiConsumer<A, U>) downstream.accumulator();
            downCombiner = downstream.combiner();
            downFinisher = downstream.finisher();
        }

        @Override
        A make() {
            return downSupplier.get();
        }

        @Override
        A merge(A a, A b) {
            return downCombiner.apply(a, b);
        }

        @Override
        R finish(A a) {
            return (R) downFinisher.apply(a);
        }
    }

    /** A collection collector: {@code factory}'s collection filled with {@code add}. */
    private static <T, C extends Collection<T>, R> Collector<T, C, R> into(Supplier<C> factory,
            Set<Collector.Characteristics> cs, Function<C, R> finisher) {
        return new Base<T, C, R>(cs) {
            @Override
            C make() {
                return factory.get();
            }

            @Override
            void add(C c, T t) {
                c.add(t);
            }

            @Override
            C merge(C a, C b) {
                a.addAll(b);
                return a;
            }

            @Override
            @SuppressWarnings("unchecked")
            R finish(C c) {
                return finisher == null ? (R) c : finisher.apply(c);
            }
        };
    }

    // ------------------------------------------------------------------ collections

    /** Into a collection made by {@code collectionFactory}, in encounter order. */
    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> collectionFactory) {
        Objects.requireNonNull(collectionFactory);
        return into(collectionFactory, ID, null);
    }

    /** Into an {@code ArrayList}. */
    public static <T> Collector<T, ?, List<T>> toList() {
        return into(new Supplier<List<T>>() {
            @Override
            public List<T> get() {
                return new ArrayList<>();
            }
        }, ID, null);
    }

    /** Into an unmodifiable list (no nulls). */
    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() {
        return into(new Supplier<List<T>>() {
            @Override
            public List<T> get() {
                return new ArrayList<>();
            }
        }, NONE, new Function<List<T>, List<T>>() {
            @Override
            public List<T> apply(List<T> list) {
                return List.copyOf(list);
            }
        });
    }

    /** Into a {@code HashSet}. */
    public static <T> Collector<T, ?, Set<T>> toSet() {
        return into(new Supplier<Set<T>>() {
            @Override
            public Set<T> get() {
                return new HashSet<>();
            }
        }, UNORDERED_ID, null);
    }

    /** Into an unmodifiable set (no nulls). */
    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() {
        return into(new Supplier<Set<T>>() {
            @Override
            public Set<T> get() {
                return new HashSet<>();
            }
        }, UNORDERED, new Function<Set<T>, Set<T>>() {
            @Override
            public Set<T> apply(Set<T> set) {
                return Set.copyOf(set);
            }
        });
    }

    // ------------------------------------------------------------------ joining

    /** The elements' characters concatenated. */
    public static Collector<CharSequence, ?, String> joining() {
        return joining("", "", "");
    }

    /** The elements joined with {@code delimiter}. */
    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter) {
        return joining(delimiter, "", "");
    }

    /** {@code prefix}, the elements joined with {@code delimiter}, then {@code suffix}. */
    public static Collector<CharSequence, ?, String> joining(CharSequence delimiter, CharSequence prefix,
            CharSequence suffix) {
        String d = delimiter.toString();
        String p = prefix.toString();
        String s = suffix.toString();
        return new Base<CharSequence, Joiner, String>(NONE) {
            @Override
            Joiner make() {
                return new Joiner();
            }

            @Override
            void add(Joiner j, CharSequence cs) {
                j.add(cs, d);
            }

            @Override
            Joiner merge(Joiner a, Joiner b) {
                if (b.sb != null) {
                    a.add(b.sb, d);
                }
                return a;
            }

            @Override
            String finish(Joiner j) {
                return j.sb == null ? p + s : p + j.sb + s;
            }
        };
    }

    /** The running text of {@code joining}: null until the first element. */
    private static final class Joiner {
        StringBuilder sb;

        void add(CharSequence cs, String delimiter) {
            if (sb == null) {
                sb = new StringBuilder();
            } else {
                sb.append(delimiter);
            }
            sb.append(cs);
        }
    }

    // ------------------------------------------------------------------ adapters

    /** Applies {@code mapper} to each element before {@code downstream} gets it. */
    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> mapper,
            Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        return new Adapter<T, U, A, R, R>(downstream, downstream.characteristics()) {
            @Override
            void add(A a, T t) {
                downAccumulator.accept(a, mapper.apply(t));
            }
        };
    }

    /** Passes {@code downstream} only the elements matching {@code predicate}. */
    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> predicate,
            Collector<? super T, A, R> downstream) {
        Objects.requireNonNull(predicate);
        return new Adapter<T, T, A, R, R>(downstream, downstream.characteristics()) {
            @Override
            void add(A a, T t) {
                if (predicate.test(t)) {
                    downAccumulator.accept(a, t);
                }
            }
        };
    }

    /** Passes {@code downstream} the contents of the stream {@code mapper} makes of each element. */
    public static <T, U, A, R> Collector<T, ?, R> flatMapping(Function<? super T, ? extends Stream<? extends U>> mapper,
            Collector<? super U, A, R> downstream) {
        Objects.requireNonNull(mapper);
        return new Adapter<T, U, A, R, R>(downstream, downstream.characteristics()) {
            @Override
            void add(A a, T t) {
                Stream<? extends U> s = mapper.apply(t);
                if (s != null) {
                    try {
                        s.sequential().forEach(new java.util.function.Consumer<U>() {
                            @Override
                            public void accept(U u) {
                                downAccumulator.accept(a, u);
                            }
                        });
                    } finally {
                        s.close();
                    }
                }
            }
        };
    }

    /** Applies {@code finisher} to {@code downstream}'s result. */
    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> downstream,
            Function<R, RR> finisher) {
        Objects.requireNonNull(finisher);
        Set<Collector.Characteristics> cs = downstream.characteristics();
        if (cs.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            Set<Collector.Characteristics> rest = new HashSet<>(cs);
            rest.remove(Collector.Characteristics.IDENTITY_FINISH);
            cs = Set.copyOf(rest);
        }
        return new Adapter<T, T, A, R, RR>(downstream, cs) {
            @Override
            void add(A a, T t) {
                downAccumulator.accept(a, t);
            }

            @Override
            RR finish(A a) {
                return finisher.apply(downFinisher.apply(a));
            }
        };
    }

    // ------------------------------------------------------------------ counting, summing, averaging

    /** The number of elements, as a {@code Long}. */
    public static <T> Collector<T, ?, Long> counting() {
        return new Base<T, long[], Long>(NONE) {
            @Override
            long[] make() {
                return new long[1];
            }

            @Override
            void add(long[] a, T t) {
                a[0]++;
            }

            @Override
            long[] merge(long[] a, long[] b) {
                a[0] += b[0];
                return a;
            }

            @Override
            Long finish(long[] a) {
                return a[0];
            }
        };
    }

    /** The least element by {@code comparator}. */
    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reducing(new BinaryOperator<T>() {
            @Override
            public T apply(T a, T b) {
                return comparator.compare(a, b) <= 0 ? a : b;
            }
        });
    }

    /** The greatest element by {@code comparator}. */
    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reducing(new BinaryOperator<T>() {
            @Override
            public T apply(T a, T b) {
                return comparator.compare(a, b) >= 0 ? a : b;
            }
        });
    }

    /** The {@code int} sum of {@code mapper}'s results (wrapping on overflow). */
    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Base<T, int[], Integer>(NONE) {
            @Override
            int[] make() {
                return new int[1];
            }

            @Override
            void add(int[] a, T t) {
                a[0] += mapper.applyAsInt(t);
            }

            @Override
            int[] merge(int[] a, int[] b) {
                a[0] += b[0];
                return a;
            }

            @Override
            Integer finish(int[] a) {
                return a[0];
            }
        };
    }

    /** The {@code long} sum of {@code mapper}'s results. */
    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Base<T, long[], Long>(NONE) {
            @Override
            long[] make() {
                return new long[1];
            }

            @Override
            void add(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
            }

            @Override
            long[] merge(long[] a, long[] b) {
                a[0] += b[0];
                return a;
            }

            @Override
            Long finish(long[] a) {
                return a[0];
            }
        };
    }

    /** Sums or averages of {@code double} values, with compensated summation. */
    private static <T> Collector<T, ?, Double> doubles(ToDoubleFunction<? super T> mapper, boolean average) {
        Objects.requireNonNull(mapper);
        return new Base<T, DoubleSummaryStatistics, Double>(NONE) {
            @Override
            DoubleSummaryStatistics make() {
                return new DoubleSummaryStatistics();
            }

            @Override
            void add(DoubleSummaryStatistics a, T t) {
                a.accept(mapper.applyAsDouble(t));
            }

            @Override
            DoubleSummaryStatistics merge(DoubleSummaryStatistics a, DoubleSummaryStatistics b) {
                a.combine(b);
                return a;
            }

            @Override
            Double finish(DoubleSummaryStatistics a) {
                return average ? a.getAverage() : a.getSum();
            }
        };
    }

    /** The {@code double} sum of {@code mapper}'s results, with compensated summation. */
    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> mapper) {
        return doubles(mapper, false);
    }

    /** The mean of {@code mapper}'s results, with compensated summation (0 when there are none). */
    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> mapper) {
        return doubles(mapper, true);
    }

    /** The mean of {@code mapper}'s results (0 when there are none). */
    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return averagingLong(new ToLongFunction<T>() {
            @Override
            public long applyAsLong(T t) {
                return mapper.applyAsInt(t);
            }
        });
    }

    /** The mean of {@code mapper}'s results (0 when there are none). */
    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Base<T, long[], Double>(NONE) {
            @Override
            long[] make() {
                return new long[2];
            }

            @Override
            void add(long[] a, T t) {
                a[0] += mapper.applyAsLong(t);
                a[1]++;
            }

            @Override
            long[] merge(long[] a, long[] b) {
                a[0] += b[0];
                a[1] += b[1];
                return a;
            }

            @Override
            Double finish(long[] a) {
                return a[1] == 0 ? 0.0d : (double) a[0] / a[1];
            }
        };
    }

    /** Statistics of {@code mapper}'s results. */
    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Base<T, IntSummaryStatistics, IntSummaryStatistics>(ID) {
            @Override
            IntSummaryStatistics make() {
                return new IntSummaryStatistics();
            }

            @Override
            void add(IntSummaryStatistics a, T t) {
                a.accept(mapper.applyAsInt(t));
            }

            @Override
            IntSummaryStatistics merge(IntSummaryStatistics a, IntSummaryStatistics b) {
                a.combine(b);
                return a;
            }
        };
    }

    /** Statistics of {@code mapper}'s results. */
    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Base<T, LongSummaryStatistics, LongSummaryStatistics>(ID) {
            @Override
            LongSummaryStatistics make() {
                return new LongSummaryStatistics();
            }

            @Override
            void add(LongSummaryStatistics a, T t) {
                a.accept(mapper.applyAsLong(t));
            }

            @Override
            LongSummaryStatistics merge(LongSummaryStatistics a, LongSummaryStatistics b) {
                a.combine(b);
                return a;
            }
        };
    }

    /** Statistics of {@code mapper}'s results. */
    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new Base<T, DoubleSummaryStatistics, DoubleSummaryStatistics>(ID) {
            @Override
            DoubleSummaryStatistics make() {
                return new DoubleSummaryStatistics();
            }

            @Override
            void add(DoubleSummaryStatistics a, T t) {
                a.accept(mapper.applyAsDouble(t));
            }

            @Override
            DoubleSummaryStatistics merge(DoubleSummaryStatistics a, DoubleSummaryStatistics b) {
                a.combine(b);
                return a;
            }
        };
    }

    // ------------------------------------------------------------------ reducing

    /** A one-slot container: the running value of a reduction. */
    private static final class Box<T> {
        T value;
        boolean present;

        Box(T value) {
            this.value = value;
        }
    }

    /** Folds the elements with {@code op}, starting from {@code identity}. */
    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        return reducing(identity, Function.<T>identity(), op);
    }

    /** Folds the elements with {@code op}; empty when there are none. */
    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        Objects.requireNonNull(op);
        return new Base<T, Box<T>, Optional<T>>(NONE) {
            @Override
            Box<T> make() {
                return new Box<>(null);
            }

            @Override
            void add(Box<T> b, T t) {
                if (b.present) {
                    b.value = op.apply(b.value, t);
                } else {
                    b.value = t;
                    b.present = true;
                }
            }

            @Override
            Box<T> merge(Box<T> a, Box<T> b) {
                if (b.present) {
                    add(a, b.value);
                }
                return a;
            }

            @Override
            Optional<T> finish(Box<T> b) {
                return Optional.ofNullable(b.value);
            }
        };
    }

    /** Folds {@code mapper}'s results with {@code op}, starting from {@code identity}. */
    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> mapper,
            BinaryOperator<U> op) {
        Objects.requireNonNull(mapper);
        Objects.requireNonNull(op);
        return new Base<T, Box<U>, U>(NONE) {
            @Override
            Box<U> make() {
                return new Box<>(identity);
            }

            @Override
            void add(Box<U> b, T t) {
                b.value = op.apply(b.value, mapper.apply(t));
            }

            @Override
            Box<U> merge(Box<U> a, Box<U> b) {
                a.value = op.apply(a.value, b.value);
                return a;
            }

            @Override
            U finish(Box<U> b) {
                return b.value;
            }
        };
    }

    /** Both collectors over the same elements, their results combined by {@code merger}. */
    @SuppressWarnings("unchecked")
    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> downstream1,
            Collector<? super T, ?, R2> downstream2, BiFunction<? super R1, ? super R2, R> merger) {
        Objects.requireNonNull(merger);
        Collector<T, Object, R1> c1 = (Collector<T, Object, R1>) Objects.requireNonNull(downstream1);
        Collector<T, Object, R2> c2 = (Collector<T, Object, R2>) Objects.requireNonNull(downstream2);
        Supplier<Object> s1 = Objects.requireNonNull(c1.supplier(), "downstream1 supplier");
        Supplier<Object> s2 = Objects.requireNonNull(c2.supplier(), "downstream2 supplier");
        BiConsumer<Object, T> a1 = Objects.requireNonNull(c1.accumulator(), "downstream1 accumulator");
        BiConsumer<Object, T> a2 = Objects.requireNonNull(c2.accumulator(), "downstream2 accumulator");
        BinaryOperator<Object> m1 = Objects.requireNonNull(c1.combiner(), "downstream1 combiner");
        BinaryOperator<Object> m2 = Objects.requireNonNull(c2.combiner(), "downstream2 combiner");
        Function<Object, R1> f1 = Objects.requireNonNull(c1.finisher(), "downstream1 finisher");
        Function<Object, R2> f2 = Objects.requireNonNull(c2.finisher(), "downstream2 finisher");
        return new Base<T, Object[], R>(NONE) {
            @Override
            Object[] make() {
                return new Object[] {s1.get(), s2.get()};
            }

            @Override
            void add(Object[] p, T t) {
                a1.accept(p[0], t);
                a2.accept(p[1], t);
            }

            @Override
            Object[] merge(Object[] p, Object[] q) {
                p[0] = m1.apply(p[0], q[0]);
                p[1] = m2.apply(p[1], q[1]);
                return p;
            }

            @Override
            R finish(Object[] p) {
                return merger.apply(f1.apply(p[0]), f2.apply(p[1]));
            }
        };
    }

    // ------------------------------------------------------------------ grouping and partitioning

    /** Lists of the elements by {@code classifier}'s key, in a {@code HashMap}. */
    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> classifier) {
        return groupingBy(classifier, Collectors.<K, List<T>>hashMaps(), toList());
    }

    /** {@code downstream}'s results for the elements of each key, in a {@code HashMap}. */
    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> classifier,
            Collector<? super T, A, D> downstream) {
        return groupingBy(classifier, Collectors.<K, D>hashMaps(), downstream);
    }

    /** A supplier of new {@code HashMap}s. */
    private static <K, V> Supplier<Map<K, V>> hashMaps() {
        return new Supplier<Map<K, V>>() {
            @Override
            public Map<K, V> get() {
                return new HashMap<>();
            }
        };
    }

    /** {@code downstream}'s results for the elements of each key, in a map made by {@code mapFactory}. */
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        return grouping(classifier, mapFactory, downstream, false);
    }

    /** Lists of the elements by {@code classifier}'s key, in a {@code ConcurrentHashMap} filled concurrently. */
    public static <T, K> Collector<T, ?, ConcurrentMap<K, List<T>>> groupingByConcurrent(
            Function<? super T, ? extends K> classifier) {
        return groupingByConcurrent(classifier, Collectors.<K, List<T>>concurrentMaps(), toList());
    }

    /** {@code downstream}'s results for the elements of each key, in a {@code ConcurrentHashMap}. */
    public static <T, K, A, D> Collector<T, ?, ConcurrentMap<K, D>> groupingByConcurrent(
            Function<? super T, ? extends K> classifier, Collector<? super T, A, D> downstream) {
        return groupingByConcurrent(classifier, Collectors.<K, D>concurrentMaps(), downstream);
    }

    /**
     * {@code downstream}'s results for the elements of each key, in a concurrent map made by
     * {@code mapFactory}: a {@code CONCURRENT} collector, whose parallel evaluation fills one map from every
     * thread (a downstream container that is not concurrent itself is filled under its lock).
     */
    public static <T, K, A, D, M extends ConcurrentMap<K, D>> Collector<T, ?, M> groupingByConcurrent(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream) {
        return grouping(classifier, mapFactory, downstream, true);
    }

    /** A supplier of new {@code ConcurrentHashMap}s. */
    private static <K, V> Supplier<ConcurrentMap<K, V>> concurrentMaps() {
        return new Supplier<ConcurrentMap<K, V>>() {
            @Override
            public ConcurrentMap<K, V> get() {
                return new ConcurrentHashMap<>();
            }
        };
    }

    /** {@code groupingBy}, or with {@code concurrent} {@code groupingByConcurrent}. */
    @SuppressWarnings("unchecked")
    private static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> grouping(
            Function<? super T, ? extends K> classifier, Supplier<M> mapFactory, Collector<? super T, A, D> downstream,
            boolean concurrent) {
        Objects.requireNonNull(classifier);
        Objects.requireNonNull(mapFactory);
        Supplier<A> downSupplier = downstream.supplier();
        BiConsumer<A, T> downAcc = (BiConsumer<A, T>) downstream.accumulator();
        BinaryOperator<A> downCombiner = downstream.combiner();
        Function<A, D> downFinisher = downstream.finisher();
        boolean identityFinish = downstream.characteristics().contains(Collector.Characteristics.IDENTITY_FINISH);
        boolean lockDown = concurrent && !downstream.characteristics().contains(Collector.Characteristics.CONCURRENT);
        Function<K, A> newContainer = new Function<K, A>() {
            @Override
            public A apply(K k) {
                return downSupplier.get();
            }
        };
        Set<Collector.Characteristics> traits = concurrent ? identityFinish ? CONCURRENT_ID : CONCURRENT
            : identityFinish ? ID : NONE;
        return new Base<T, Map<K, A>, M>(traits) {
            @Override
            Map<K, A> make() {
                return (Map<K, A>) mapFactory.get();
            }

            @Override
            void add(Map<K, A> m, T t) {
                K key = Objects.requireNonNull(classifier.apply(t), "element cannot be mapped to a null key");
                A container = m.computeIfAbsent(key, newContainer);
                if (lockDown) {
                    synchronized (container) {
                        downAcc.accept(container, t);
                    }
                } else {
                    downAcc.accept(container, t);
                }
            }

            @Override
            Map<K, A> merge(Map<K, A> a, Map<K, A> b) {
                for (Map.Entry<K, A> e : b.entrySet()) {
                    a.merge(e.getKey(), e.getValue(), downCombiner);
                }
                return a;
            }

            @Override
            M finish(Map<K, A> m) {
                if (!identityFinish) {
                    m.replaceAll(new BiFunction<K, A, A>() {
                        @Override
                        public A apply(K k, A v) {
                            return (A) downFinisher.apply(v);
                        }
                    });
                }
                return (M) m;
            }
        };
    }

    /** Lists of the elements that match {@code predicate} and of those that do not, under true and false. */
    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> predicate) {
        return partitioningBy(predicate, toList());
    }

    /** {@code downstream}'s results for the matching elements and for the others, under true and false. */
    @SuppressWarnings("unchecked")
    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> predicate,
            Collector<? super T, A, D> downstream) {
        Objects.requireNonNull(predicate);
        Supplier<A> downSupplier = downstream.supplier();
        BiConsumer<A, T> downAcc = (BiConsumer<A, T>) downstream.accumulator();
        BinaryOperator<A> downCombiner = downstream.combiner();
        Function<A, D> downFinisher = downstream.finisher();
        return new Base<T, Partition<A>, Map<Boolean, D>>(NONE) {
            @Override
            Partition<A> make() {
                return new Partition<>(downSupplier.get(), downSupplier.get());
            }

            @Override
            void add(Partition<A> p, T t) {
                downAcc.accept(predicate.test(t) ? p.forTrue : p.forFalse, t);
            }

            @Override
            Partition<A> merge(Partition<A> p, Partition<A> q) {
                return new Partition<>(downCombiner.apply(p.forTrue, q.forTrue), downCombiner.apply(p.forFalse, q.forFalse));
            }

            @Override
            Map<Boolean, D> finish(Partition<A> p) {
                return new Partition<>(downFinisher.apply(p.forTrue), downFinisher.apply(p.forFalse));
            }
        };
    }

    /** The two-key map {@code partitioningBy} returns: false, then true. */
    private static final class Partition<V> extends AbstractMap<Boolean, V> {
        final V forTrue;
        final V forFalse;

        Partition(V forTrue, V forFalse) {
            this.forTrue = forTrue;
            this.forFalse = forFalse;
        }

        @Override
        public Set<Map.Entry<Boolean, V>> entrySet() {
            return new AbstractSet<Map.Entry<Boolean, V>>() {
                @Override
                public Iterator<Map.Entry<Boolean, V>> iterator() {
                    return List.<Map.Entry<Boolean, V>>of(new AbstractMap.SimpleImmutableEntry<>(false, forFalse),
                        new AbstractMap.SimpleImmutableEntry<>(true, forTrue)).iterator();
                }

                @Override
                public int size() {
                    return 2;
                }
            };
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof Boolean;
        }

        @Override
        public V get(Object key) {
            if (key instanceof Boolean) {
                return ((Boolean) key) ? forTrue : forFalse;
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ maps

    /** A map from {@code keyMapper} to {@code valueMapper}; IllegalStateException on a duplicate key. */
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        return uniqueKeys(keyMapper, valueMapper, false);
    }

    /** A concurrent map from {@code keyMapper} to {@code valueMapper}; IllegalStateException on a duplicate key. */
    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper) {
        return uniqueKeys(keyMapper, valueMapper, Collectors.<K, U>concurrentMaps(), CONCURRENT_ID);
    }

    /** A concurrent map from {@code keyMapper} to {@code valueMapper}, values of equal keys merged. */
    public static <T, K, U> Collector<T, ?, ConcurrentMap<K, U>> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction) {
        return toConcurrentMap(keyMapper, valueMapper, mergeFunction, Collectors.<K, U>concurrentMaps());
    }

    /** Like {@link #toConcurrentMap(Function, Function, BinaryOperator)}, into a map made by {@code mapFactory}. */
    public static <T, K, U, M extends ConcurrentMap<K, U>> Collector<T, ?, M> toConcurrentMap(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper,
            BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        return merging(keyMapper, valueMapper, mergeFunction, mapFactory, false, CONCURRENT_ID);
    }

    /** The {@code toMap} without a merge function, modifiable or not. */
    private static <T, K, U> Collector<T, ?, Map<K, U>> uniqueKeys(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, boolean unmodifiable) {
        return uniqueKeys(keyMapper, valueMapper, unmodifiable ? null : Collectors.<K, U>hashMaps(),
            unmodifiable ? NONE : ID);
    }

    /** The {@code toMap} without a merge function into {@code maps}' maps, or an unmodifiable copy when null. */
    @SuppressWarnings("unchecked")
    private static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> uniqueKeys(
            Function<? super T, ? extends K> keyMapper, Function<? super T, ? extends U> valueMapper, Supplier<M> maps,
            Set<Collector.Characteristics> traits) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        boolean unmodifiable = maps == null;
        return new Base<T, Map<K, U>, M>(traits) {
            @Override
            Map<K, U> make() {
                return unmodifiable ? new HashMap<>() : maps.get();
            }

            @Override
            void add(Map<K, U> m, T t) {
                K k = keyMapper.apply(t);
                U v = Objects.requireNonNull(valueMapper.apply(t));
                U old = m.putIfAbsent(k, v);
                if (old != null) {
                    throw duplicateKey(k, old, v);
                }
            }

            @Override
            Map<K, U> merge(Map<K, U> a, Map<K, U> b) {
                for (Map.Entry<K, U> e : b.entrySet()) {
                    U old = a.putIfAbsent(e.getKey(), e.getValue());
                    if (old != null) {
                        throw duplicateKey(e.getKey(), old, e.getValue());
                    }
                }
                return a;
            }

            @Override
            M finish(Map<K, U> m) {
                return (M) (unmodifiable ? Map.copyOf(m) : m);
            }
        };
    }

    private static IllegalStateException duplicateKey(Object k, Object u, Object v) {
        return new IllegalStateException("Duplicate key " + k + " (attempted merging values " + u + " and " + v + ")");
    }

    /** A map from {@code keyMapper} to {@code valueMapper}, values of equal keys merged by {@code mergeFunction}. */
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return toMap(keyMapper, valueMapper, mergeFunction, Collectors.<K, U>hashMaps());
    }

    /** Like {@link #toMap(Function, Function, BinaryOperator)}, into a map made by {@code mapFactory}. */
    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction, Supplier<M> mapFactory) {
        return merging(keyMapper, valueMapper, mergeFunction, mapFactory, false, ID);
    }

    /** The {@code toMap} with a merge function, modifiable or not, with the given characteristics. */
    @SuppressWarnings("unchecked")
    private static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> merging(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction, Supplier<M> mapFactory,
            boolean unmodifiable, Set<Collector.Characteristics> traits) {
        Objects.requireNonNull(keyMapper);
        Objects.requireNonNull(valueMapper);
        Objects.requireNonNull(mergeFunction);
        Objects.requireNonNull(mapFactory);
        return new Base<T, M, M>(unmodifiable ? NONE : traits) {
            @Override
            M make() {
                return mapFactory.get();
            }

            @Override
            void add(M m, T t) {
                m.merge(keyMapper.apply(t), valueMapper.apply(t), mergeFunction);
            }

            @Override
            M merge(M a, M b) {
                for (Map.Entry<K, U> e : b.entrySet()) {
                    a.merge(e.getKey(), e.getValue(), mergeFunction);
                }
                return a;
            }

            @Override
            M finish(M m) {
                return unmodifiable ? (M) Map.copyOf(m) : m;
            }
        };
    }

    /** An unmodifiable map from {@code keyMapper} to {@code valueMapper}; IllegalStateException on a duplicate key. */
    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper) {
        return uniqueKeys(keyMapper, valueMapper, true);
    }

    /** An unmodifiable map from {@code keyMapper} to {@code valueMapper}, equal keys merged. */
    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> keyMapper,
            Function<? super T, ? extends U> valueMapper, BinaryOperator<U> mergeFunction) {
        return merging(keyMapper, valueMapper, mergeFunction, Collectors.<K, U>hashMaps(), true, NONE);
    }
}
