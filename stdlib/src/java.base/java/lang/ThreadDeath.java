package java.lang;

/**
 * Thrown in a thread that {@code Thread.stop} ends; the standard uncaught-exception report leaves it out.
 * Cortado never throws it itself.
 */
public class ThreadDeath extends Error {
    /** A ThreadDeath. */
    public ThreadDeath() {
    }
}
