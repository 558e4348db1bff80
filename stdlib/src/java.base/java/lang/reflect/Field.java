package java.lang.reflect;

import java.lang.annotation.Annotation;

/**
 * A field of a class or interface, found by reflection, whose value can be read and written. The natives
 * find it by the declaring class and its index among the VM class's fields.
 */
public final class Field extends AccessibleObject implements Member {
    private final Class<?> clazz;
    private final int slot;
    private final String name;
    private final Class<?> type;
    private final int modifiers;

    Field(Class<?> clazz, int slot, String name, Class<?> type, int modifiers) {
        this.clazz = clazz;
        this.slot = slot;
        this.name = name;
        this.type = type;
        this.modifiers = modifiers;
    }

    /** Native: a reference field's value ({@code obj} ignored for a static field, whose class is initialized). */
    private static native Object getRef0(Class<?> clazz, int slot, Object obj);

    /** Native: a primitive field's value as raw bits (ints sign-extended, floats and doubles as IEEE bits). */
    private static native long getPrim0(Class<?> clazz, int slot, Object obj);

    /** Native: stores a reference (already checked against the field's type). */
    private static native void setRef0(Class<?> clazz, int slot, Object obj, Object value);

    /** Native: stores a primitive given as raw bits of the field's own type. */
    private static native void setPrim0(Class<?> clazz, int slot, Object obj, long bits);

    /** The class that declares this field. */
    public Class<?> getDeclaringClass() {
        return clazz;
    }

    /** The field's name. */
    public String getName() {
        return name;
    }

    /** The Java language modifiers. */
    public int getModifiers() {
        return modifiers;
    }

    /** The declared type. */
    public Class<?> getType() {
        return type;
    }

    /** The declared type with its generic arguments. */
    public Type getGenericType() {
        Type t = Signatures.fieldType(clazz, slot);
        return t == null ? type : t;
    }

    /** Whether this field holds an enum constant. */
    public boolean isEnumConstant() {
        return (modifiers & Modifier.ENUM) != 0;
    }

    /** Whether the compiler introduced this field. */
    public boolean isSynthetic() {
        return (modifiers & Modifier.SYNTHETIC) != 0;
    }

    /** Equal to the field of the same class, name and type. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Field && ((Field) obj).clazz == clazz && ((Field) obj).name.equals(name)
                && ((Field) obj).type == type;
    }

    @Override
    public int hashCode() {
        return clazz.getName().hashCode() ^ name.hashCode();
    }

    /** HotSpot's format: {@code private static final int Foo.COUNT}. */
    @Override
    public String toString() {
        String mods = Modifier.toString(modifiers & Modifier.fieldModifiers());
        return (mods.isEmpty() ? "" : mods + " ") + type.getTypeName() + " " + clazz.getTypeName() + "." + name;
    }

    /** The annotation of that type on this field, or null; see {@link Members#annotation}. */
    @Override
    public <T extends Annotation> T getAnnotation(Class<T> annotationClass) {
        return Members.annotation(clazz, 1, slot, annotationClass);
    }

    /** Whether an annotation of that type is on this field. */
    @Override
    public boolean isAnnotationPresent(Class<? extends Annotation> annotationClass) {
        return Members.annotationPresent(clazz, 1, slot, annotationClass);
    }

    /** The annotations on this field (see {@link Members#annotations}). */
    @Override
    public Annotation[] getDeclaredAnnotations() {
        return Members.annotations(clazz, 1, slot);
    }

    // ---------------------------------------------------------------- reading

    private Object target(Object obj) throws IllegalAccessException {
        if (!override) {
            Members.checkAccess(Members.callerClass0(), clazz, modifiers);
        }
        if (Modifier.isStatic(modifiers)) {
            return null;
        }
        if (obj == null) {
            throw new NullPointerException();
        }
        if (!clazz.isInstance(obj)) {
            throw new IllegalArgumentException(setMessage(obj.getClass().getName(), ""));
        }
        return obj;
    }

    /** The value, boxed if the field is primitive. */
    public Object get(Object obj) throws IllegalAccessException {
        Object target = target(obj);
        if (!type.isPrimitive()) {
            return getRef0(clazz, slot, target);
        }
        return Members.box(getPrim0(clazz, slot, target), type);
    }

    private long getWidened(Object obj, Class<?> to) throws IllegalAccessException {
        Object target = target(obj);
        if (!type.isPrimitive() || !Members.widens(type, to)) {
            throw new IllegalArgumentException("Attempt to get " + type.getName() + " field \"" + clazz.getName()
                    + "." + name + "\" with illegal data type conversion to " + to.getName());
        }
        return Members.widen(getPrim0(clazz, slot, target), type, to);
    }

    /** The value of a {@code boolean} field. */
    public boolean getBoolean(Object obj) throws IllegalAccessException {
        return getWidened(obj, boolean.class) != 0;
    }

    /** The value of a {@code byte} field. */
    public byte getByte(Object obj) throws IllegalAccessException {
        return (byte) getWidened(obj, byte.class);
    }

