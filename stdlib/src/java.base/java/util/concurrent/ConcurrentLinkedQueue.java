package java.util.concurrent;

import java.util.AbstractQueue;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An unbounded FIFO queue of non-null elements on singly linked nodes. Cortado synchronizes every operation on
 * the queue (instead of HotSpot's lock-free algorithm); iterators are weakly consistent: they never throw
 * {@code ConcurrentModificationException} and see the nodes still linked when they reach them.
 */
public class ConcurrentLinkedQueue<E> extends AbstractQueue<E> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private static final class Node<E> {
        volatile E item;
        volatile Node<E> next;

        Node(E item) {
            this.item = item;
        }
    }

    private transient Node<E> head;
    private transient Node<E> tail;
    private transient int count;

    /** An empty queue. */
    public ConcurrentLinkedQueue() {
    }

    /** A queue of the elements of {@code c}, in its iteration order. */
    public ConcurrentLinkedQueue(Collection<? extends E> c) {
        for (E e : c) {
            offer(e);
        }
    }

    @Override
    public synchronized boolean offer(E e) {
        if (e == null) {
            throw new NullPointerException();
        }
        Node<E> n = new Node<E>(e);
        if (tail == null) {
            head = n;
        } else {
            tail.next = n;
        }
        tail = n;
        count++;
        return true;
    }

    @Override
    public boolean add(E e) {
        return offer(e);
    }

    @Override
    public synchronized E poll() {
        Node<E> h = head;
        if (h == null) {
            return null;
        }
        E item = h.item;
        h.item = null;
        head = h.next;
        if (head == null) {
            tail = null;
        }
        count--;
        return item;
    }

    @Override
    public synchronized E peek() {
        return head == null ? null : head.item;
    }

    @Override
    public synchronized int size() {
        return count;
    }

    @Override
    public synchronized boolean isEmpty() {
        return head == null;
    }

    @Override
    public synchronized boolean contains(Object o) {
        if (o == null) {
            return false;
        }
        for (Node<E> n = head; n != null; n = n.next) {
            if (o.equals(n.item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized boolean remove(Object o) {
        if (o == null) {
            return false;
        }
        Node<E> prev = null;
        for (Node<E> n = head; n != null; prev = n, n = n.next) {
            if (o.equals(n.item)) {
                unlink(prev, n);
                return true;
            }
        }
        return false;
    }

    private void unlink(Node<E> prev, Node<E> n) {
        n.item = null;
        if (prev == null) {
            head = n.next;
        } else {
            prev.next = n.next;
        }
        if (tail == n) {
            tail = prev;
        }
        count--;
    }

    @Override
    public synchronized Object[] toArray() {
        Object[] a = new Object[count];
        int i = 0;
        for (Node<E> n = head; n != null; n = n.next) {
            a[i++] = n.item;
        }
        return a;
    }

    @Override
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            private Node<E> nextNode;
            private Node<E> lastNode;

            {
                synchronized (ConcurrentLinkedQueue.this) {
                    nextNode = head;
                }
            }

            public boolean hasNext() {
                synchronized (ConcurrentLinkedQueue.this) {
                    while (nextNode != null && nextNode.item == null) {
                        nextNode = nextNode.next;
                    }
                    return nextNode != null;
                }
            }

            public E next() {
                synchronized (ConcurrentLinkedQueue.this) {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    lastNode = nextNode;
                    nextNode = nextNode.next;
                    return lastNode.item;
                }
            }

            public void remove() {
                synchronized (ConcurrentLinkedQueue.this) {
                    if (lastNode == null) {
                        throw new IllegalStateException();
                    }
                    Node<E> prev = null;
                    for (Node<E> n = head; n != null; prev = n, n = n.next) {
                        if (n == lastNode) {
                            unlink(prev, n);
                            break;
                        }
                    }
                    lastNode = null;
                }
            }
        };
    }
}
