package java.util.stream;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Runs a stateless pipeline over parts of its source on the fork/join pool (the common pool, or the pool of the
 * worker thread that started the terminal operation), as the JDK's parallel streams do: the one implementation
 * of parallel evaluation behind every terminal operation of the four stream shapes.
 *
 * <p>The source splits off its first part ({@link Source#trySplit}: array and range sources halve themselves
 * without copying, spliterator sources ask their spliterator, others hand out batches) until a part is
 * estimated at most {@code 1/(4(p+1))} of the whole, {@code p} being the pool's parallelism (the caller takes
 * part too). Each task computes the first part itself and forks the rest, so the calling thread works on the
 * leftmost parts. Every part runs the stages' sinks into its own terminal sink (the leftmost part into the
 * operation's own, the others into {@link Sink.Terminal#fork forks}), and results are merged pairwise, left
 * into right, so order-sensitive operations ({@code toArray}, {@code collect}, {@code reduce}) give the
 * sequential answer whenever the API requires it. The parts of a short-circuiting operation ({@code anyMatch},
 * {@code findAny}) share its stop flag, so the part that finds the answer stops the others and the splitting.
 * An exception thrown in any part reaches the caller through the join.
 */
final class ParallelEvaluation extends RecursiveTask<Sink.Terminal> {
    private static final long serialVersionUID = 1L;

    private final Pipeline pipeline;
    private final Source src;
    private final long threshold;
    /** The terminal sink for this part (the operation's own for the leftmost part), or null: fork one. */
    private final Sink.Terminal sink;
    private final Sink.Terminal prototype;

    private ParallelEvaluation(Pipeline pipeline, Source src, long threshold, Sink.Terminal sink,
            Sink.Terminal prototype) {
        this.pipeline = pipeline;
        this.src = src;
        this.threshold = threshold;
        this.sink = sink;
        this.prototype = prototype;
    }

    /** Runs {@code pipeline} over {@code src} into {@code terminal} (which holds the result afterwards). */
    static void run(Pipeline pipeline, Source src, Sink.Terminal terminal) {
        ForkJoinPool pool = poolOfCaller();
        int parts = (pool.getParallelism() + 1) << 2;
        long threshold = Math.max(1L, src.estimateSize() / parts);
        new ParallelEvaluation(pipeline, src, threshold, terminal, terminal).invoke();
    }

    /** The pool forks go to: the current worker's, else the common pool. */
    private static ForkJoinPool poolOfCaller() {
        ForkJoinPool p = getPool();
        return p != null ? p : ForkJoinPool.commonPool();
    }

    @Override
    protected Sink.Terminal compute() {
        if (prototype.shortCircuits() && prototype.cancellationRequested()) {
            // Another part has the answer of a short-circuiting operation: skip this one.
            return sink != null ? sink : prototype.fork();
        }
        Source first = src.estimateSize() > threshold ? src.trySplit() : null;
        if (first == null) {
            Sink.Terminal t = sink != null ? sink : prototype.fork();
            Pipeline.copyInto(src, pipeline.wrapAll(t));
            return t;
        }
        ParallelEvaluation right = new ParallelEvaluation(pipeline, src, threshold, null, prototype);
        right.fork();
        Sink.Terminal left = new ParallelEvaluation(pipeline, first, threshold, sink, prototype).compute();
        left.merge(right.join());
        return left;
    }
}
