package java.lang;

/** An enum constant named in an annotation or similar is not present in its enum class. */
@SuppressWarnings("rawtypes")
public class EnumConstantNotPresentException extends RuntimeException {
    private final Class<? extends Enum> enumType;
    private final String constantName;

    /** For the constant {@code constantName} missing from {@code enumType}. */
    public EnumConstantNotPresentException(Class<? extends Enum> enumType, String constantName) {
        super(enumType.getName() + "." + constantName);
        this.enumType = enumType;
        this.constantName = constantName;
    }

    /** The enum class. */
    public Class<? extends Enum> enumType() {
        return enumType;
    }

    /** The missing constant's name. */
    public String constantName() {
        return constantName;
    }
}
