package java.lang.reflect;

import java.lang.annotation.Annotation;

/**
 * What methods and constructors share: the declaring class, the member's index among the VM class's methods
 * (how the natives find it), the parameter, return and exception types, and invocation.
 */
public abstract class Executable extends AccessibleObject implements Member, GenericDeclaration {
    final Class<?> clazz;
    final int slot;
    final String name;
    final int modifiers;
    final String descriptor;
    final Class<?>[] parameterTypes;
    final Class<?> returnType;
    final Class<?>[] exceptionTypes;

    Executable(Class<?> clazz, int slot, String name, int modifiers, String descriptor, Class<?>[] parameterTypes,
            Class<?> returnType, Class<?>[] exceptionTypes) {
        this.clazz = clazz;
        this.slot = slot;
        this.name = name;
        this.modifiers = modifiers;
        this.descriptor = descriptor;
        this.parameterTypes = parameterTypes;
        this.returnType = returnType;
        this.exceptionTypes = exceptionTypes;
    }

    /**
     * Native: runs method {@code slot} of {@code clazz} on {@code receiver} (ignored for static methods) with the
     * arguments already converted to the parameter types: primitives as raw bits in {@code prims}, references in
     * {@code refs}; dispatches virtually if {@code virtual}. Returns a reference result (null for void).
     */
    static native Object invokeRef0(Class<?> clazz, int slot, Object receiver, long[] prims, Object[] refs, boolean virtual);

    /** Native: as {@link #invokeRef0} for a primitive result, returned as raw bits (ints sign-extended). */
    static native long invokePrim0(Class<?> clazz, int slot, Object receiver, long[] prims, Object[] refs, boolean virtual);

    /** Native: initializes {@code clazz} (its initialization errors propagate unwrapped). */
    static native void initialize0(Class<?> clazz);

    /** Native: initializes {@code clazz} and allocates an instance with every field at its default value. */
    static native Object allocate0(Class<?> clazz);

    /** The class that declares this method or constructor. */
    public Class<?> getDeclaringClass() {
        return clazz;
    }

    /** The name (the class's binary name for a constructor). */
    public abstract String getName();

    /** The Java language modifiers. */
    public int getModifiers() {
        return modifiers;
    }

    /** The formal parameter types, in declaration order (a fresh array). */
    public Class<?>[] getParameterTypes() {
        return parameterTypes.clone();
    }

    /** The number of formal parameters. */
    public int getParameterCount() {
        return parameterTypes.length;
    }

    /** The parameters ({@code arg0}, {@code arg1}... as the class file carries no names here). */
    public Parameter[] getParameters() {
        Parameter[] result = new Parameter[parameterTypes.length];
        for (int i = 0; i < result.length; i++) {
            result[i] = new Parameter("arg" + i, 0, this, i);
        }
        return result;
    }

    private Object[] generic() {
        return Signatures.methodTypes(this);
    }

    /** The type variables the method or constructor declares. */
    public TypeVariable<?>[] getTypeParameters() {
        Object[] g = generic();
        return g == null ? new TypeVariable<?>[0] : (TypeVariable<?>[]) g[0];
    }

    /** The parameter types with their generic arguments. */
    public Type[] getGenericParameterTypes() {
        Object[] g = generic();
        return g == null ? getParameterTypes() : (Type[]) g[1];
    }

    /** The exception types with their generic arguments. */
    public Type[] getGenericExceptionTypes() {
        Object[] g = generic();
        return g == null || ((Type[]) g[3]).length == 0 ? getExceptionTypes() : (Type[]) g[3];
    }

    Type genericReturn() {
        Object[] g = generic();
        return g == null ? returnType : ((Type[]) g[2])[0];
    }

    /** The checked exceptions in the {@code throws} clause (a fresh array). */
    public Class<?>[] getExceptionTypes() {
        return exceptionTypes.clone();
    }

    /** Whether the last parameter was declared as varargs. */
    public boolean isVarArgs() {
        return (modifiers & Modifier.VARARGS) != 0;
    }

    /** Whether the compiler introduced this member. */
    public boolean isSynthetic() {
        return (modifiers & Modifier.SYNTHETIC) != 0;
    }

    /** The annotation of that type on this member, or null; see {@link Members#annotation}. */
    @Override
    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        return Members.annotation(clazz, 2, slot, annotationClass);
    }

    /** Whether an annotation of that type is on this member. */
    @Override
    public boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return Members.annotationPresent(clazz, 2, slot, annotationClass);
    }

    /** The annotations on this member (see {@link Members#annotations}). */
    @Override
    public Annotation[] getDeclaredAnnotations() {
        return Members.annotations(clazz, 2, slot);
    }

    /** The modifiers, parameter list and throws clause in HotSpot's {@code toString} format. */
    String describe(String prefixTypeAndName, int mask, boolean isDefault) {
        StringBuilder sb = new StringBuilder();
        String mods = Modifier.toString(modifiers & mask);
        if (!mods.isEmpty()) {
            sb.append(mods).append(' ');
        }
        if (isDefault) {
            sb.append("default ");
        }
        sb.append(prefixTypeAndName).append('(');
        for (int i = 0; i < parameterTypes.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(parameterTypes[i].getTypeName());
        }
        sb.append(')');
        for (int i = 0; i < exceptionTypes.length; i++) {
            sb.append(i == 0 ? " throws " : ",").append(exceptionTypes[i].getTypeName());
        }
        return sb.toString();
    }

    /** Checks access, the receiver and the arguments, then runs the member; the result is boxed. */
    Object call(Object receiver, Object[] args, boolean virtual, Class<?> resultType, boolean check)
            throws IllegalAccessException, InvocationTargetException {
        if (check) {
            Members.checkAccess(Members.callerClass0(), clazz, modifiers);
        }
        int n = parameterTypes.length;
        int given = args == null ? 0 : args.length;
        if (given != n) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        long[] prims = new long[n];
        Object[] refs = new Object[n];
        for (int i = 0; i < n; i++) {
            Class<?> p = parameterTypes[i];
            Object a = args[i];
            if (p.isPrimitive()) {
                prims[i] = Members.unbox(a, p, "argument type mismatch");
            } else if (a != null && !p.isInstance(a)) {
                throw new IllegalArgumentException("argument type mismatch");
            } else {
                refs[i] = a;
            }
        }
        if (Modifier.isStatic(modifiers)) {
            initialize0(clazz);
        }
        try {
            if (!resultType.isPrimitive()) {
                return invokeRef0(clazz, slot, receiver, prims, refs, virtual);
            }
            long bits = invokePrim0(clazz, slot, receiver, prims, refs, virtual);
            return resultType == void.class ? null : Members.box(bits, resultType);
        } catch (Throwable t) {
            throw new InvocationTargetException(t);
        }
    }
}
