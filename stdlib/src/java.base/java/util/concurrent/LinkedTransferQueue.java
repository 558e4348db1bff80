package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Iterator;

/**
 * An unbounded FIFO {@link TransferQueue}. The elements sit in nodes, each marked when a consumer (or any
 * removal) takes it out, so a producer in {@link #transfer} waits, in the queue's monitor, exactly until its
 * own node is taken; a producer that gives up takes its node back out. {@link #tryTransfer(Object)} succeeds
 * when more consumers are waiting than elements are queued for them.
 */
public class LinkedTransferQueue<E> extends MonitorBlockingQueue<E> implements TransferQueue<E> {
    private static final long serialVersionUID = 1L;

    /** An empty queue. */
    public LinkedTransferQueue() {
        super(new Nodes<E>(), Integer.MAX_VALUE);
    }

    /** A queue holding the elements of {@code c} in its iteration order. */
    public LinkedTransferQueue(Collection<? extends E> c) {
        this();
        for (E e : c) {
            if (e == null) {
                throw new NullPointerException();
            }
            items.add(e);
        }
    }

    private Nodes<E> nodes() {
        return (Nodes<E>) items;
    }

    @Override
    public boolean tryTransfer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            if (waitingTakers <= items.size()) {
                return false;
            }
            insert(e);
            notifyAll();
            return true;
        }
    }

    @Override
    public void transfer(E e) throws InterruptedException {
        handOver(e, false, 0L);
    }

    @Override
    public boolean tryTransfer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        return handOver(e, true, Waits.deadline(unit.toNanos(timeout)));
    }

    /** Queues {@code e} and waits until it is taken; false (and {@code e} out again) if the deadline passes first. */
    private boolean handOver(E e, boolean timed, long deadline) throws InterruptedException {
        if (e == null) {
            throw new NullPointerException();
        }
        synchronized (this) {
            Node<E> node = nodes().enqueue(e);
            notifyAll();
            boolean done = false;
            try {
                while (!node.taken) {
                    if (!timed) {
                        wait();
                    } else {
                        long left = Waits.left(deadline);
                        if (left <= 0) {
                            return false;
                        }
                        Waits.waitNanos(this, left);
                    }
                }
                done = true;
                return true;
            } finally {
                if (!done && !node.taken) {
                    nodes().unlink(node);
                }
            }
        }
    }

    @Override
    public synchronized boolean hasWaitingConsumer() {
        return waitingTakers > 0;
    }

    @Override
    public synchronized int getWaitingConsumerCount() {
        return waitingTakers;
    }

    /** One queued element; {@code taken} once it has left the queue by any path. */
    static final class Node<E> {
        final E item;
        boolean taken;

        Node(E item) {
            this.item = item;
        }
    }

    /** The queue's elements in nodes (guarded by the queue's monitor, as {@code items} always is). */
    static final class Nodes<E> extends AbstractQueue<E> {
        private final ArrayDeque<Node<E>> nodes = new ArrayDeque<>();

        Node<E> enqueue(E e) {
            Node<E> n = new Node<>(e);
            nodes.addLast(n);
            return n;
        }

        void unlink(Node<E> n) {
            nodes.removeFirstOccurrence(n);
            n.taken = true;
        }

        @Override
        public boolean offer(E e) {
            enqueue(e);
            return true;
        }

        @Override
        public E poll() {
            Node<E> n = nodes.pollFirst();
            if (n == null) {
                return null;
            }
            n.taken = true;
            return n.item;
        }

        @Override
        public E peek() {
            Node<E> n = nodes.peekFirst();
            return n == null ? null : n.item;
        }

        @Override
        public int size() {
            return nodes.size();
        }

        @Override
        public void clear() {
            for (Node<E> n : nodes) {
                n.taken = true;
            }
            nodes.clear();
        }

        @Override
        public Iterator<E> iterator() {
            Iterator<Node<E>> it = nodes.iterator();
            return new Iterator<E>() {
                private Node<E> last;

                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public E next() {
                    last = it.next();
                    return last.item;
                }

                @Override
                public void remove() {
                    it.remove();
                    last.taken = true;
                }
            };
        }
    }
}
