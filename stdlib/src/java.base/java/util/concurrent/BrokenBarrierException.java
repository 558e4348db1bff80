package java.util.concurrent;

/** Thrown to a thread waiting at a barrier that broke (another party was interrupted, timed out, or reset it). */
public class BrokenBarrierException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Without message. */
    public BrokenBarrierException() {
    }

    /** With a message. */
    public BrokenBarrierException(String message) {
        super(message);
    }
}
