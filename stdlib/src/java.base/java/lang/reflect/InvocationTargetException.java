package java.lang.reflect;

/** Wraps the exception thrown by a method or constructor that reflection invoked. */
public class InvocationTargetException extends ReflectiveOperationException {
    private static final long serialVersionUID = 4085088731926701167L;

    private final Throwable target;

    /** An exception with no target. */
    protected InvocationTargetException() {
        super((Throwable) null);
        this.target = null;
    }

    /** Wraps {@code target}. */
    public InvocationTargetException(Throwable target) {
        super((Throwable) null);
        this.target = target;
    }

    /** Wraps {@code target}, with a message. */
    public InvocationTargetException(Throwable target, String s) {
        super(s, null);
        this.target = target;
    }

    /** The exception the invoked member threw. */
    public Throwable getTargetException() {
        return target;
    }

    /** The exception the invoked member threw. */
    @Override
    public Throwable getCause() {
        return target;
    }
}
