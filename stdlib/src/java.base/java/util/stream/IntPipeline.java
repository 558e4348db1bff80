package java.util.stream;

import java.util.Arrays;
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
                    boolean shortCircuits() {
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

                    @Override
                    boolean shortCircuits() {
                        return true;
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
        return (IntStream) new IntPipeline(this, SIZE_SAME, 0).markUnordered();
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
        evaluate(new TerminalSinks.ForEach(action));
    }

    @Override
    public void forEachOrdered(IntConsumer action) {
        Objects.requireNonNull(action);
        evaluateInOrder(new TerminalSinks.ForEach(action));
    }

    @Override
    public int[] toArray() {
        return (int[]) evaluate(new TerminalSinks.Gather(INT)).array();
    }

    @Override
    public int reduce(int identity, IntBinaryOperator op) {
        Objects.requireNonNull(op);
        return evaluate(new TerminalSinks.Reduce(TerminalSinks.FUNCTION, op, true, identity)).intValue;
    }

    @Override
    public OptionalInt reduce(IntBinaryOperator op) {
        Objects.requireNonNull(op);
        return optional(new TerminalSinks.Reduce(TerminalSinks.FUNCTION, op, false, 0));
    }

    /** The result of a reduction without identity. */
    private OptionalInt optional(TerminalSinks.Reduce fold) {
        TerminalSinks.Reduce r = evaluate(fold);
        return r.seen ? OptionalInt.of(r.intValue) : OptionalInt.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        TerminalSinks.Collect sink = new TerminalSinks.Collect(supplier, accumulator, TerminalSinks.combining(combiner));
        return (R) evaluate(sink).container;
    }

    @Override
    public int sum() {
        return evaluate(new TerminalSinks.Reduce(TerminalSinks.SUM, (IntBinaryOperator) null, true, 0)).intValue;
    }

    @Override
    public OptionalInt min() {
        return optional(new TerminalSinks.Reduce(TerminalSinks.MIN, (IntBinaryOperator) null, false, 0));
    }

    @Override
    public OptionalInt max() {
        return optional(new TerminalSinks.Reduce(TerminalSinks.MAX, (IntBinaryOperator) null, false, 0));
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
        return evaluate(new TerminalSinks.Stats(INT)).ints;
    }

    @Override
    public boolean anyMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(new TerminalSinks.Match(predicate, true)).stopped();
    }

    @Override
    public boolean allMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return !evaluate(new TerminalSinks.Match(predicate, false)).stopped();
    }

    @Override
    public boolean noneMatch(IntPredicate predicate) {
        Objects.requireNonNull(predicate);
        return !evaluate(new TerminalSinks.Match(predicate, true)).stopped();
    }

    @Override
    public OptionalInt findFirst() {
        TerminalSinks.First f = evaluateInOrder(new TerminalSinks.First());
        return f.found ? OptionalInt.of(f.intValue) : OptionalInt.empty();
    }

    @Override
    public OptionalInt findAny() {
        TerminalSinks.First f = evaluate(new TerminalSinks.First());
        return f.found ? OptionalInt.of(f.intValue) : OptionalInt.empty();
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
