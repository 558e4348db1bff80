package java.lang;

/**
 * The run-time representation of a class, interface, array type or primitive type (a "mirror").
 *
 * <p>The VM creates one mirror per class it loads, and one per primitive type and {@code void}; it stores
 * its own handle of the class in {@code vmClass}, which the natives below use to find it. Everything that
 * can be computed from the natives is computed here in Java. See NATIVES.md.
 */
public final class Class<T> implements java.io.Serializable, java.lang.reflect.GenericDeclaration,
        java.lang.reflect.Type {
    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_ANNOTATION = 0x2000;
    private static final int ACC_ENUM = 0x4000;
    private static final int ACC_SYNTHETIC = 0x1000;

    /** The VM's handle of the class, set by the VM when it creates the mirror; never touched by Java code. */
    private transient long vmClass;
    /** The binary name, cached by {@link #getName()}. */
    private transient String name;
    /** The enum constants, cached by {@link #enumConstantsShared()}. */
    private transient Object[] enumConstants;

    /** Only the VM creates mirrors. */
    private Class() {
    }

    // ---------------------------------------------------------------- natives

    /** Native: the binary name ({@code java.lang.String}, {@code [I}, {@code [Ljava.lang.Object;}, {@code int}). */
    private native String initClassName();

    /** Native: the direct superclass; null for Object, interfaces, primitive types and void. */
    public native Class<? super T> getSuperclass();

    /** Native: the directly implemented interfaces, in declaration order (Cloneable and Serializable for arrays). */
    public native Class<?>[] getInterfaces();

    /** Native: whether {@code obj} is an instance of this class (false for null). */
    public native boolean isInstance(Object obj);

    /** Native: whether a value of type {@code cls} can be assigned to this type (identity or widening reference). */
    public native boolean isAssignableFrom(Class<?> cls);

    /** Native: whether this is an interface (including an annotation interface). */
    public native boolean isInterface();

    /** Native: whether this is an array class. */
    public native boolean isArray();

    /** Native: whether this is a primitive type or void. */
    public native boolean isPrimitive();

    /** Native: the component type of an array class; null for any other class. */
    public native Class<?> getComponentType();

    /**
     * Native: the Java language modifiers (the class's access flags, or for a nested class the flags of its
     * InnerClasses entry; arrays and primitives: public/private/protected of the component, plus final and
     * abstract, as HotSpot does).
     */
    public native int getModifiers();

    /**
     * Native: for a nested class the simple name in its InnerClasses entry, {@code ""} for an anonymous class,
     * and null for a top-level class, an array or a primitive type.
     */
    private native String simpleName0();

    /** Native: the class that declares this member class (from InnerClasses), or null. */
    private native Class<?> getDeclaringClass0();

    /**
     * Native: loads (and if {@code initialize}, initializes) the class of binary name {@code name} through the
     * loader of {@code caller} (the application loader, which delegates to the boot loader, when caller is
     * null); returns null when it is not found. Array names ({@code [Ljava.lang.String;}) are accepted.
     */
    private static native Class<?> forName0(String name, boolean initialize, Class<?> caller);

    /** Native: the mirror of a primitive type or void, by its name ({@code "int"}, {@code "void"}). */
    static native Class<?> getPrimitiveClass(String name);

    /** Native: whether assertions are enabled for this class ({@code -ea}/{@code -da}); false by default. */
    private static native boolean desiredAssertionStatus0(Class<?> cls);

    /**
     * Native: initializes the class and returns what its {@code public static T[] values()} method returns,
     * or null if it has none. Used for enum classes only.
     */
    private native Object[] invokeValues();

    // ---------------------------------------------------------------- names

    /** The binary name: {@code java.lang.String}, {@code Outer$Inner}, {@code [I}, {@code int}. */
    public String getName() {
        String n = name;
        if (n == null) {
            n = initClassName();
            name = n;
        }
        return n;
    }

    /** The name as written in source: {@code Inner}, {@code String[]}, {@code ""} for an anonymous class. */
    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String simple = simpleName0();
        if (simple != null) {
            return simple;
        }
        String n = getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    /** The name used in type descriptions: {@code java.lang.String[]} for arrays, else {@link #getName()}. */
    public String getTypeName() {
        if (isArray()) {
            StringBuilder sb = new StringBuilder();
            Class<?> c = this;
            int dims = 0;
            while (c.isArray()) {
                dims++;
                c = c.getComponentType();
            }
            sb.append(c.getName());
            for (int i = 0; i < dims; i++) {
                sb.append("[]");
            }
            return sb.toString();
        }
        return getName();
    }

    /**
     * The canonical name ({@code java.util.Map.Entry}, {@code int[]}), or null for local and anonymous classes
     * and arrays of them.
     */
    public String getCanonicalName() {
        if (isArray()) {
            String component = getComponentType().getCanonicalName();
            return component == null ? null : component + "[]";
        }
        String simple = simpleName0();
        if (simple == null) {
            return getName();
        }
        Class<?> outer = getDeclaringClass0();
        if (outer == null || simple.isEmpty()) {
            return null;
        }
        String outerName = outer.getCanonicalName();
        return outerName == null ? null : outerName + "." + simple;
    }

    /** The package name: {@code java.lang} for String, {@code ""} for the unnamed package and primitives. */
    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        String n = c.getName();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    /** {@code class X}, {@code interface X}, or the bare name of a primitive type. */
    public String toString() {
        if (isPrimitive()) {
            return getName();
        }
        return (isInterface() ? "interface " : "class ") + getName();
    }

    // ---------------------------------------------------------------- kinds

    /** Whether this is an annotation interface. */
    public boolean isAnnotation() {
        return (getModifiers() & ACC_ANNOTATION) != 0;
    }

    /** Whether the compiler generated this class. */
    public boolean isSynthetic() {
        return (getModifiers() & ACC_SYNTHETIC) != 0;
    }

    /** Whether this class was declared as an enum (not an enum constant's body class). */
    public boolean isEnum() {
        return (getModifiers() & ACC_ENUM) != 0 && getSuperclass() == Enum.class;
    }

    /** Whether this class was declared as a record. */
    public boolean isRecord() {
        return getSuperclass() == Record.class && (getModifiers() & 0x0010) != 0;
    }

    /** Whether this is an anonymous class. */
    public boolean isAnonymousClass() {
        return !isArray() && "".equals(simpleName0());
    }

    /** Whether this is a member class (a named class declared in another class). */
    public boolean isMemberClass() {
        return !isArray() && simpleName0() != null && getDeclaringClass0() != null;
    }

    /** Whether this is a local class. */
    public boolean isLocalClass() {
        String simple = isArray() ? null : simpleName0();
        return simple != null && !simple.isEmpty() && getDeclaringClass0() == null;
    }

    /** The class declaring this member class, or null. */
    public Class<?> getDeclaringClass() {
        return getDeclaringClass0();
    }

    /** The class that encloses this one: the declaring class of a member class, the class of the enclosing
     * method or initializer of a local or anonymous class; null for a top-level class. */
    public Class<?> getEnclosingClass() {
        return getEnclosingClass0();
    }

    private native Class<?> getEnclosingClass0();

    /** The method a local or anonymous class is declared in (null in a constructor, an initializer or elsewhere). */
    public java.lang.reflect.Method getEnclosingMethod() {
        return (java.lang.reflect.Method) enclosingMember(false);
    }

    /** The constructor a local or anonymous class is declared in, or null. */
    public java.lang.reflect.Constructor<?> getEnclosingConstructor() {
        return (java.lang.reflect.Constructor<?>) enclosingMember(true);
    }

    /** The enclosing method ({@code constructor} false) or constructor named by the EnclosingMethod attribute. */
    private java.lang.reflect.Executable enclosingMember(boolean constructor) {
        String nd = enclosingMethod0();
        if (nd == null) {
            return null;
        }
        int space = nd.indexOf(' ');
        String name = nd.substring(0, space);
        if (name.equals("<init>") != constructor || name.equals("<clinit>")) {
            return null;
        }
        java.lang.reflect.Executable e = java.lang.reflect.Members.declaredMember(getEnclosingClass(), name,
                nd.substring(space + 1));
        if (e == null) {
            throw new InternalError("Enclosing " + (constructor ? "constructor" : "method") + " not found");
        }
        return e;
    }

    /** {@code "name descriptor"} from this class's EnclosingMethod attribute, or null. */
    private native String enclosingMethod0();

    /** The component type of an array class, or null (Java 12's name for getComponentType). */
    public Class<?> componentType() {
        return getComponentType();
    }

    /** The class of arrays of this type. */
    @SuppressWarnings("unchecked")
    public Class<?> arrayType() {
        return java.lang.reflect.Array.newInstance(this, 0).getClass();
    }

    /** Whether assertions are enabled for this class. */
    public boolean desiredAssertionStatus() {
        return desiredAssertionStatus0(this);
    }

    // ---------------------------------------------------------------- enums and casts

    /** The enum constants in declaration order (a fresh array), or null if this is not an enum class. */
    @SuppressWarnings("unchecked")
    public T[] getEnumConstants() {
        Object[] constants = enumConstantsShared();
        return constants == null ? null : (T[]) constants.clone();
    }

    /** The enum constants, shared and not to be modified; null if this is not an enum class. */
    Object[] enumConstantsShared() {
        Object[] constants = enumConstants;
        if (constants == null) {
            if (!isEnum()) {
                return null;
            }
            constants = invokeValues();
            enumConstants = constants;
        }
        return constants;
    }

    /** {@code obj} cast to this class; throws ClassCastException {@code Cannot cast A to B} if it is not one. */
    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + getName());
        }
        return (T) obj;
    }

    /** This class as a subclass of {@code clazz}; throws ClassCastException if it is not one. */
    @SuppressWarnings("unchecked")
    public <U> Class<? extends U> asSubclass(Class<U> clazz) {
        if (clazz.isAssignableFrom(this)) {
            return (Class<? extends U>) this;
        }
        throw new ClassCastException(this.toString());
    }

    // ---------------------------------------------------------------- reflection (see java.lang.reflect.Members)

    /** The type variables this class declares. */
    public java.lang.reflect.TypeVariable<Class<T>>[] getTypeParameters() {
        return java.lang.reflect.Members.typeParameters(this);
    }

    /** The direct superclass with its generic arguments. */
    public java.lang.reflect.Type getGenericSuperclass() {
        return java.lang.reflect.Members.genericSuperclass(this);
    }

    /** The direct superinterfaces with their generic arguments. */
    public java.lang.reflect.Type[] getGenericInterfaces() {
        return java.lang.reflect.Members.genericInterfaces(this);
    }

    /** The member classes and interfaces this class declares, whatever their access. */
    public Class<?>[] getDeclaredClasses() {
        return java.lang.reflect.Members.declaredClasses(this);
    }

    /** The public member classes and interfaces of this class and its superclasses. */
    public Class<?>[] getClasses() {
        return java.lang.reflect.Members.classes(this);
    }

    /** The components of a record class in declaration order; null if this is not a record class. */
    public java.lang.reflect.RecordComponent[] getRecordComponents() {
        return java.lang.reflect.Members.recordComponents(this);
    }

    /** The public methods of this class, its superclasses and superinterfaces. */
    public java.lang.reflect.Method[] getMethods() {
        return java.lang.reflect.Members.methods(this);
    }

    /** The methods this class declares, whatever their access (not constructors or initializers). */
    public java.lang.reflect.Method[] getDeclaredMethods() {
        return java.lang.reflect.Members.declaredMethods(this, false);
    }

    /** The public method of that name and parameter types, declared here or inherited. */
    public java.lang.reflect.Method getMethod(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
        return java.lang.reflect.Members.method(this, name, parameterTypes, false);
    }

    /** The method of that name and parameter types that this class declares. */
    public java.lang.reflect.Method getDeclaredMethod(String name, Class<?>... parameterTypes)
            throws NoSuchMethodException {
        return java.lang.reflect.Members.method(this, name, parameterTypes, true);
    }

    /** The public constructors of this class. */
    public java.lang.reflect.Constructor<?>[] getConstructors() {
        return java.lang.reflect.Members.constructors(this, true);
    }

    /** Every constructor this class declares. */
    public java.lang.reflect.Constructor<?>[] getDeclaredConstructors() {
        return java.lang.reflect.Members.constructors(this, false);
    }

    /** The public constructor with those parameter types. */
    public java.lang.reflect.Constructor<T> getConstructor(Class<?>... parameterTypes) throws NoSuchMethodException {
        return java.lang.reflect.Members.constructor(this, parameterTypes, false);
    }

    /** The constructor with those parameter types, whatever its access. */
    public java.lang.reflect.Constructor<T> getDeclaredConstructor(Class<?>... parameterTypes)
            throws NoSuchMethodException {
        return java.lang.reflect.Members.constructor(this, parameterTypes, true);
    }

    /** The public fields of this class, its superinterfaces and superclasses. */
    public java.lang.reflect.Field[] getFields() {
        return java.lang.reflect.Members.fields(this);
    }

    /** The fields this class declares, whatever their access. */
    public java.lang.reflect.Field[] getDeclaredFields() {
        return java.lang.reflect.Members.declaredFields(this, false);
    }

    /** The public field of that name, declared here or inherited. */
    public java.lang.reflect.Field getField(String name) throws NoSuchFieldException {
        return java.lang.reflect.Members.field(this, name, false);
    }

    /** The field of that name that this class declares. */
    public java.lang.reflect.Field getDeclaredField(String name) throws NoSuchFieldException {
        return java.lang.reflect.Members.field(this, name, true);
    }

    /** A new instance made by the no-argument constructor; its exceptions propagate unwrapped. */
    @Deprecated(since = "9")
    public T newInstance() throws InstantiationException, IllegalAccessException {
        try {
            java.lang.reflect.Constructor<T> c = getDeclaredConstructor();
            c.setAccessible(true);
            return c.newInstance();
        } catch (NoSuchMethodException e) {
            throw new InstantiationException(getName());
        } catch (java.lang.reflect.InvocationTargetException e) {
            Throwable t = e.getCause();
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            if (t instanceof Error) {
                throw (Error) t;
            }
            throw new RuntimeException(t);
        }
    }

    /** Whether a runtime-visible annotation of that type is on this class (or inherited through {@code @Inherited}). */
    public boolean isAnnotationPresent(Class<? extends java.lang.annotation.Annotation> annotationClass) {
        if (java.lang.reflect.Members.annotationPresent(this, 0, 0, annotationClass)) {
            return true;
        }
        return getAnnotation(annotationClass) != null;
    }

    /** The annotation of that type on this class (or inherited through {@code @Inherited}), or null. */
    public <A extends java.lang.annotation.Annotation> A getAnnotation(Class<A> annotationClass) {
        if (annotationClass == null) {
            throw new NullPointerException();
        }
        for (java.lang.annotation.Annotation a : getAnnotations()) {
            if (a.annotationType() == annotationClass) {
                return annotationClass.cast(a);
            }
        }
        return null;
    }

    /**
     * The runtime-visible annotations on this class: those its superclasses carry whose type is
     * {@code @Inherited} (first, as HotSpot lists them), then its own.
     */
    public java.lang.annotation.Annotation[] getAnnotations() {
        java.lang.annotation.Annotation[] own = java.lang.reflect.Members.annotations(this, 0, 0);
        Class<?> s = getSuperclass();
        if (s == null || isInterface()) {
            return own;
        }
        java.util.LinkedHashMap<Class<?>, java.lang.annotation.Annotation> all = new java.util.LinkedHashMap<>();
        for (java.lang.annotation.Annotation a : s.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(java.lang.annotation.Inherited.class)) {
                all.put(a.annotationType(), a);
            }
        }
        if (all.isEmpty()) {
            return own;
        }
        for (java.lang.annotation.Annotation a : own) {
            all.put(a.annotationType(), a);
        }
        return all.values().toArray(new java.lang.annotation.Annotation[0]);
    }

    /** The runtime-visible annotations directly on this class. */
    public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
        return java.lang.reflect.Members.annotations(this, 0, 0);
    }

    /** Native: the bytes of the class path resource {@code name} ({@code p/data.txt}), or null if none. */
    private native byte[] resource0(String name);

    /**
     * The resource {@code name} on the class path as a stream, or null: a name starting with {@code /} is
     * absolute, any other is relative to this class's package.
     */
    public java.io.InputStream getResourceAsStream(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        String path;
        if (name.startsWith("/")) {
            path = name.substring(1);
        } else {
            String pkg = getPackageName();
            path = pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name;
        }
        final byte[] bytes = resource0(path);
        if (bytes == null) {
            return null;
        }
        return new java.io.InputStream() {
            private int pos;

            @Override
            public int read() {
                return pos < bytes.length ? bytes[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (off < 0 || len < 0 || len > b.length - off) {
                    throw new IndexOutOfBoundsException();
                }
                if (len == 0) {
                    return 0;
                }
                if (pos >= bytes.length) {
                    return -1;
                }
                int n = Math.min(len, bytes.length - pos);
                System.arraycopy(bytes, pos, b, off, n);
                pos += n;
                return n;
            }

            @Override
            public int available() {
                return bytes.length - pos;
            }
        };
    }

    // ---------------------------------------------------------------- loading

    /** Loads and initializes the class named {@code className}, or throws ClassNotFoundException. */
    public static Class<?> forName(String className) throws ClassNotFoundException {
        return forName(className, true);
    }

    private static Class<?> forName(String className, boolean initialize) throws ClassNotFoundException {
        if (className == null) {
            throw new NullPointerException();
        }
        Class<?> c = forName0(className, initialize, null);
        if (c == null) {
            throw new ClassNotFoundException(className);
        }
        return c;
    }
}
