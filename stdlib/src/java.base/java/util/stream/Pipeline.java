package java.util.stream;

/**
 * The common part of Cortado's four stream implementations. A pipeline is a linked list of stages from a
 * source stage (the head, holding the {@link Source}) to the stage a terminal operation is called on. Nothing
 * runs until the terminal operation: it wraps its own sink in every stage's sink, from the last stage back to
 * the first, and pulls elements from the source one at a time while no sink asks for cancellation. Elements
 * therefore travel the whole chain one by one, as on the JDK; barriers ({@code sorted}) hold them until
 * {@link Sink#end()}.
 *
 * <p>Each stage may be used once: a second intermediate or terminal operation on it throws
 * {@code IllegalStateException}. Stages also track whether the output size is known from the source's, so
 * {@code count()} skips traversal exactly when the JDK's does.
 */
abstract class Pipeline {
    /** Element shapes. */
    static final int REF = 0;
    static final int INT = 1;
    static final int LONG = 2;
    static final int DOUBLE = 3;

    /** How a stage's output size relates to its input size. */
    static final int SIZE_SAME = 0;
    static final int SIZE_UNKNOWN = 1;
    static final int SIZE_LIMIT = 2;
    static final int SIZE_SKIP = 3;
    /** As SIZE_SAME, for a stage that needs every element in one sink ({@code sorted}). */
    static final int SIZE_SAME_STATEFUL = 4;
    /** As SIZE_UNKNOWN, for a stage whose sink keeps state across elements ({@code distinct}, {@code takeWhile}...). */
    static final int SIZE_UNKNOWN_STATEFUL = 5;

    static final String CONSUMED = "stream has already been operated upon or closed";

    /** The source stage. */
    final Pipeline head;
    /** The stage before this one, or null at the head. */
    final Pipeline previous;
    /** The shape of this stage's output. */
    final int shape;
    private final int sizeMode;
    private final long sizeArg;
    /** Whether an operation has been called on this stage. */
    boolean used;
    /** Whether this stage is an {@code unordered()} one. */
    private boolean unordered;

    // Head-only state.
    private Source source;
    boolean parallel;
    private Runnable[] closeHandlers;
    private int closeCount;

    /** A source stage. */
    Pipeline(Source source, int shape) {
        this.head = this;
        this.previous = null;
        this.shape = shape;
        this.source = source;
        this.sizeMode = SIZE_SAME;
        this.sizeArg = 0;
    }

    /** A stage after {@code upstream}, which becomes used. */
    Pipeline(Pipeline upstream, int shape, int sizeMode, long sizeArg) {
        upstream.link();
        this.head = upstream.head;
        this.previous = upstream;
        this.shape = shape;
        this.sizeMode = sizeMode;
        this.sizeArg = sizeArg;
    }

    /** This stage's sink in front of {@code down}; the head passes elements through. */
    Sink wrap(Sink down) {
        return down;
    }

    /** Marks this stage used, or throws if it already was or the stream is closed. */
    final void link() {
        if (used || head.source == null) {
            throw new IllegalStateException(CONSUMED);
        }
        used = true;
    }

    /** The exact number of elements this stage will produce, or -1. */
    final long exactOutputSize() {
        long n;
        if (previous == null) {
            n = source == null ? -1 : source.exactSize();
        } else {
            n = previous.exactOutputSize();
        }
        if (n < 0) {
            return -1;
        }
        switch (sizeMode) {
            case SIZE_UNKNOWN:
            case SIZE_UNKNOWN_STATEFUL:
                return -1;
            case SIZE_LIMIT:
                return Math.min(n, sizeArg);
            case SIZE_SKIP:
                return Math.max(0, n - sizeArg);
            default:
                return n;
        }
    }

    /** Starts a terminal operation: marks this stage used and takes the source. */
    final Source terminalSource() {
        link();
        Source s = head.source;
        head.source = null;
        return s;
    }

    /** {@code terminal} behind every stage's sink. */
    final Sink wrapAll(Sink terminal) {
        Sink s = terminal;
        for (Pipeline p = this; p.previous != null; p = p.previous) {
            s = p.wrap(s);
        }
        return s;
    }

    /** Whether every stage handles each element on its own, so that parts of the input can run apart. */
    final boolean stateless() {
        for (Pipeline p = this; p.previous != null; p = p.previous) {
            if (p.sizeMode >= SIZE_LIMIT) {
                return false;
            }
        }
        return true;
    }

