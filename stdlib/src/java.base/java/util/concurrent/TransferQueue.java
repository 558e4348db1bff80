package java.util.concurrent;

/** A blocking queue in which producers may wait until a consumer has received what they put. */
public interface TransferQueue<E> extends BlockingQueue<E> {
    /** Hands {@code e} to a consumer already waiting, if there is one; whether it did (else nothing is queued). */
    boolean tryTransfer(E e);

    /** Queues {@code e} and waits until a consumer has received it. */
    void transfer(E e) throws InterruptedException;

    /** As {@link #transfer}, giving up (and taking {@code e} back out of the queue) after {@code timeout}. */
    boolean tryTransfer(E e, long timeout, TimeUnit unit) throws InterruptedException;

    /** Whether a consumer is waiting in {@code take} or a timed {@code poll}. */
    boolean hasWaitingConsumer();

    /** An estimate of the consumers waiting in {@code take} or a timed {@code poll}. */
    int getWaitingConsumerCount();
}
