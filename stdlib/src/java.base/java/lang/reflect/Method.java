package java.lang.reflect;

/** A method of a class or interface, found by reflection, that can be invoked. */
public final class Method extends Executable {
    Method(Class<?> clazz, int slot, String name, int modifiers, String descriptor, Class<?>[] parameterTypes,
            Class<?> returnType, Class<?>[] exceptionTypes) {
        super(clazz, slot, name, modifiers, descriptor, parameterTypes, returnType, exceptionTypes);
    }

    /** The method's name. */
    @Override
    public String getName() {
        return name;
    }

    /** The declared return type ({@code void.class} for none). */
    public Class<?> getReturnType() {
        return returnType;
    }

    /** The default value of an annotation interface's element, boxed; null if none or not an element. */
    public Object getDefaultValue() {
        return Members.defaultValue(this);
    }

    /** The return type with its generic arguments. */
    public Type getGenericReturnType() {
        return genericReturn();
    }

    /** Whether this is a bridge method the compiler generated. */
    public boolean isBridge() {
        return (modifiers & Modifier.BRIDGE) != 0;
    }

    /** Whether this is a default method of an interface. */
    public boolean isDefault() {
        return (modifiers & (Modifier.ABSTRACT | Modifier.PUBLIC | Modifier.STATIC)) == Modifier.PUBLIC
                && clazz.isInterface();
    }

    /**
     * Invokes the method on {@code obj} (ignored, may be null, for a static method) with {@code args}, unboxing
     * and widening primitive arguments and boxing a primitive result; instance methods dispatch on the
     * receiver's class. Exceptions the method throws arrive wrapped in {@link InvocationTargetException}.
     */
    public Object invoke(Object obj, Object... args) throws IllegalAccessException, InvocationTargetException {
        boolean isStatic = Modifier.isStatic(modifiers);
        if (!isStatic) {
            if (obj == null) {
                throw new NullPointerException();
            }
            if (!clazz.isInstance(obj)) {
                throw new IllegalArgumentException("object is not an instance of declaring class");
            }
        }
        return call(isStatic ? null : obj, args, !isStatic && !Modifier.isPrivate(modifiers), returnType, !override);
    }

    /** Equal to a method of the same class, name, parameter types and return type. */
    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Method)) {
            return false;
        }
        Method other = (Method) obj;
        return clazz == other.clazz && name.equals(other.name) && descriptor.equals(other.descriptor);
    }

    @Override
    public int hashCode() {
        return clazz.getName().hashCode() ^ name.hashCode();
    }

    /** HotSpot's format: {@code public static void Foo.main(java.lang.String[]) throws java.io.IOException}. */
    @Override
    public String toString() {
        return describe(returnType.getTypeName() + " " + clazz.getTypeName() + "." + name,
                Modifier.methodModifiers(), isDefault());
    }
}
