package java.util.stream;

import java.util.Iterator;
import java.util.Spliterator;

/**
 * What every stream offers whatever its element type: iteration, the parallel/sequential and ordering hints,
 * and closing with registered close handlers.
 *
 * @param <T> the element type
 * @param <S> the stream type
 */
public interface BaseStream<T, S extends BaseStream<T, S>> extends AutoCloseable {
    /** An iterator over the elements (a terminal operation). */
    Iterator<T> iterator();

    /** A spliterator over the elements (a terminal operation). */
    Spliterator<T> spliterator();

    /** Whether a terminal operation would run in parallel (on the fork/join pool, where it can). */
    boolean isParallel();

    /** An equivalent sequential stream. */
    S sequential();

    /** An equivalent parallel stream. */
    S parallel();

    /** An equivalent stream whose encounter order need not be kept. */
    S unordered();

    /** An equivalent stream that also runs {@code closeHandler} when closed. */
    S onClose(Runnable closeHandler);

    /** Closes the stream, running its close handlers. */
    @Override
    void close();
}
