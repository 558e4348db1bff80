package java.util.stream;

import java.util.Arrays;
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
import java.util.function.DoubleToIntFunction;
import java.util.function.DoubleToLongFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Supplier;

/**
 * Cortado's {@link DoubleStream}: a pipeline stage whose elements are {@code double} values, pushed unboxed through
 * the sinks.
 */
class DoublePipeline extends Pipeline implements DoubleStream {
    /** A source stage. */
    DoublePipeline(Source source) {
        super(source, DOUBLE);
    }

    /** A stage after {@code upstream}. */
    DoublePipeline(Pipeline upstream, int sizeMode, long sizeArg) {
        super(upstream, DOUBLE, sizeMode, sizeArg);
    }

    /** The values {@code a[from..to)}. */
    static DoubleStream ofArray(double[] a, int from, int to) {
        return new DoublePipeline(IndexSource.ofDoubles(a, from, to));
    }

    // ------------------------------------------------------------------ intermediate operations

    @Override
    public DoubleStream filter(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(double v) {
                        if (predicate.test(v)) {
                            down.accept(v);
                        }
                    }
                };
            }
        };
    }

    @Override
    public DoubleStream map(DoubleUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(double v) {
                        down.accept(mapper.applyAsDouble(v));
                    }
                };
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return (Stream<U>) stage(this, REF, SIZE_SAME, 0, new Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(double v) {
                        down.accept((Object) mapper.apply(v));
                    }
                };
            }
        });
    }

    @Override
    public LongStream mapToLong(DoubleToLongFunction mapper) {
        Objects.requireNonNull(mapper);
        return (LongStream) stage(this, LONG, SIZE_SAME, 0, new Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(double v) {
                        down.accept(mapper.applyAsLong(v));
                    }
                };
            }
        });
    }

    @Override
    public IntStream mapToInt(DoubleToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return (IntStream) stage(this, INT, SIZE_SAME, 0, new Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(double v) {
                        down.accept(mapper.applyAsInt(v));
                    }
                };
            }
        });
    }

    @Override
    public Stream<Double> boxed() {
        return mapToObj(new DoubleFunction<Double>() {
            @Override
            public Double apply(double v) {
                return Double.valueOf(v);
            }
        });
    }

    @Override
    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(double v) {
                        DoubleStream inner = mapper.apply(v);
                        if (inner != null) {
                            pushContents(inner, down);
                        }
                    }
                };
            }
        };
    }

    @Override
    public DoubleStream mapMulti(DoubleMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new DoublePipeline(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(double v) {
                        mapper.accept(v, down);
                    }
                };
            }
        };
    }

    @Override
    public DoubleStream distinct() {
        return new DoublePipeline(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private final SeenSet seen = new SeenSet();

                    @Override
                    public void accept(double v) {
                        if (seen.add(Double.valueOf(v))) {
                            down.accept(v);
                        }
                    }
                };
            }
        };
    }

    @Override
    public DoubleStream sorted() {
        return new DoublePipeline(this, SIZE_SAME_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private double[] a = new double[16];
                    private int n;

                    @Override
                    public void accept(double v) {
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
                        double[] all = a;
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
    public DoubleStream peek(DoubleConsumer action) {
        Objects.requireNonNull(action);
        return new DoublePipeline(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(double v) {
                        action.accept(v);
                        down.accept(v);
                    }
                };
            }
        };
    }

    @Override
    public DoubleStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return new DoublePipeline(this, SIZE_LIMIT, maxSize) {
            @Override
            Sink wrap(Sink d) {
                return Slicer.limit(d, maxSize);
            }
        };
    }

    @Override
    public DoubleStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new DoublePipeline(this, SIZE_SKIP, n) {
            @Override
            Sink wrap(Sink d) {
                return Slicer.skip(d, n);
            }
        };
    }

    @Override
    public DoubleStream takeWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private boolean taking = true;

                    @Override
                    public void accept(double v) {
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
    public DoubleStream dropWhile(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return new DoublePipeline(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private boolean dropping = true;

                    @Override
                    public void accept(double v) {
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
    public DoubleStream sequential() {
        head.parallel = false;
        return this;
    }

    @Override
    public DoubleStream parallel() {
        head.parallel = true;
        return this;
    }

    @Override
    public DoubleStream unordered() {
        return (DoubleStream) new DoublePipeline(this, SIZE_SAME, 0).markUnordered();
    }

    @Override
    public DoubleStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    @Override
    public PrimitiveIterator.OfDouble iterator() {
        Cursor c = new Cursor(asSource());
        return new PrimitiveIterator.OfDouble() {
            @Override
            public boolean hasNext() {
                return c.hasNext();
            }

            @Override
            public double nextDouble() {
                c.consume();
                return c.doubleValue;
            }
        };
    }

    @Override
    public Spliterator.OfDouble spliterator() {
        Cursor c = new Cursor(asSource());
        return new Spliterator.OfDouble() {
            @Override
            public boolean tryAdvance(DoubleConsumer action) {
                Objects.requireNonNull(action);
                if (!c.hasNext()) {
                    return false;
                }
                c.consume();
                action.accept(c.doubleValue);
                return true;
            }

            @Override
            public Spliterator.OfDouble trySplit() {
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
    public void forEach(DoubleConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new TerminalSinks.ForEach(action));
    }

    @Override
    public void forEachOrdered(DoubleConsumer action) {
        Objects.requireNonNull(action);
        evaluateInOrder(new TerminalSinks.ForEach(action));
    }

    @Override
    public double[] toArray() {
        return (double[]) evaluate(new TerminalSinks.Gather(DOUBLE)).array();
    }

    @Override
    public double reduce(double identity, DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        return evaluate(new TerminalSinks.Reduce(TerminalSinks.FUNCTION, op, true, identity)).doubleValue;
    }

    @Override
    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Objects.requireNonNull(op);
        return optional(new TerminalSinks.Reduce(TerminalSinks.FUNCTION, op, false, 0));
    }

    /** The result of a reduction without identity. */
    private OptionalDouble optional(TerminalSinks.Reduce fold) {
        TerminalSinks.Reduce r = evaluate(fold);
        return r.seen ? OptionalDouble.of(r.doubleValue) : OptionalDouble.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        TerminalSinks.Collect sink = new TerminalSinks.Collect(supplier, accumulator, TerminalSinks.combining(combiner));
        return (R) evaluate(sink).container;
    }

    @Override
    public double sum() {
        // Compensated summation, as the statistics (and the JDK's sum) do.
        return summaryStatistics().getSum();
    }

    @Override
    public OptionalDouble min() {
        return optional(new TerminalSinks.Reduce(TerminalSinks.MIN, (DoubleBinaryOperator) null, false, 0));
    }

    @Override
    public OptionalDouble max() {
        return optional(new TerminalSinks.Reduce(TerminalSinks.MAX, (DoubleBinaryOperator) null, false, 0));
    }

    @Override
    public long count() {
        return countElements();
    }

    @Override
    public OptionalDouble average() {
        DoubleSummaryStatistics stats = summaryStatistics();
        return stats.getCount() > 0 ? OptionalDouble.of(stats.getAverage()) : OptionalDouble.empty();
    }

    @Override
    public DoubleSummaryStatistics summaryStatistics() {
        return evaluate(new TerminalSinks.Stats(DOUBLE)).doubles;
    }

    @Override
    public boolean anyMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(new TerminalSinks.Match(predicate, true)).stopped();
    }

    @Override
    public boolean allMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return !evaluate(new TerminalSinks.Match(predicate, false)).stopped();
    }

    @Override
    public boolean noneMatch(DoublePredicate predicate) {
        Objects.requireNonNull(predicate);
        return !evaluate(new TerminalSinks.Match(predicate, true)).stopped();
    }

    @Override
    public OptionalDouble findFirst() {
        TerminalSinks.First f = evaluateInOrder(new TerminalSinks.First());
        return f.found ? OptionalDouble.of(f.doubleValue) : OptionalDouble.empty();
    }

    @Override
    public OptionalDouble findAny() {
        TerminalSinks.First f = evaluate(new TerminalSinks.First());
        return f.found ? OptionalDouble.of(f.doubleValue) : OptionalDouble.empty();
    }

    /** The builder behind {@link DoubleStream#builder()}. */
    static final class DoubleBuilder extends Buffer implements DoubleStream.Builder {
        @Override
        public void accept(double t) {
            addElement(Double.valueOf(t));
        }

        @Override
        public DoubleStream build() {
            return new DoublePipeline(buildSource(DOUBLE));
        }
    }
}
