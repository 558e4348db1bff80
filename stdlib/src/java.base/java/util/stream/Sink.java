package java.util.stream;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * One stage of an evaluating pipeline in Cortado's push model: the source pushes each element into the first
 * sink, which transforms it and pushes zero or more elements into the next, down to the terminal operation's
 * sink. {@link #end()} tells a sink that no more elements will come (barriers such as {@code sorted} release
 * their elements then); {@link #cancellationRequested()} lets short-circuiting stages stop the source before
 * it produces the next element. A sink accepts the element shape of the stream it belongs to: objects, or
 * {@code int}, {@code long} or {@code double} values.
 */
abstract class Sink implements Consumer<Object>, IntConsumer, LongConsumer, DoubleConsumer {
    /** Called once after the last element. */
    void end() {
    }

    /** Whether this sink (or one after it) wants no more elements. */
    boolean cancellationRequested() {
        return false;
    }

    /**
     * Whether {@link #cancellationRequested()} can ever become true: when it cannot, the source pushes its
     * elements in one loop without asking ({@link Source#forEachRemaining}), which saves a call chain per
     * element.
     */
    boolean shortCircuits() {
        return false;
    }

    @Override
    public void accept(Object t) {
        throw new IllegalStateException("object pushed into a primitive stage");
    }

    @Override
    public void accept(int v) {
        throw new IllegalStateException("int pushed into a stage of another shape");
    }

    @Override
    public void accept(long v) {
        throw new IllegalStateException("long pushed into a stage of another shape");
    }

    @Override
    public void accept(double v) {
        throw new IllegalStateException("double pushed into a stage of another shape");
    }

    /** A sink that forwards end-of-input and cancellation to the sink after it. */
    abstract static class Chained extends Sink {
        /** The next sink. */
        final Sink down;

        Chained(Sink down) {
            this.down = down;
        }

        @Override
        void end() {
            down.end();
        }

        @Override
        boolean cancellationRequested() {
            return down.cancellationRequested();
        }

        @Override
        boolean shortCircuits() {
            return down.shortCircuits();
        }
    }

    /**
     * The sink of a terminal operation that can run on parts of the input apart (a parallel stream): each part
     * gets a fresh sink from {@link #fork}, and the parts' sinks are merged back in encounter order.
     */
    abstract static class Terminal extends Sink {
        /** A new sink of the same operation, with nothing accumulated (the operation's identity). */
        abstract Terminal fork();

        /** Folds in {@code right}, the sink of the elements that follow this one's. */
        abstract void merge(Terminal right);
    }

    /** Pushes one element of the given shape, boxed as {@code o}, into {@code s}. */
    static void push(Sink s, int shape, Object o) {
        switch (shape) {
            case Pipeline.INT:
                s.accept(((Integer) o).intValue());
                break;
            case Pipeline.LONG:
                s.accept(((Long) o).longValue());
                break;
            case Pipeline.DOUBLE:
                s.accept(((Double) o).doubleValue());
                break;
            default:
                s.accept(o);
        }
    }
}
