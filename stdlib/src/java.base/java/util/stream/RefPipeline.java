package java.util.stream;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
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

/**
 * Cortado's {@link Stream}: a pipeline stage whose elements are objects. Each intermediate operation returns a
 * new stage whose {@link #wrap} builds that operation's sink; terminal operations run the pipeline into a sink
 * of their own.
 *
 * @param <T> the element type
 */
@SuppressWarnings({"unchecked", "rawtypes"})
class RefPipeline<T> extends Pipeline implements Stream<T> {
    /** A source stage. */
    RefPipeline(Source source) {
        super(source, REF);
    }

    /** A stage after {@code upstream}. */
    RefPipeline(Pipeline upstream, int sizeMode, long sizeArg) {
        super(upstream, REF, sizeMode, sizeArg);
    }

    // ------------------------------------------------------------------ intermediate operations

    @Override
    public Stream<T> filter(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new RefPipeline<T>(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(Object t) {
                        if (predicate.test((T) t)) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    @Override
    public <R> Stream<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<R>(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(Object t) {
                        down.accept((Object) mapper.apply((T) t));
                    }
                };
            }
        };
    }

    @Override
    public IntStream mapToInt(ToIntFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(Object t) {
                        down.accept(mapper.applyAsInt((T) t));
                    }
                };
            }
        };
    }

    @Override
    public LongStream mapToLong(ToLongFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(Object t) {
                        down.accept(mapper.applyAsLong((T) t));
                    }
                };
            }
        };
    }

    @Override
    public DoubleStream mapToDouble(ToDoubleFunction<? super T> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(Object t) {
                        down.accept(mapper.applyAsDouble((T) t));
                    }
                };
            }
        };
    }

    /** A stage of {@code shape} pushing the contents of the stream {@code mapper} returns for each element. */
    private Pipeline flatten(int shape, Function<? super T, ? extends BaseStream<?, ?>> mapper) {
        Objects.requireNonNull(mapper);
        Pipeline.Stage stage = new Pipeline.Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(Object t) {
                        BaseStream<?, ?> inner = mapper.apply((T) t);
                        if (inner != null) {
                            pushContents(inner, down);
                        }
                    }
                };
            }
        };
        return stage(this, shape, SIZE_UNKNOWN, 0, stage);
    }

    @Override
    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> mapper) {
        return (Stream<R>) flatten(REF, mapper);
    }

    @Override
    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> mapper) {
        return (IntStream) flatten(INT, mapper);
    }

    @Override
    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> mapper) {
        return (LongStream) flatten(LONG, mapper);
    }

    @Override
    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> mapper) {
        return (DoubleStream) flatten(DOUBLE, mapper);
    }

    @Override
    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> mapper) {
        Objects.requireNonNull(mapper);
        return new RefPipeline<R>(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(Object t) {
                        mapper.accept((T) t, (Consumer<R>) (Consumer) down);
                    }
                };
            }
        };
    }

    @Override
    public Stream<T> distinct() {
        return new RefPipeline<T>(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private final SeenSet seen = new SeenSet();

                    @Override
                    public void accept(Object t) {
                        if (seen.add(t)) {
                            down.accept(t);
                        }
                    }
                };
            }
        };
    }

    @Override
    public Stream<T> sorted() {
        return sorted((Comparator) Comparator.naturalOrder());
    }

    @Override
    public Stream<T> sorted(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return new RefPipeline<T>(this, SIZE_SAME_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private Object[] a = new Object[16];
                    private int n;

                    @Override
                    public void accept(Object t) {
                        if (n == a.length) {
                            a = Arrays.copyOf(a, n * 2);
                        }
                        a[n++] = t;
                    }

                    @Override
                    boolean cancellationRequested() {
                        return false;
                    }

                    @Override
                    boolean shortCircuits() {
                        return false;
                    }

                    @Override
                    void end() {
                        Object[] all = a;
                        a = null;
                        Arrays.sort(all, 0, n, (Comparator<Object>) comparator);
                        for (int i = 0; i < n && !down.cancellationRequested(); i++) {
                            down.accept(all[i]);
                        }
                        down.end();
                    }
                };
            }
        };
    }

    @Override
    public Stream<T> peek(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        return new RefPipeline<T>(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(Object t) {
                        action.accept((T) t);
                        down.accept(t);
                    }
                };
            }
        };
    }

    @Override
    public Stream<T> limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return new RefPipeline<T>(this, SIZE_LIMIT, maxSize) {
            @Override
            Sink wrap(Sink d) {
                return Slicer.limit(d, maxSize);
            }
        };
    }

    @Override
    public Stream<T> skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new RefPipeline<T>(this, SIZE_SKIP, n) {
            @Override
            Sink wrap(Sink d) {
                return Slicer.skip(d, n);
            }
        };
    }

    @Override
    public Stream<T> takeWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new RefPipeline<T>(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private boolean taking = true;

                    @Override
                    public void accept(Object t) {
                        if (taking && (taking = predicate.test((T) t))) {
                            down.accept(t);
                        }
                    }

                    @Override
                    boolean cancellationRequested() {
                        return !taking || down.cancellationRequested();
                    }

                    @Override
                    boolean shortCircuits() {
                        return true;
                    }
                };
            }
        };
    }

    @Override
    public Stream<T> dropWhile(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return new RefPipeline<T>(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private boolean dropping = true;

                    @Override
                    public void accept(Object t) {
                        if (dropping && predicate.test((T) t)) {
                            return;
                        }
                        dropping = false;
                        down.accept(t);
                    }
                };
            }
        };
    }

    // ------------------------------------------------------------------ BaseStream

    @Override
    public Stream<T> sequential() {
        head.parallel = false;
        return this;
    }

    @Override
    public Stream<T> parallel() {
        head.parallel = true;
        return this;
    }

    @Override
    public Stream<T> unordered() {
        return (Stream<T>) new RefPipeline<T>(this, SIZE_SAME, 0).markUnordered();
    }

    @Override
    public Stream<T> onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    @Override
    public Iterator<T> iterator() {
        Cursor c = new Cursor(asSource());
        return new Iterator<T>() {
            @Override
            public boolean hasNext() {
                return c.hasNext();
            }

            @Override
            public T next() {
                c.consume();
                Object t = c.ref;
                c.ref = null;
                return (T) t;
            }
        };
    }

    @Override
    public Spliterator<T> spliterator() {
        Cursor c = new Cursor(asSource());
        return new Spliterator<T>() {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                Objects.requireNonNull(action);
                if (!c.hasNext()) {
                    return false;
                }
                c.consume();
                Object t = c.ref;
                c.ref = null;
                action.accept((T) t);
                return true;
            }

            @Override
            public Spliterator<T> trySplit() {
                return null;
            }

            @Override
            public long estimateSize() {
                long n = c.exactSize();
                return n < 0 ? Long.MAX_VALUE : n;
            }

            @Override
            public int characteristics() {
                return c.exactSize() >= 0 ? Spliterator.ORDERED | Spliterator.SIZED : Spliterator.ORDERED;
            }
        };
    }

    // ------------------------------------------------------------------ terminal operations

    @Override
    public void forEach(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        evaluate(new TerminalSinks.ForEach(action));
    }

    @Override
    public void forEachOrdered(Consumer<? super T> action) {
        Objects.requireNonNull(action);
        evaluateInOrder(new TerminalSinks.ForEach(action));
    }

    /** Collects the elements into a trimmed {@code Object[]}. */
    private Object[] gather() {
        return (Object[]) evaluate(new TerminalSinks.Gather(REF)).array();
    }

    @Override
    public Object[] toArray() {
        return gather();
    }

    @Override
    public <A> A[] toArray(IntFunction<A[]> generator) {
        Objects.requireNonNull(generator);
        Object[] all = gather();
        A[] out = generator.apply(all.length);
        if (out.length != all.length) {
            throw new IllegalStateException("Begin size " + all.length + " is not equal to fixed size " + out.length);
        }
        System.arraycopy(all, 0, out, 0, all.length);
        return out;
    }

    @Override
    public List<T> toList() {
        return (List<T>) new ImmutableList(gather());
    }

    @Override
    public T reduce(T identity, BinaryOperator<T> accumulator) {
        return reduce(identity, accumulator, accumulator);
    }

    @Override
    public Optional<T> reduce(BinaryOperator<T> accumulator) {
        Objects.requireNonNull(accumulator);
        TerminalSinks.Reduce r = evaluate(new TerminalSinks.Reduce(accumulator, accumulator, false, null));
        return r.seen ? Optional.of((T) r.ref) : Optional.empty();
    }

    @Override
    public <U> U reduce(U identity, BiFunction<U, ? super T, U> accumulator, BinaryOperator<U> combiner) {
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        return (U) evaluate(new TerminalSinks.Reduce(accumulator, combiner, true, identity)).ref;
    }

    @Override
    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        TerminalSinks.Collect sink = new TerminalSinks.Collect(supplier, accumulator, TerminalSinks.combining(combiner));
        return (R) evaluate(sink).container;
    }

    @Override
    public <R, A> R collect(Collector<? super T, A, R> collector) {
        Objects.requireNonNull(collector);
        java.util.Set<Collector.Characteristics> traits = collector.characteristics();
        TerminalSinks.Collect sink =
            new TerminalSinks.Collect(collector.supplier(), collector.accumulator(), collector.combiner());
        if (isParallel() && traits.contains(Collector.Characteristics.CONCURRENT)
                && (!isOrdered() || traits.contains(Collector.Characteristics.UNORDERED))) {
            sink.concurrent();
        }
        A container = (A) evaluate(sink).container;
        if (traits.contains(Collector.Characteristics.IDENTITY_FINISH)) {
            return (R) container;
        }
        return collector.finisher().apply(container);
    }

    @Override
    public Optional<T> min(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce(new BinaryOperator<T>() {
            @Override
            public T apply(T a, T b) {
                return comparator.compare(a, b) <= 0 ? a : b;
            }
        });
    }

    @Override
    public Optional<T> max(Comparator<? super T> comparator) {
        Objects.requireNonNull(comparator);
        return reduce(new BinaryOperator<T>() {
            @Override
            public T apply(T a, T b) {
                return comparator.compare(a, b) >= 0 ? a : b;
            }
        });
    }

    @Override
    public long count() {
        return countElements();
    }

    @Override
    public boolean anyMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(new TerminalSinks.Match(predicate, true)).stopped();
    }

    @Override
    public boolean allMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return !evaluate(new TerminalSinks.Match(predicate, false)).stopped();
    }

    @Override
    public boolean noneMatch(Predicate<? super T> predicate) {
        Objects.requireNonNull(predicate);
        return !evaluate(new TerminalSinks.Match(predicate, true)).stopped();
    }

    @Override
    public Optional<T> findFirst() {
        TerminalSinks.First f = evaluateInOrder(new TerminalSinks.First());
        return f.found ? Optional.of((T) f.ref) : Optional.empty();
    }

    @Override
    public Optional<T> findAny() {
        TerminalSinks.First f = evaluate(new TerminalSinks.First());
        return f.found ? Optional.of((T) f.ref) : Optional.empty();
    }

    // ------------------------------------------------------------------ creation helpers

    /** {@code Stream.concat}: both streams become sources of a new one that closes them both. */
    static <T> Stream<T> concat(BaseStream<?, ?> a, BaseStream<?, ?> b) {
        RefPipeline<T> s = new RefPipeline<>(Source.concat(sourceOf(a, REF), sourceOf(b, REF)));
        return (Stream<T>) finishConcat(s, a, b);
    }

    /** The builder behind {@link Stream#builder()}. */
    static final class StreamBuilder<T> extends Buffer implements Stream.Builder<T> {
        @Override
        public void accept(T t) {
            addElement(t);
        }

        @Override
        public Stream<T> build() {
            return new RefPipeline<>(buildSource());
        }
    }
}
