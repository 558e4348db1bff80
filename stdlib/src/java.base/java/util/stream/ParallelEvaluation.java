package java.util.stream;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Runs a stateless pipeline over parts of its input on the fork/join pool (the common pool, or the pool of the
 * worker thread that started the terminal operation), as the JDK's parallel streams do. The input is halved
 * until a part holds at most {@code 1/(4(p+1))} of it, {@code p} being the pool's parallelism (the caller
 * takes part too); each task keeps the first half for
 * itself and forks the second, so the calling thread works on the leftmost parts. Every part runs the stages'
 * sinks into its own terminal sink (the leftmost part into the operation's own), and results are merged
 * pairwise, left into right order, so order-sensitive operations ({@code toArray}, {@code collect},
 * {@code reduce}) give the sequential answer whenever the API requires it.
 */
final class ParallelEvaluation extends RecursiveTask<Sink.Terminal> {
    private static final long serialVersionUID = 1L;

    private final Pipeline pipeline;
    private final IndexSource src;
    private final long threshold;
    /** The terminal sink for this part (the operation's own for the leftmost part), or null: fork one. */
    private final Sink.Terminal sink;
    private final Sink.Terminal prototype;

    private ParallelEvaluation(Pipeline pipeline, IndexSource src, long threshold, Sink.Terminal sink,
            Sink.Terminal prototype) {
        this.pipeline = pipeline;
        this.src = src;
        this.threshold = threshold;
        this.sink = sink;
        this.prototype = prototype;
    }

    /** Runs {@code pipeline} over {@code src} into {@code terminal} (which holds the result afterwards). */
    static void run(Pipeline pipeline, IndexSource src, Sink.Terminal terminal) {
        ForkJoinPool pool = poolOfCaller();
        int parts = (pool.getParallelism() + 1) << 2;
        long threshold = Math.max(1L, src.exactSize() / parts);
        new ParallelEvaluation(pipeline, src, threshold, terminal, terminal).invoke();
    }

    /** The pool forks go to: the current worker's, else the common pool. */
    private static ForkJoinPool poolOfCaller() {
        ForkJoinPool p = getPool();
        return p != null ? p : ForkJoinPool.commonPool();
    }

    @Override
    protected Sink.Terminal compute() {
        if (src.exactSize() <= threshold) {
            Sink.Terminal t = sink != null ? sink : prototype.fork();
            Sink chain = pipeline.wrapAll(t);
            src.forEachRemaining(chain);
            chain.end();
            return t;
        }
        IndexSource first = src.split();
        ParallelEvaluation right = new ParallelEvaluation(pipeline, src, threshold, null, prototype);
        right.fork();
        Sink.Terminal left = new ParallelEvaluation(pipeline, first, threshold, sink, prototype).compute();
        left.merge(right.join());
        return left;
    }
}
