package java.lang;

/** A type named by a string could not be found when it was accessed. */
public class TypeNotPresentException extends RuntimeException {
    private final String typeName;

    /** For the type {@code typeName}, with the exception raised looking for it. */
    public TypeNotPresentException(String typeName, Throwable cause) {
        super("Type " + typeName + " not present", cause);
        this.typeName = typeName;
    }

    /** The missing type's name. */
    public String typeName() {
        return typeName;
    }
}
