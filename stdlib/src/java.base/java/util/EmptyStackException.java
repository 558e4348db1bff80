package java.util;

/** Thrown by {@link Stack#pop} and {@link Stack#peek} when the stack is empty. */
public class EmptyStackException extends RuntimeException {
    /** An exception with no detail message. */
    public EmptyStackException() {
    }
}
