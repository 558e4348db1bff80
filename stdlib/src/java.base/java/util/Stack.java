package java.util;

/** A last-in-first-out stack on top of {@link Vector}: {@code push}, {@code pop}, {@code peek}, {@code search}. */
public class Stack<E> extends Vector<E> {
    /** An empty stack. */
    public Stack() {
    }

    /** Pushes an item onto the top and returns it. */
    public E push(E item) {
        addElement(item);
        return item;
    }

    /** Removes and returns the top item. */
    public synchronized E pop() {
        E top = peek();
        removeElementAt(size() - 1);
        return top;
    }

    /** The top item, without removing it. */
    public synchronized E peek() {
        int n = size();
        if (n == 0) {
            throw new EmptyStackException();
        }
        return elementAt(n - 1);
    }

    /** Whether the stack is empty. */
    public boolean empty() {
        return size() == 0;
    }

    /** The 1-based distance of {@code o} from the top, or -1. */
    public synchronized int search(Object o) {
        int i = lastIndexOf(o);
        return i >= 0 ? size() - i : -1;
    }
}
