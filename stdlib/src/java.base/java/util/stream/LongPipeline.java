package java.util.stream;

import java.util.Arrays;
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
import java.util.function.LongToDoubleFunction;
import java.util.function.LongToIntFunction;
import java.util.function.LongUnaryOperator;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * Cortado's {@link LongStream}: a pipeline stage whose elements are {@code long} values, pushed unboxed through
 * the sinks.
 */
class LongPipeline extends Pipeline implements LongStream {
    /** A source stage. */
    LongPipeline(Source source) {
        super(source, LONG);
    }

    /** A stage after {@code upstream}. */
    LongPipeline(Pipeline upstream, int sizeMode, long sizeArg) {
        super(upstream, LONG, sizeMode, sizeArg);
    }

    /** The values {@code a[from..to)}. */
    static LongStream ofArray(long[] a, int from, int to) {
        return new LongPipeline(IndexSource.ofLongs(a, from, to));
    }

    /** {@code from}, ..., {@code last} ({@code from <= last}). */
    static LongStream range(long from, long last) {
        IndexSource counted = IndexSource.longRange(from, last);
        if (counted != null) {
            return new LongPipeline(counted);
        }
        // More values than a long counts: a plain source walks them.
        return new LongPipeline(new Source() {
            long next = from;
            boolean done;

            @Override
            boolean tryAdvance(Sink s) {
                if (done) {
                    return false;
                }
                long v = next;
                if (v == last) {
                    done = true;
                } else {
                    next = v + 1;
                }
                s.accept(v);
                return true;
            }

            @Override
            long exactSize() {
                if (done) {
                    return 0;
                }
                long n = last - next + 1;
                return n <= 0 ? -1 : n;
            }
        });
    }

    // ------------------------------------------------------------------ intermediate operations