    /**
     * Runs the pipeline into {@code terminal} and returns it. A parallel stream whose stages are stateless and
     * whose terminal sink can be forked runs on the fork/join pool ({@link ParallelEvaluation}): the result is
     * then {@code terminal} with the forks' results merged into it in encounter order.
     */
    final <S extends Sink> S evaluate(S terminal) {
        Source src = terminalSource();
        if (head.parallel && terminal instanceof Sink.Terminal && stateless() && src.estimateSize() > 1) {
            ParallelEvaluation.run(this, src, (Sink.Terminal) terminal);
        } else {
            copyInto(src, wrapAll(terminal));
        }
        return terminal;
    }

    /** Runs the pipeline into {@code terminal} on the calling thread, in encounter order, even when parallel. */
    final <S extends Sink> S evaluateInOrder(S terminal) {
        copyInto(terminalSource(), wrapAll(terminal));
        return terminal;
    }

    /**
     * Pushes the elements of {@code src} through {@code chain} and ends it: in one loop when no sink of the
     * chain can ask for cancellation, else asking before each element, so that a short-circuiting operation
     * stops the source before it produces an element more than needed.
     */
    static void copyInto(Source src, Sink chain) {
        if (chain.shortCircuits()) {
            while (!chain.cancellationRequested() && src.tryAdvance(chain)) {
                // each call pushes one source element through the chain
            }
        } else {
            src.forEachRemaining(chain);
        }
        chain.end();
    }

    /** Marks this stage as one that drops the encounter order ({@code unordered()}). */
    final Pipeline markUnordered() {
        unordered = true;
        return this;
    }

    /**
     * Whether the elements reaching this stage have an encounter order: the source's, unless a stage after it
     * is {@code unordered()}, and always after {@code sorted}.
     */
    final boolean isOrdered() {
        for (Pipeline p = this; p.previous != null; p = p.previous) {
            if (p.sizeMode == SIZE_SAME_STATEFUL) {
                return true;
            } else if (p.unordered) {
                return false;
            }
        }
        return head.source == null || head.source.ordered();
    }

    /** The number of elements, without traversing when the size is known. */
    final long countElements() {
        long n = exactOutputSize();
        if (n >= 0) {
            terminalSource();
            return n;
        }
        return evaluate(new TerminalSinks.Count()).count;
    }

    /** The rest of the pipeline as a pull source (for iterators, spliterators and concat). */
    final Source asSource() {
        if (previous == null) {
            return terminalSource();
        }
        return new Puller(this);
    }

    /** Adds a close handler (shared by every stage of the pipeline). */
    final void addCloseHandler(Runnable r) {
        java.util.Objects.requireNonNull(r);
        if (used || head.source == null) {
            throw new IllegalStateException(CONSUMED);
        }
        Pipeline h = head;
        if (h.closeHandlers == null) {
            h.closeHandlers = new Runnable[2];
        } else if (h.closeCount == h.closeHandlers.length) {
            h.closeHandlers = java.util.Arrays.copyOf(h.closeHandlers, h.closeCount * 2);
        }
        h.closeHandlers[h.closeCount++] = r;
    }

    /** Closes the pipeline: runs the close handlers once, in order, and makes every stage unusable. */
    public void close() {
        used = true;
        Pipeline h = head;
        h.source = null;
        Runnable[] handlers = h.closeHandlers;
        int n = h.closeCount;
        h.closeHandlers = null;
        h.closeCount = 0;
        Throwable first = null;
        for (int i = 0; i < n; i++) {
            try {
                handlers[i].run();
            } catch (Throwable t) {
                if (first == null) {
                    first = t;
                } else if (first != t) {
                    first.addSuppressed(t);
                }
            }
        }
        if (first instanceof RuntimeException) {
            throw (RuntimeException) first;
        } else if (first instanceof Error) {
            throw (Error) first;
        }
    }

    /** A new stage of {@code shape} after {@code up} whose sinks {@code op} makes. */
    static Pipeline stage(Pipeline up, int shape, int sizeMode, long sizeArg, Stage op) {
        switch (shape) {
            case INT:
                return new IntPipeline(up, sizeMode, sizeArg) {
                    @Override
                    Sink wrap(Sink d) {
                        return op.wrap(d);
                    }
                };
            case LONG:
                return new LongPipeline(up, sizeMode, sizeArg) {
                    @Override
                    Sink wrap(Sink d) {
                        return op.wrap(d);
                    }
                };
            case DOUBLE:
                return new DoublePipeline(up, sizeMode, sizeArg) {
                    @Override
                    Sink wrap(Sink d) {
                        return op.wrap(d);
                    }
                };
            default:
                return new RefPipeline<Object>(up, sizeMode, sizeArg) {
                    @Override
                    Sink wrap(Sink d) {
                        return op.wrap(d);
                    }
                };
        }
    }