    /** The value of a {@code char} field. */
    public char getChar(Object obj) throws IllegalAccessException {
        return (char) getWidened(obj, char.class);
    }

    /** The value of a {@code short} field, or of one that widens to short. */
    public short getShort(Object obj) throws IllegalAccessException {
        return (short) getWidened(obj, short.class);
    }

    /** The value of an {@code int} field, or of one that widens to int. */
    public int getInt(Object obj) throws IllegalAccessException {
        return (int) getWidened(obj, int.class);
    }

    /** The value of a {@code long} field, or of one that widens to long. */
    public long getLong(Object obj) throws IllegalAccessException {
        return getWidened(obj, long.class);
    }

    /** The value of a {@code float} field, or of one that widens to float. */
    public float getFloat(Object obj) throws IllegalAccessException {
        return Float.intBitsToFloat((int) getWidened(obj, float.class));
    }

    /** The value of a {@code double} field, or of one that widens to double. */
    public double getDouble(Object obj) throws IllegalAccessException {
        return Double.longBitsToDouble(getWidened(obj, double.class));
    }

    // ---------------------------------------------------------------- writing

    /** HotSpot's message for a value that cannot be stored here. */
    private String setMessage(String attemptedType, String attemptedValue) {
        StringBuilder sb = new StringBuilder("Can not set");
        if (Modifier.isStatic(modifiers)) {
            sb.append(" static");
        }
        if (Modifier.isFinal(modifiers)) {
            sb.append(" final");
        }
        sb.append(' ').append(type.getName()).append(" field ").append(clazz.getName()).append('.').append(name)
                .append(" to ");
        if (!attemptedValue.isEmpty()) {
            sb.append('(').append(attemptedType).append(')').append(attemptedValue);
        } else if (!attemptedType.isEmpty()) {
            sb.append(attemptedType);
        } else {
            sb.append("null value");
        }
        return sb.toString();
    }

    private Object setTarget(Object obj, String attemptedType, String attemptedValue) throws IllegalAccessException {
        Object target = target(obj);
        if (Modifier.isFinal(modifiers) && (!override || Modifier.isStatic(modifiers))) {
            throw new IllegalAccessException(setMessage(attemptedType, attemptedValue));
        }
        return target;
    }

    /** Stores {@code value}, unboxed and widened if the field is primitive. */
    public void set(Object obj, Object value) throws IllegalAccessException {
        Object target = setTarget(obj, value == null ? "" : value.getClass().getName(), "");
        if (!type.isPrimitive()) {
            if (value != null && !type.isInstance(value)) {
                throw new IllegalArgumentException(setMessage(value.getClass().getName(), ""));
            }
            setRef0(clazz, slot, target, value);
            return;
        }
        if (value == null) {
            throw new IllegalArgumentException(setMessage("", ""));
        }
        Class<?> from = Members.primitiveOf(value);
        if (from == null || !Members.widens(from, type)) {
            throw new IllegalArgumentException(setMessage(value.getClass().getName(), ""));
        }
        setPrim0(clazz, slot, target, Members.unbox(value, type, null));
    }

    private void setWidened(Object obj, Class<?> from, long bits, String shown) throws IllegalAccessException {
        Object target = setTarget(obj, from.getName(), shown);
        if (!type.isPrimitive() || !Members.widens(from, type)) {
            throw new IllegalArgumentException(setMessage(from.getName(), shown));
        }
        setPrim0(clazz, slot, target, Members.widen(bits, from, type));
    }

    /** Stores a boolean. */
    public void setBoolean(Object obj, boolean z) throws IllegalAccessException {
        setWidened(obj, boolean.class, z ? 1 : 0, String.valueOf(z));
    }

    /** Stores a byte, widened to the field's type. */
    public void setByte(Object obj, byte b) throws IllegalAccessException {
        setWidened(obj, byte.class, b, String.valueOf(b));
    }

    /** Stores a char, widened to the field's type. */
    public void setChar(Object obj, char c) throws IllegalAccessException {
        setWidened(obj, char.class, c, String.valueOf(c));
    }

    /** Stores a short, widened to the field's type. */
    public void setShort(Object obj, short s) throws IllegalAccessException {
        setWidened(obj, short.class, s, String.valueOf(s));
    }

    /** Stores an int, widened to the field's type. */
    public void setInt(Object obj, int i) throws IllegalAccessException {
        setWidened(obj, int.class, i, String.valueOf(i));
    }

    /** Stores a long, widened to the field's type. */
    public void setLong(Object obj, long l) throws IllegalAccessException {
        setWidened(obj, long.class, l, String.valueOf(l));
    }

    /** Stores a float, widened to the field's type. */
    public void setFloat(Object obj, float f) throws IllegalAccessException {
        setWidened(obj, float.class, Float.floatToRawIntBits(f), String.valueOf(f));
    }

    /** Stores a double. */
    public void setDouble(Object obj, double d) throws IllegalAccessException {
        setWidened(obj, double.class, Double.doubleToRawLongBits(d), String.valueOf(d));
    }
}
