package java.lang.reflect;

/** A component of a record class: its name, type and accessor method. */
public final class RecordComponent {
    private final Class<?> clazz;
    private final String name;
    private final Class<?> type;
    private final Method accessor;

    RecordComponent(Class<?> clazz, String name, Class<?> type, Method accessor) {
        this.clazz = clazz;
        this.name = name;
        this.type = type;
        this.accessor = accessor;
    }

    /** The component's name. */
    public String getName() {
        return name;
    }

    /** The component's declared type. */
    public Class<?> getType() {
        return type;
    }

    /** The method that reads the component. */
    public Method getAccessor() {
        return accessor;
    }

    /** The record class that declares this component. */
    public Class<?> getDeclaringRecord() {
        return clazz;
    }

    /** {@code int x}: the type name and the component name. */
    @Override
    public String toString() {
        return type.getTypeName() + " " + name;
    }
}
