package java.lang.reflect;

/** A constructor of a class, found by reflection, that can create instances. */
public final class Constructor<T> extends Executable {
    Constructor(Class<T> clazz, int slot, int modifiers, String descriptor, Class<?>[] parameterTypes,
            Class<?>[] exceptionTypes) {
        super(clazz, slot, "<init>", modifiers, descriptor, parameterTypes, void.class, exceptionTypes);
    }

    /** The binary name of the declaring class. */
    @Override
    public String getName() {
        return clazz.getName();
    }

    /** The class this constructor belongs to. */
    @Override
    @SuppressWarnings("unchecked")
    public Class<T> getDeclaringClass() {
        return (Class<T>) clazz;
    }

    /**
     * A new instance built by this constructor with {@code initargs} (unboxed and widened as for
     * {@link Method#invoke}). InstantiationException for an abstract class; exceptions the constructor throws
     * arrive wrapped in {@link InvocationTargetException}.
     */
    @SuppressWarnings("unchecked")
    public T newInstance(Object... initargs) throws InstantiationException, IllegalAccessException,
            InvocationTargetException {
        if (Modifier.isAbstract(clazz.getModifiers())) {
            throw new InstantiationException();
        }
        if (!override) {
            Members.checkAccess(Members.callerClass0(), clazz, modifiers);
        }
        int given = initargs == null ? 0 : initargs.length;
        if (given != parameterTypes.length) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        Object obj = allocate0(clazz);
        call(obj, initargs, false, void.class, false);
        return (T) obj;
    }

    /** Equal to a constructor of the same class with the same parameter types. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Constructor && ((Constructor<?>) obj).clazz == clazz
                && ((Constructor<?>) obj).descriptor.equals(descriptor);
    }

    @Override
    public int hashCode() {
        return clazz.getName().hashCode();
    }

    /** HotSpot's format: {@code public Foo(int,java.lang.String)}. */
    @Override
    public String toString() {
        return describe(clazz.getTypeName(), Modifier.constructorModifiers(), false);
    }
}
