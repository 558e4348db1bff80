package java.util.stream;

import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.NoSuchElementException;
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
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Cortado's {@link IntStream}: a pipeline stage whose elements are {@code int} values, pushed unboxed through
 * the sinks.
 */
class IntPipeline extends Pipeline implements IntStream {
    /** A source stage. */
    IntPipeline(Source source) {
        super(source, INT);
    }

    /** A stage after {@code upstream}. */
    IntPipeline(Pipeline upstream, int sizeMode, long sizeArg) {
        super(upstream, INT, sizeMode, sizeArg);
    }

    /** The values {@code a[from..to)}. */
    static IntStream ofArray(int[] a, int from, int to) {
        return new IntPipeline(IndexSource.ofInts(a, from, to));
    }

    /** {@code from}, ..., {@code last} (empty when {@code last < from}). */
    static IntStream range(int from, long last) {
        return new IntPipeline(IndexSource.intRange(from, last));
    }

    // ------------------------------------------------------------------ intermediate operations

    @Override
    public IntStream filter(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(int v) {
                        if (predicate.test(v)) {
                            down.accept(v);
                        }
                    }
                };
            }
        };
    }

    @Override
    public IntStream map(IntUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(int v) {
                        down.accept(mapper.applyAsInt(v));
                    }
                };
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U> Stream<U> mapToObj(IntFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return (Stream<U>) stage(this, REF, SIZE_SAME, 0, new Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(int v) {
                        down.accept((Object) mapper.apply(v));
                    }
                };
            }
        });
    }

    @Override
    public LongStream mapToLong(IntToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return (LongStream) stage(this, LONG, SIZE_SAME, 0, new Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(int v) {
                        down.accept(mapper.applyAsLong(v));
                    }
                };
            }
        });
    }

    @Override
    public DoubleStream mapToDouble(IntToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return (DoubleStream) stage(this, DOUBLE, SIZE_SAME, 0, new Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(int v) {
                        down.accept(mapper.applyAsDouble(v));
                    }
                };
            }
        });
    }

    @Override
    public LongStream asLongStream() {
        return mapToLong(new IntToLongFunction() {
            @Override
            public long applyAsLong(int v) {
                return v;
            }
        });
    }

    @Override
    public DoubleStream asDoubleStream() {
        return mapToDouble(new IntToDoubleFunction() {
            @Override
            public double applyAsDouble(int v) {
                return v;
            }
        });
    }

    @Override
    public Stream<Integer> boxed() {
        return mapToObj(new IntFunction<Integer>() {
            @Override
            public Integer apply(int v) {
                return Integer.valueOf(v);
            }
        });
    }

    @Override
    public IntStream flatMap(IntFunction<? extends IntStream> mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(int v) {
                        IntStream inner = mapper.apply(v);
                        if (inner != null) {
                            pushContents(inner, down);
                        }
                    }
                };
            }
        };
    }

    @Override
    public IntStream mapMulti(IntMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new IntPipeline(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(int v) {
                        mapper.accept(v, down);
                    }
                };
            }
        };
    }

    @Override
    public IntStream distinct() {
        return new IntPipeline(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private final SeenSet seen = new SeenSet();

                    @Override
                    public void accept(int v) {
                        if (seen.add(Integer.valueOf(v))) {
                            down.accept(v);
                        }
                    }
                };
            }
        };
    }

    @Override
    public IntStream sorted() {
        return new IntPipeline(this, SIZE_SAME_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private int[] a = new int[16];
                    private int n;

                    @Override
                    public void accept(int v) {
                        if (n == a.length) {
                            a = Arrays.copyOf(a, n * 2);
                        }
                        a[n++] = v;
                    }

                    @Override
                    boolean cancellationRequested() {
                        return false;
                    }

                    @Override
                    void end() {
                        int[] all = a;
                        a = null;
                        Arrays.sort(all, 0, n);
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
    public IntStream peek(IntConsumer action) {
        Objects.requireNonNull(action);
        return new IntPipeline(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(int v) {
                        action.accept(v);
                        down.accept(v);
                    }
                };
            }
        };
    }

    @Override
    public IntStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return new IntPipeline(this, SIZE_LIMIT, maxSize) {
            @Override
            Sink wrap(Sink d) {
                return Slicer.limit(d, maxSize);
            }
        };
    }

    @Override
    public IntStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new IntPipeline(this, SIZE_SKIP, n) {
            @Override
            Sink wrap(Sink d) {
                return Slicer.skip(d, n);
            }
        };
    }

    @Override
    public IntStream takeWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private boolean taking = true;

                    @Override
                    public void accept(int v) {
                        if (taking && (taking = predicate.test(v))) {
                            down.accept(v);
                        }
                    }

                    @Override
                    boolean cancellationRequested() {
                        return !taking || down.cancellationRequested();
                    }
                };
            }
        };
    }

    @Override
    public IntStream dropWhile(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new IntPipeline(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private boolean dropping = true;

                    @Override
                    public void accept(int v) {
                        if (dropping && predicate.test(v)) {
                            return;
                        }
                        dropping = false;
                        down.accept(v);
                    }
                };
            }
        };
    }

    // ------------------------------------------------------------------ BaseStream

    @Override
    public IntStream sequential() {
        head.parallel = false;
        return this;
    }

    @Override
    public IntStream parallel() {
        head.parallel = true;
        return this;
    }

    @Override
    public IntStream unordered() {
        return new IntPipeline(this, SIZE_SAME, 0);
    }

    @Override
    public IntStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    @Override
    public PrimitiveIterator.OfInt iterator() {
        Cursor c = new Cursor(asSource());
        return new PrimitiveIterator.OfInt() {
            @Override
            public boolean hasNext() {
                return c.hasNext();
            }

            @Override
            public int nextInt() {
                c.consume();
                return c.intValue;
            }
        };
    }

    @Override
    public Spliterator.OfInt spliterator() {
        Cursor c = new Cursor(asSource());
        return new Spliterator.OfInt() {
            @Override
            public boolean tryAdvance(IntConsumer action) {
                Objects.requireNonNull(action);
                if (!c.hasNext()) {
                    return false;
                }
                c.consume();
                action.accept(c.intValue);
                return true;
            }

            @Override
            public Spliterator.OfInt trySplit() {
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
    public void forEach(IntConsumer action) {
        Objects.requireNonNull(action);
        final class Each extends Sink.Terminal {
            @Override
            public void accept(int v) {
                action.accept(v);
            }

            @Override
            Sink.Terminal fork() {
                return new Each();
            }

            @Override
            void merge(Sink.Terminal right) {
            }
        }
        evaluate(new Each());
    }

    @Override
    public void forEachOrdered(IntConsumer action) {
        Objects.requireNonNull(action);
        // Not a Sink.Terminal: runs sequentially, in encounter order, even on a parallel stream.
        evaluate(new Sink() {
            @Override
            public void accept(int v) {
                action.accept(v);
            }
        });
    }

    @Override
    public int[] toArray() {
        final class Gather extends Sink.Terminal {
            int[] a = new int[16];
            int n;

            @Override
            public void accept(int v) {
                if (n == a.length) {
                    a = Arrays.copyOf(a, n * 2);
                }
                a[n++] = v;
            }

            @Override
            Sink.Terminal fork() {
                return new Gather();
            }

            @Override
            void merge(Sink.Terminal right) {
                Gather r = (Gather) right;
                if (n + r.n > a.length) {
                    a = Arrays.copyOf(a, Math.max(n + r.n, n * 2));
                }
                System.arraycopy(r.a, 0, a, n, r.n);
                n += r.n;
            }
        }
        Gather g = evaluate(new Gather());
        return Arrays.copyOf(g.a, g.n);
    }

    @Override
    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        final class Fold extends Sink.Terminal {
            int acc = identity;

            @Override
            public void accept(int v) {
                acc = op.applyAsInt(acc, v);
            }

            @Override
            Sink.Terminal fork() {
                return new Fold();
            }

            @Override
            void merge(Sink.Terminal right) {
                acc = op.applyAsInt(acc, ((Fold) right).acc);
            }
        }
        return evaluate(new Fold()).acc;
    }

    @Override
    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        final class Fold extends Sink.Terminal {
            boolean seen;
            int acc;

            @Override
            public void accept(int v) {
                acc = seen ? op.applyAsInt(acc, v) : v;
                seen = true;
            }

            @Override
            Sink.Terminal fork() {
                return new Fold();
            }

            @Override
            void merge(Sink.Terminal right) {
                Fold r = (Fold) right;
                if (r.seen) {
                    accept(r.acc);
                }
            }
        }
        Fold f = evaluate(new Fold());
        return f.seen ? OptionalInt.of(f.acc) : OptionalInt.empty();
    }

    @Override
    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        final class Collect extends Sink.Terminal {
            final R container = supplier.get();

            @Override
            public void accept(int v) {
                accumulator.accept(container, v);
            }

            @Override
            Sink.Terminal fork() {
                return new Collect();
            }

            @Override
            void merge(Sink.Terminal right) {
                combiner.accept(container, ((Collect) right).container);
            }
        }
        return evaluate(new Collect()).container;
    }

    @Override
    public int sum() {
        return reduce(0, new IntBinaryOperator() {
            @Override
            public int applyAsInt(int a, int b) {
                return a + b;
            }
        });
    }

    @Override
    public OptionalInt min() {
        return reduce(new IntBinaryOperator() {
            @Override
            public int applyAsInt(int a, int b) {
                return Math.min(a, b);
            }
        });
    }

    @Override
    public OptionalInt max() {
        return reduce(new IntBinaryOperator() {
            @Override
            public int applyAsInt(int a, int b) {
                return Math.max(a, b);
            }
        });
    }

    @Override
    public long count() {
        return countElements();
    }

    @Override
    public OptionalDouble average() {
        IntSummaryStatistics stats = summaryStatistics();
        return stats.getCount() > 0 ? OptionalDouble.of(stats.getAverage()) : OptionalDouble.empty();
    }

    @Override
    public IntSummaryStatistics summaryStatistics() {
        final class Stats extends Sink.Terminal {
            final IntSummaryStatistics stats = new IntSummaryStatistics();

            @Override
            public void accept(int v) {
                stats.accept(v);
            }

            @Override
            Sink.Terminal fork() {
                return new Stats();
            }

            @Override
            void merge(Sink.Terminal right) {
                stats.combine(((Stats) right).stats);
            }
        }
        return evaluate(new Stats()).stats;
    }

    /** Runs a match: stops at the first value whose test result is {@code stopOn}. */
    private boolean match(IntPredicate predicate, boolean stopOn) {
        Objects.requireNonNull(predicate);
        final class Match extends Sink {
            boolean stopped;

            @Override
            public void accept(int v) {
                if (!stopped && predicate.test(v) == stopOn) {
                    stopped = true;
                }
            }

            @Override
            boolean cancellationRequested() {
                return stopped;
            }
        }
        return evaluate(new Match()).stopped;
    }

    @Override
    public boolean anyMatch(IntPredicate predicate) {
        return match(predicate, true);
    }

    @Override
    public boolean allMatch(IntPredicate predicate) {
        return !match(predicate, false);
    }

    @Override
    public boolean noneMatch(IntPredicate predicate) {
        return !match(predicate, true);
    }

    @Override
    public OptionalInt findFirst() {
        final class First extends Sink {
            boolean found;
            int value;

            @Override
            public void accept(int v) {
                if (!found) {
                    found = true;
                    value = v;
                }
            }

            @Override
            boolean cancellationRequested() {
                return found;
            }
        }
        First f = evaluate(new First());
        return f.found ? OptionalInt.of(f.value) : OptionalInt.empty();
    }

    @Override
    public OptionalInt findAny() {
        return findFirst();
    }

    /** The builder behind {@link IntStream#builder()}. */
    static final class IntBuilder extends Buffer implements IntStream.Builder {
        @Override
        public void accept(int t) {
            addElement(Integer.valueOf(t));
        }

        @Override
        public IntStream build() {
            return new IntPipeline(buildSource(INT));
        }
    }
}
