package java.lang;

/** A store of an object of the wrong type into an array of references. */
public class ArrayStoreException extends RuntimeException {
    /** With no detail message. */
    public ArrayStoreException() {
        super();
    }

    /** With the detail message {@code message}. */
    public ArrayStoreException(String message) {
        super(message);
    }
}