    /** An operation's sink factory, shared by stages of different shapes. */
    abstract static class Stage {
        abstract Sink wrap(Sink down);
    }

    /**
     * Pushes the contents of a {@code flatMap} result into {@code down}, stopping when {@code down} asks for
     * cancellation, and closes the inner stream afterwards.
     */
    static void pushContents(BaseStream<?, ?> inner, Sink down) {
        try {
            if (inner instanceof Pipeline) {
                ((Pipeline) inner).evaluate(Slicer.forward(down));
            } else {
                java.util.Iterator<?> it = inner.iterator();
                int shape = shapeOf(inner);
                while (!down.cancellationRequested() && it.hasNext()) {
                    Sink.push(down, shape, it.next());
                }
            }
        } finally {
            inner.close();
        }
    }

    /** The element shape of a stream made outside this library. */
    private static int shapeOf(BaseStream<?, ?> s) {
        if (s instanceof IntStream) {
            return INT;
        } else if (s instanceof LongStream) {
            return LONG;
        } else if (s instanceof DoubleStream) {
            return DOUBLE;
        }
        return REF;
    }

    /** The rest of stream {@code s} as a source (it becomes consumed). */
    static Source sourceOf(BaseStream<?, ?> s, int shape) {
        if (s instanceof Pipeline) {
            return ((Pipeline) s).asSource();
        }
        return Source.ofIterator(s.iterator(), shape, -1);
    }

    /** Completes a {@code concat}: parallel if either input is, and closing it closes both inputs. */
    static Pipeline finishConcat(Pipeline s, BaseStream<?, ?> a, BaseStream<?, ?> b) {
        s.parallel = a.isParallel() || b.isParallel();
        s.addCloseHandler(new Runnable() {
            @Override
            public void run() {
                try {
                    a.close();
                } catch (Throwable t) {
                    try {
                        b.close();
                    } catch (Throwable u) {
                        if (t != u) {
                            t.addSuppressed(u);
                        }
                    }
                    throw t;
                }
                b.close();
            }
        });
        return s;
    }

    public boolean isParallel() {
        return head.parallel;
    }

    /** Pulls the pipeline's output one element at a time, buffering what a source element expands to. */
    static final class Puller extends Source {
        private final Pipeline pipeline;
        private final Source src;
        private final long size;
        private Sink chain;
        private boolean done;
        private Object[] buf = new Object[4];
        private int first;
        private int last;
        private final Sink collector = new Sink() {
            @Override
            public void accept(Object t) {
                add(t);
            }

            @Override
            public void accept(int v) {
                add(Integer.valueOf(v));
            }

            @Override
            public void accept(long v) {
                add(Long.valueOf(v));
            }

            @Override
            public void accept(double v) {
                add(Double.valueOf(v));
            }
        };

        Puller(Pipeline pipeline) {
            this.pipeline = pipeline;
            this.size = pipeline.exactOutputSize();
            this.src = pipeline.terminalSource();
        }

        private void add(Object o) {
            if (last == buf.length) {
                if (first > 0) {
                    System.arraycopy(buf, first, buf, 0, last - first);
                    last -= first;
                    first = 0;
                }
                if (last == buf.length) {
                    buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                }
            }
            buf[last++] = o;
        }

        /** Whether an element is buffered, pulling source elements until one is or the source ends. */
        boolean fill() {
            while (first == last && !done) {
                if (chain == null) {
                    chain = pipeline.wrapAll(collector);
                }
                if (chain.cancellationRequested() || !src.tryAdvance(chain)) {
                    done = true;
                    chain.end();
                }
            }
            return first < last;
        }

        /** Removes and returns the next buffered element (boxed). */
        Object take() {
            Object o = buf[first];
            buf[first++] = null;
            if (first == last) {
                first = 0;
                last = 0;
            }
            return o;
        }

        @Override
        boolean tryAdvance(Sink s) {
            if (!fill()) {
                return false;
            }
            Sink.push(s, pipeline.shape, take());
            return true;
        }

        @Override
        long exactSize() {
            return chain == null ? size : -1;
        }
    }
}
