package java.lang.reflect;

/** Creating arrays of a class known only at run time, and reading their length. */
public final class Array {
    private Array() {
    }

    /**
     * Native: a new array of {@code length} elements of type {@code componentType} (NegativeArraySizeException
     * if negative, IllegalArgumentException for void, NullPointerException for null).
     */
    private static native Object newArray(Class<?> componentType, int length) throws NegativeArraySizeException;

    /** Native: the length of {@code array} (IllegalArgumentException "Argument is not an array" otherwise). */
    public static native int getLength(Object array) throws IllegalArgumentException;

    /** A new array of {@code length} elements of type {@code componentType}. */
    public static Object newInstance(Class<?> componentType, int length) throws NegativeArraySizeException {
        return newArray(componentType, length);
    }

    /** A new multi-dimensional array with the given dimensions. */
    public static Object newInstance(Class<?> componentType, int... dimensions) {
        if (dimensions.length == 0) {
            throw new IllegalArgumentException("Empty dimensions array");
        }
        return build(componentType, dimensions, 0);
    }

    private static Object build(Class<?> componentType, int[] dims, int at) {
        if (at == dims.length - 1) {
            return newArray(componentType, dims[at]);
        }
        Class<?> type = componentType;
        for (int i = at + 1; i < dims.length; i++) {
            type = newArray(type, 0).getClass();
        }
        Object[] outer = (Object[]) newArray(type, dims[at]);
        for (int i = 0; i < outer.length; i++) {
            outer[i] = build(componentType, dims, at + 1);
        }
        return outer;
    }

    /** The element at {@code index}, boxed if primitive. */
    public static Object get(Object array, int index) {
        if (array instanceof Object[]) {
            return ((Object[]) array)[index];
        } else if (array instanceof int[]) {
            return ((int[]) array)[index];
        } else if (array instanceof long[]) {
            return ((long[]) array)[index];
        } else if (array instanceof double[]) {
            return ((double[]) array)[index];
        } else if (array instanceof float[]) {
            return ((float[]) array)[index];
        } else if (array instanceof char[]) {
            return ((char[]) array)[index];
        } else if (array instanceof byte[]) {
            return ((byte[]) array)[index];
        } else if (array instanceof short[]) {
            return ((short[]) array)[index];
        } else if (array instanceof boolean[]) {
            return ((boolean[]) array)[index];
        }
        throw notAnArray(array);
    }

    /** Stores {@code value} (unboxed if the array is primitive) at {@code index}. */
    public static void set(Object array, int index, Object value) {
        if (array instanceof Object[]) {
            Object[] a = (Object[]) array;
            if (value != null && !a.getClass().getComponentType().isInstance(value)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            a[index] = value;
        } else if (array instanceof int[] && value instanceof Integer) {
            ((int[]) array)[index] = (Integer) value;
        } else if (array instanceof long[] && value instanceof Long) {
            ((long[]) array)[index] = (Long) value;
        } else if (array instanceof double[] && value instanceof Double) {
            ((double[]) array)[index] = (Double) value;
        } else if (array instanceof float[] && value instanceof Float) {
            ((float[]) array)[index] = (Float) value;
        } else if (array instanceof char[] && value instanceof Character) {
            ((char[]) array)[index] = (Character) value;
        } else if (array instanceof byte[] && value instanceof Byte) {
            ((byte[]) array)[index] = (Byte) value;
        } else if (array instanceof short[] && value instanceof Short) {
            ((short[]) array)[index] = (Short) value;
        } else if (array instanceof boolean[] && value instanceof Boolean) {
            ((boolean[]) array)[index] = (Boolean) value;
        } else if (array == null) {
            throw new NullPointerException();
        } else if (!array.getClass().isArray()) {
            throw notAnArray(array);
        } else {
            throw new IllegalArgumentException("argument type mismatch");
        }
    }

    private static RuntimeException notAnArray(Object array) {
        if (array == null) {
            return new NullPointerException();
        }
        return new IllegalArgumentException("Argument is not an array");
    }
}
