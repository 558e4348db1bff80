package java.lang;

/** A string could not be converted to a number because it does not have the right format. */
public class NumberFormatException extends IllegalArgumentException {
    /** With no detail message. */
    public NumberFormatException() {
        super();
    }

    /** With the detail message {@code message}. */
    public NumberFormatException(String message) {
        super(message);
    }

    /** The exception for an unparsable string: {@code For input string: "s"} (plus {@code under radix r}). */
    static NumberFormatException forInputString(String s, int radix) {
        if (radix == 10) {
            return new NumberFormatException("For input string: \"" + s + "\"");
        }
        return new NumberFormatException("For input string: \"" + s + "\" under radix " + radix);
    }
}