    @Override
    public LongStream filter(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(long v) {
                        if (predicate.test(v)) {
                            down.accept(v);
                        }
                    }
                };
            }
        };
    }

    @Override
    public LongStream map(LongUnaryOperator mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(long v) {
                        down.accept(mapper.applyAsLong(v));
                    }
                };
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <U> Stream<U> mapToObj(LongFunction<? extends U> mapper) {
        Objects.requireNonNull(mapper);
        return (Stream<U>) stage(this, REF, SIZE_SAME, 0, new Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(long v) {
                        down.accept((Object) mapper.apply(v));
                    }
                };
            }
        });
    }

    @Override
    public IntStream mapToInt(LongToIntFunction mapper) {
        Objects.requireNonNull(mapper);
        return (IntStream) stage(this, INT, SIZE_SAME, 0, new Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(long v) {
                        down.accept(mapper.applyAsInt(v));
                    }
                };
            }
        });
    }

    @Override
    public DoubleStream mapToDouble(LongToDoubleFunction mapper) {
        Objects.requireNonNull(mapper);
        return (DoubleStream) stage(this, DOUBLE, SIZE_SAME, 0, new Stage() {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(long v) {
                        down.accept(mapper.applyAsDouble(v));
                    }
                };
            }
        });
    }

    @Override
    public DoubleStream asDoubleStream() {
        return mapToDouble(new LongToDoubleFunction() {
            @Override
            public double applyAsDouble(long v) {
                return v;
            }
        });
    }

    @Override
    public Stream<Long> boxed() {
        return mapToObj(new LongFunction<Long>() {
            @Override
            public Long apply(long v) {
                return Long.valueOf(v);
            }
        });
    }

    @Override
    public LongStream flatMap(LongFunction<? extends LongStream> mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(long v) {
                        LongStream inner = mapper.apply(v);
                        if (inner != null) {
                            pushContents(inner, down);
                        }
                    }
                };
            }
        };
    }

    @Override
    public LongStream mapMulti(LongMapMultiConsumer mapper) {
        Objects.requireNonNull(mapper);
        return new LongPipeline(this, SIZE_UNKNOWN, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(long v) {
                        mapper.accept(v, down);
                    }
                };
            }
        };
    }

    @Override
    public LongStream distinct() {
        return new LongPipeline(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private final SeenSet seen = new SeenSet();

                    @Override
                    public void accept(long v) {
                        if (seen.add(Long.valueOf(v))) {
                            down.accept(v);
                        }
                    }
                };
            }
        };
    }

    @Override
    public LongStream sorted() {
        return new LongPipeline(this, SIZE_SAME_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private long[] a = new long[16];
                    private int n;

                    @Override
                    public void accept(long v) {
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
                        long[] all = a;
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
    public LongStream peek(LongConsumer action) {
        Objects.requireNonNull(action);
        return new LongPipeline(this, SIZE_SAME, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    @Override
                    public void accept(long v) {
                        action.accept(v);
                        down.accept(v);
                    }
                };
            }
        };
    }

    @Override
    public LongStream limit(long maxSize) {
        if (maxSize < 0) {
            throw new IllegalArgumentException(Long.toString(maxSize));
        }
        return new LongPipeline(this, SIZE_LIMIT, maxSize) {
            @Override
            Sink wrap(Sink d) {
                return Slicer.limit(d, maxSize);
            }
        };
    }

    @Override
    public LongStream skip(long n) {
        if (n < 0) {
            throw new IllegalArgumentException(Long.toString(n));
        }
        if (n == 0) {
            return this;
        }
        return new LongPipeline(this, SIZE_SKIP, n) {
            @Override
            Sink wrap(Sink d) {
                return Slicer.skip(d, n);
            }
        };
    }

    @Override
    public LongStream takeWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private boolean taking = true;

                    @Override
                    public void accept(long v) {
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
    public LongStream dropWhile(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return new LongPipeline(this, SIZE_UNKNOWN_STATEFUL, 0) {
            @Override
            Sink wrap(Sink d) {
                return new Sink.Chained(d) {
                    private boolean dropping = true;

                    @Override
                    public void accept(long v) {
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
    public LongStream sequential() {
        head.parallel = false;
        return this;
    }

    @Override
    public LongStream parallel() {
        head.parallel = true;
        return this;
    }

    @Override
    public LongStream unordered() {
        return (LongStream) new LongPipeline(this, SIZE_SAME, 0).markUnordered();
    }

    @Override
    public LongStream onClose(Runnable closeHandler) {
        addCloseHandler(closeHandler);
        return this;
    }

    @Override
    public PrimitiveIterator.OfLong iterator() {
        Cursor c = new Cursor(asSource());
        return new PrimitiveIterator.OfLong() {
            @Override
            public boolean hasNext() {
                return c.hasNext();
            }

            @Override
            public long nextLong() {
                c.consume();
                return c.longValue;
            }
        };
    }

    @Override
    public Spliterator.OfLong spliterator() {
        Cursor c = new Cursor(asSource());
        return new Spliterator.OfLong() {
            @Override
            public boolean tryAdvance(LongConsumer action) {
                Objects.requireNonNull(action);
                if (!c.hasNext()) {
                    return false;
                }
                c.consume();
                action.accept(c.longValue);
                return true;
            }

            @Override
            public Spliterator.OfLong trySplit() {
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
    public void forEach(LongConsumer action) {
        Objects.requireNonNull(action);
        evaluate(new TerminalSinks.ForEach(action));
    }

    @Override
    public void forEachOrdered(LongConsumer action) {
        Objects.requireNonNull(action);
        evaluateInOrder(new TerminalSinks.ForEach(action));
    }

    @Override
    public long[] toArray() {
        return (long[]) evaluate(new TerminalSinks.Gather(LONG)).array();
    }

    @Override
    public long reduce(long identity, LongBinaryOperator op) {
        Objects.requireNonNull(op);
        return evaluate(new TerminalSinks.Reduce(TerminalSinks.FUNCTION, op, true, identity)).longValue;
    }

    @Override
    public OptionalLong reduce(LongBinaryOperator op) {
        Objects.requireNonNull(op);
        return optional(new TerminalSinks.Reduce(TerminalSinks.FUNCTION, op, false, 0));
    }

    /** The result of a reduction without identity. */
    private OptionalLong optional(TerminalSinks.Reduce fold) {
        TerminalSinks.Reduce r = evaluate(fold);
        return r.seen ? OptionalLong.of(r.longValue) : OptionalLong.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        Objects.requireNonNull(supplier);
        Objects.requireNonNull(accumulator);
        Objects.requireNonNull(combiner);
        TerminalSinks.Collect sink = new TerminalSinks.Collect(supplier, accumulator, TerminalSinks.combining(combiner));
        return (R) evaluate(sink).container;
    }

    @Override
    public long sum() {
        return evaluate(new TerminalSinks.Reduce(TerminalSinks.SUM, (LongBinaryOperator) null, true, 0)).longValue;
    }

    @Override
    public OptionalLong min() {
        return optional(new TerminalSinks.Reduce(TerminalSinks.MIN, (LongBinaryOperator) null, false, 0));
    }

    @Override
    public OptionalLong max() {
        return optional(new TerminalSinks.Reduce(TerminalSinks.MAX, (LongBinaryOperator) null, false, 0));
    }

    @Override
    public long count() {
        return countElements();
    }

    @Override
    public OptionalDouble average() {
        LongSummaryStatistics stats = summaryStatistics();
        return stats.getCount() > 0 ? OptionalDouble.of(stats.getAverage()) : OptionalDouble.empty();
    }

    @Override
    public LongSummaryStatistics summaryStatistics() {
        return evaluate(new TerminalSinks.Stats(LONG)).longs;
    }

    @Override
    public boolean anyMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return evaluate(new TerminalSinks.Match(predicate, true)).stopped();
    }

    @Override
    public boolean allMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return !evaluate(new TerminalSinks.Match(predicate, false)).stopped();
    }

    @Override
    public boolean noneMatch(LongPredicate predicate) {
        Objects.requireNonNull(predicate);
        return !evaluate(new TerminalSinks.Match(predicate, true)).stopped();
    }

    @Override
    public OptionalLong findFirst() {
        TerminalSinks.First f = evaluateInOrder(new TerminalSinks.First());
        return f.found ? OptionalLong.of(f.longValue) : OptionalLong.empty();
    }

    @Override
    public OptionalLong findAny() {
        TerminalSinks.First f = evaluate(new TerminalSinks.First());
        return f.found ? OptionalLong.of(f.longValue) : OptionalLong.empty();
    }

    /** The builder behind {@link LongStream#builder()}. */
    static final class LongBuilder extends Buffer implements LongStream.Builder {
        @Override
        public void accept(long t) {
            addElement(Long.valueOf(t));
        }

        @Override
        public LongStream build() {
            return new LongPipeline(buildSource(LONG));
        }
    }
}
