package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.util.ArrayList;

/**
 * Cortado's bridge between {@code java.lang.Class} and the reflection objects (not part of the Java SE API):
 * builds {@link Method}, {@link Constructor} and {@link Field} objects from what the VM reports about a class,
 * implements the lookups {@code Class} exposes, Java language access checks, boxing and widening, and
 * annotation queries.
 *
 * <p>Annotations: instances are objects of a class the VM generates per annotation interface, extending
 * {@link AnnotationValues} (see there); {@code Class} adds {@code @Inherited} ones from superclasses.
 *
 * <p>Generic signatures are parsed by {@link Signatures}. Not supported yet: {@code toGenericString}, parameter and type annotations, {@code getAnnotationsByType} (repeatable containers
 * are not unpacked), parameter names from {@code MethodParameters} (parameters are {@code argN}), and
 * {@code getEnclosingMethod}. {@code getDeclaredMethods()} lists methods in class-file order, which HotSpot does
 * not (its order is unspecified).
 */
public final class Members {
    private Members() {
    }

    /**
     * Native: one line per declared field ({@code fields}) or method of {@code c}, in the class file's order:
     * {@code flags TAB name TAB descriptor TAB exceptions} (internal names separated by commas).
     */
    private static native String members0(Class<?> c, boolean fields);

    /**
     * Native: the descriptors of the runtime-visible annotations (one per line) of the class ({@code kind} 0),
     * its field {@code index} (1) or its method {@code index} (2).
     */
    private static native String annotations0(Class<?> c, int kind, int index);

    /** Native: the class a field descriptor names, loaded (not initialized) by {@code context}'s loader. */
    private static native Class<?> type0(Class<?> context, String descriptor);

    /** Native: the member classes {@code c} declares (InnerClasses rows naming it), internal names, one per line. */
    private static native String memberClasses0(Class<?> c);

    /** {@code Class.getDeclaredClasses}: every member class and interface, in the InnerClasses attribute's order. */
    public static Class<?>[] declaredClasses(Class<?> c) {
        String text = c.isArray() || c.isPrimitive() ? "" : memberClasses0(c);
        if (text.isEmpty()) {
            return new Class<?>[0];
        }
        String[] names = split(text.substring(0, text.length() - 1), '\n');
        Class<?>[] result = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            result[i] = type0(c, "L" + names[i] + ";");
        }
        return result;
    }

    /** {@code Class.getClasses}: the public member classes of {@code c} and of its superclasses. */
    public static Class<?>[] classes(Class<?> c) {
        ArrayList<Class<?>> result = new ArrayList<>();
        for (Class<?> s = c; s != null; s = s.getSuperclass()) {
            for (Class<?> m : declaredClasses(s)) {
                if (Modifier.isPublic(m.getModifiers())) {
                    result.add(m);
                }
            }
        }
        return result.toArray(new Class<?>[0]);
    }

    /** Native: the record components ({@code name TAB descriptor} per line), or null for a class that is no record. */
    private static native String recordComponents0(Class<?> c);

    /** {@code Class.getRecordComponents}: the components in declaration order, or null if not a record. */
    public static RecordComponent[] recordComponents(Class<?> c) {
        if (!c.isRecord()) {
            return null;
        }
        String text = recordComponents0(c);
        if (text == null) {
            return null;
        }
        if (text.isEmpty()) {
            return new RecordComponent[0];
        }
        String[] lines = split(text.substring(0, text.length() - 1), '\n');
        RecordComponent[] result = new RecordComponent[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String[] parts = split(lines[i], '\t');
            Method accessor = null;
            for (Method m : declaredMethods(c, false)) {
                if (m.name.equals(parts[0]) && m.parameterTypes.length == 0) {
                    accessor = m;
                }
            }
            result[i] = new RecordComponent(c, parts[0], type0(c, parts[1]), accessor);
        }
        return result;
    }

    /** Native: the Signature attribute of the class (kind 0), its field (1) or method (2) number {@code index}, or null. */
    private static native String signature0(Class<?> c, int kind, int index);

    static String signature(Class<?> c, int kind, int index) {
        return c.isArray() || c.isPrimitive() ? null : signature0(c, kind, index);
    }

    static Class<?> type(Class<?> context, String descriptor) {
        return type0(context, descriptor);
    }

    /** {@code Class.getTypeParameters}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> TypeVariable<Class<T>>[] typeParameters(Class<T> c) {
        return (TypeVariable[]) Signatures.classTypeParameters(c);
    }

    /** {@code Class.getGenericSuperclass}. */
    public static Type genericSuperclass(Class<?> c) {
        Class<?> s = c.getSuperclass();
        if (s == null) {
            return null;
        }
        Type[] t = Signatures.classSupertypes(c);
        return t == null ? s : t[0];
    }

    /** {@code Class.getGenericInterfaces}. */
    public static Type[] genericInterfaces(Class<?> c) {
        Type[] t = Signatures.classSupertypes(c);
        if (t == null) {
            return c.getInterfaces();
        }
        Type[] result = new Type[t.length - 1];
        System.arraycopy(t, 1, result, 0, result.length);
        return result;
    }

    /** Native: the class of the innermost frame whose class is not in {@code java.lang.reflect}. */
    static native Class<?> callerClass0();

    // ---------------------------------------------------------------- parsing

    private static String[] split(String s, char sep) {
        ArrayList<String> parts = new ArrayList<>();
        int start = 0;
        while (true) {
            int at = s.indexOf(sep, start);
            if (at < 0) {
                parts.add(s.substring(start));
                break;
            }
            parts.add(s.substring(start, at));
            start = at + 1;
        }
        return parts.toArray(new String[0]);
    }

    private static String[][] rows(Class<?> c, boolean fields) {
        String text = members0(c, fields);
        if (text.isEmpty()) {
            return new String[0][];
        }
        String[] lines = split(text.substring(0, text.length() - 1), '\n');
        String[][] rows = new String[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            rows[i] = split(lines[i], '\t');
        }
        return rows;
    }

    /** The end of the field descriptor starting at {@code at}. */
    private static int descriptorEnd(String d, int at) {
        while (d.charAt(at) == '[') {
            at++;
        }
        return d.charAt(at) == 'L' ? d.indexOf(';', at) + 1 : at + 1;
    }

    private static Class<?>[] parameterTypes(Class<?> c, String descriptor) {
        ArrayList<Class<?>> types = new ArrayList<>();
        int at = 1;
        while (descriptor.charAt(at) != ')') {
            int end = descriptorEnd(descriptor, at);
            types.add(type0(c, descriptor.substring(at, end)));
            at = end;
        }
        return types.toArray(new Class<?>[0]);
    }

    private static Class<?>[] exceptionTypes(Class<?> c, String list) {
        if (list.isEmpty()) {
            return new Class<?>[0];
        }
        String[] names = split(list, ',');
        Class<?>[] types = new Class<?>[names.length];
        for (int i = 0; i < names.length; i++) {
            types[i] = type0(c, "L" + names[i] + ";");
        }
        return types;
    }

    private static final int METHOD_FLAGS = 0x1DFF;
    private static final int FIELD_FLAGS = 0x50DF;

    private static Method method(Class<?> c, int slot, String[] row) {
        String d = row[2];
        return new Method(c, slot, row[1], Integer.parseInt(row[0]) & METHOD_FLAGS, d, parameterTypes(c, d),
                type0(c, d.substring(d.indexOf(')') + 1)), exceptionTypes(c, row[3]));
    }

    // ---------------------------------------------------------------- lookups for Class

    /** The methods {@code c} declares (not constructors or initializers); only public ones if {@code publicOnly}. */
    /**
     * The member of {@code c} (its declared methods, or its constructors for {@code <init>}) with that name and
     * descriptor, for {@code Class.getEnclosingMethod}/{@code getEnclosingConstructor}; null if there is none.
     */
    public static Executable declaredMember(Class<?> c, String name, String descriptor) {
        Executable[] candidates = name.equals("<init>") ? constructors(c, false) : declaredMethods(c, false);
        for (Executable e : candidates) {
            if (e.descriptor.equals(descriptor) && (e instanceof Constructor || e.getName().equals(name))) {
                return e;
            }
        }
        return null;
    }

    public static Method[] declaredMethods(Class<?> c, boolean publicOnly) {
        String[][] rows = rows(c, false);
        ArrayList<Method> result = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            String n = rows[i][1];
            if (n.equals("<init>") || n.equals("<clinit>")) {
                continue;
            }
            if (publicOnly && (Integer.parseInt(rows[i][0]) & Modifier.PUBLIC) == 0) {
                continue;
            }
            result.add(method(c, i, rows[i]));
        }
        return result.toArray(new Method[0]);
    }

    /** The constructors {@code c} declares; only public ones if {@code publicOnly}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Constructor<T>[] constructors(Class<T> c, boolean publicOnly) {
        ArrayList<Constructor<T>> result = new ArrayList<>();
        if (!c.isInterface() && !c.isArray() && !c.isPrimitive()) {
            String[][] rows = rows(c, false);
            for (int i = 0; i < rows.length; i++) {
                int flags = Integer.parseInt(rows[i][0]);
                if (!rows[i][1].equals("<init>") || (publicOnly && (flags & Modifier.PUBLIC) == 0)) {
                    continue;
                }
                result.add(new Constructor<T>(c, i, flags & METHOD_FLAGS, rows[i][2], parameterTypes(c, rows[i][2]),
                        exceptionTypes(c, rows[i][3])));
            }
        }
        return result.toArray(new Constructor[0]);
    }

    private static String signature(Method m) {
        return m.name + m.descriptor.substring(0, m.descriptor.indexOf(')') + 1);
    }

    private static boolean contains(ArrayList<Method> list, Method m) {
        String s = signature(m);
        for (Method e : list) {
            if (signature(e).equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static void addInterfaceMethods(Class<?> c, ArrayList<Method> into) {
        for (Class<?> i : c.getInterfaces()) {
            for (Method m : declaredMethods(i, true)) {
                if (!Modifier.isStatic(m.modifiers) && !contains(into, m)) {
                    into.add(m);
                }
            }
            addInterfaceMethods(i, into);
        }
    }

    /** The public methods of {@code c}, its superclasses and superinterfaces, overridden ones left out. */
    public static Method[] methods(Class<?> c) {
        ArrayList<Method> result = new ArrayList<>();
        for (Method m : declaredMethods(c, true)) {
            result.add(m);
        }
        for (Class<?> s = c.getSuperclass(); s != null; s = s.getSuperclass()) {
            for (Method m : declaredMethods(s, true)) {
                if (!contains(result, m)) {
                    result.add(m);
                }
            }
        }
        for (Class<?> s = c; s != null; s = s.getSuperclass()) {
            addInterfaceMethods(s, result);
        }
        return result.toArray(new Method[0]);
    }

    /** HotSpot's NoSuchMethodException text: {@code Foo.bar(int,java.lang.String)}. */
    private static String methodText(Class<?> c, String name, Class<?>[] params) {
        StringBuilder sb = new StringBuilder(c.getName()).append('.').append(name).append('(');
        if (params != null) {
            for (int i = 0; i < params.length; i++) {
                if (i > 0) {
                    sb.append(",");
                }
                sb.append(params[i] == null ? "null" : params[i].getName());
            }
        }
        return sb.append(')').toString();
    }

    private static boolean sameParams(Class<?>[] a, Class<?>[] b) {
        int bl = b == null ? 0 : b.length;
        if (a.length != bl) {
            return false;
        }
        for (int i = 0; i < bl; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    private static Method pick(Method[] candidates, String name, Class<?>[] params) {
        Method best = null;
        for (Method m : candidates) {
            if (m.name.equals(name) && sameParams(m.parameterTypes, params)) {
                if (best == null || (best.returnType != m.returnType && best.returnType.isAssignableFrom(m.returnType))) {
                    best = m;
                }
            }
        }
        return best;
    }

    /** {@code Class.getMethod} ({@code declared} false) or {@code getDeclaredMethod} (true). */
    public static Method method(Class<?> c, String name, Class<?>[] params, boolean declared)
            throws NoSuchMethodException {
        if (name == null) {
            throw new NullPointerException();
        }
        Method m = pick(declared ? declaredMethods(c, false) : methods(c), name, params);
        if (m == null) {
            throw new NoSuchMethodException(methodText(c, name, params));
        }
        return m;
    }

    /** {@code Class.getConstructor} ({@code declared} false) or {@code getDeclaredConstructor} (true). */
    public static <T> Constructor<T> constructor(Class<T> c, Class<?>[] params, boolean declared)
            throws NoSuchMethodException {
        for (Constructor<T> k : constructors(c, !declared)) {
            if (sameParams(k.parameterTypes, params)) {
                return k;
            }
        }
        throw new NoSuchMethodException(methodText(c, "<init>", params));
    }

    /** The fields {@code c} declares; only public ones if {@code publicOnly}. */
    public static Field[] declaredFields(Class<?> c, boolean publicOnly) {
        String[][] rows = rows(c, true);
        ArrayList<Field> result = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            int flags = Integer.parseInt(rows[i][0]);
            if (publicOnly && (flags & Modifier.PUBLIC) == 0) {
                continue;
            }
            result.add(new Field(c, i, rows[i][1], type0(c, rows[i][2]), flags & FIELD_FLAGS));
        }
        return result.toArray(new Field[0]);
    }

    private static void addFields(Class<?> c, ArrayList<Field> into) {
        for (Field f : declaredFields(c, true)) {
            if (!into.contains(f)) {
                into.add(f);
            }
        }
        for (Class<?> i : c.getInterfaces()) {
            addFields(i, into);
        }
        Class<?> s = c.getSuperclass();
        if (s != null) {
            addFields(s, into);
        }
    }

    /** The public fields of {@code c}, its superinterfaces and superclasses. */
    public static Field[] fields(Class<?> c) {
        ArrayList<Field> result = new ArrayList<>();
        addFields(c, result);
        return result.toArray(new Field[0]);
    }

    /** {@code Class.getField} ({@code declared} false) or {@code getDeclaredField} (true). */
    public static Field field(Class<?> c, String name, boolean declared) throws NoSuchFieldException {
        if (name == null) {
            throw new NullPointerException();
        }
        for (Field f : declared ? declaredFields(c, false) : fields(c)) {
            if (f.getName().equals(name)) {
                return f;
            }
        }
        throw new NoSuchFieldException(name);
    }

    // ---------------------------------------------------------------- access

    private static Class<?> outermost(Class<?> c) {
        Class<?> e = c.getEnclosingClass();
        while (e != null) {
            c = e;
            e = c.getEnclosingClass();
        }
        return c;
    }

    /** Whether code in {@code caller} may use a member of {@code decl} with modifiers {@code mods}. */
    static boolean accessible(Class<?> caller, Class<?> decl, int mods) {
        if (caller == null || caller == decl) {
            return true;
        }
        boolean samePackage = caller.getPackageName().equals(decl.getPackageName());
        boolean classOk = Modifier.isPublic(decl.getModifiers()) || samePackage;
        if (Modifier.isPublic(mods)) {
            return classOk;
        }
        if (Modifier.isPrivate(mods)) {
            return outermost(caller) == outermost(decl);
        }
        if (samePackage) {
            return true;
        }
        return Modifier.isProtected(mods) && decl.isAssignableFrom(caller);
    }

    /**
     * Throws IllegalAccessException, worded as HotSpot's, unless {@link #accessible} (public for the atomic field
     * updaters, which check their callers' access the same way).
     */
    public static void checkAccess(Class<?> caller, Class<?> decl, int mods) throws IllegalAccessException {
        if (!accessible(caller, decl, mods)) {
            throw new IllegalAccessException(caller + " cannot access a member of " + decl + " with modifiers \""
                    + Modifier.toString(mods & (Modifier.fieldModifiers() | Modifier.methodModifiers())) + "\"");
        }
    }

    // ---------------------------------------------------------------- boxing

    /** The primitive type a wrapper object stands for, or null. */
    static Class<?> primitiveOf(Object v) {
        if (v instanceof Integer) {
            return int.class;
        } else if (v instanceof Long) {
            return long.class;
        } else if (v instanceof Double) {
            return double.class;
        } else if (v instanceof Boolean) {
            return boolean.class;
        } else if (v instanceof Character) {
            return char.class;
        } else if (v instanceof Byte) {
            return byte.class;
        } else if (v instanceof Short) {
            return short.class;
        } else if (v instanceof Float) {
            return float.class;
        }
        return null;
    }

    private static int rank(Class<?> t) {
        if (t == byte.class) {
            return 1;
        } else if (t == short.class) {
            return 2;
        } else if (t == int.class) {
            return 3;
        } else if (t == long.class) {
            return 4;
        } else if (t == float.class) {
            return 5;
        } else if (t == double.class) {
            return 6;
        }
        return 0;
    }

    /** Whether a value of primitive type {@code from} converts to {@code to} by identity or widening. */
    static boolean widens(Class<?> from, Class<?> to) {
        if (from == to) {
            return true;
        }
        if (from == boolean.class || to == boolean.class || to == char.class || to == void.class) {
            return false;
        }
        if (from == char.class) {
            return rank(to) >= 3;
        }
        return rank(from) > 0 && rank(to) > rank(from) && !(from == byte.class && to == char.class);
    }

    /** The raw bits of a value of type {@code from} (raw bits {@code bits}) converted to {@code to}. */
    static long widen(long bits, Class<?> from, Class<?> to) {
        if (from == to) {
            return bits;
        }
        if (from == float.class) {
            return Double.doubleToRawLongBits(Float.intBitsToFloat((int) bits));
        }
        long integral = from == long.class ? bits : (long) (int) bits;
        if (to == float.class) {
            return Float.floatToRawIntBits((float) integral);
        }
        if (to == double.class) {
            return Double.doubleToRawLongBits((double) integral);
        }
        return integral;
    }

    /** The raw bits of a wrapper object converted to primitive type {@code to}; IllegalArgumentException otherwise. */
    static long unbox(Object v, Class<?> to, String message) {
        Class<?> from = primitiveOf(v);
        if (from == null || !widens(from, to)) {
            throw new IllegalArgumentException(message);
        }
        long bits;
        if (v instanceof Boolean) {
            bits = ((Boolean) v).booleanValue() ? 1 : 0;
        } else if (v instanceof Character) {
            bits = ((Character) v).charValue();
        } else if (v instanceof Long) {
            bits = ((Long) v).longValue();
        } else if (v instanceof Float) {
            bits = Float.floatToRawIntBits(((Float) v).floatValue());
        } else if (v instanceof Double) {
            bits = Double.doubleToRawLongBits(((Double) v).doubleValue());
        } else {
            bits = ((Number) v).intValue();
        }
        return widen(bits, from, to);
    }

    /** The wrapper object for raw bits of primitive type {@code t}. */
    static Object box(long bits, Class<?> t) {
        if (t == int.class) {
            return Integer.valueOf((int) bits);
        } else if (t == long.class) {
            return Long.valueOf(bits);
        } else if (t == double.class) {
            return Double.valueOf(Double.longBitsToDouble(bits));
        } else if (t == boolean.class) {
            return Boolean.valueOf(bits != 0);
        } else if (t == char.class) {
            return Character.valueOf((char) bits);
        } else if (t == byte.class) {
            return Byte.valueOf((byte) bits);
        } else if (t == short.class) {
            return Short.valueOf((short) bits);
        } else if (t == float.class) {
            return Float.valueOf(Float.intBitsToFloat((int) bits));
        }
        return null;
    }

    // ---------------------------------------------------------------- annotations

    private static String descriptorOf(Class<?> c) {
        return "L" + c.getName().replace('.', '/') + ";";
    }

    /** Whether the element ({@code kind} 0 class, 1 field, 2 method; {@code index} its slot) carries that annotation. */
    public static boolean annotationPresent(Class<?> c, int kind, int index, Class<? extends Annotation> type) {
        if (type == null) {
            throw new NullPointerException();
        }
        String text = annotations0(c, kind, index);
        return text.startsWith(descriptorOf(type) + "\n") || text.contains("\n" + descriptorOf(type) + "\n");
    }

    /** Native: the element's annotations serialized (see reflect_members.rs): count, then each annotation. */
    private static native String annotationData0(Class<?> c, int kind, int index);

    /** Native: the default values of an annotation interface's elements: count, then name and value pairs. */
    private static native String defaults0(Class<?> annotationType);

    /** Native: the class the VM generates to implement an annotation interface (see AnnotationValues). */
    private static native Class<?> implClass0(Class<?> annotationType);

    /** A cursor over serialized annotation data; {@code context} loads the classes it names. */
    private static final class Cursor {
        private final String s;
        private final Class<?> context;
        private int at;

        Cursor(String s, Class<?> context) {
            this.s = s;
            this.context = context;
        }

        char tag() {
            return s.charAt(at++);
        }

        long number() {
            int semi = s.indexOf(';', at);
            long v = Long.parseLong(s.substring(at, semi));
            at = semi + 1;
            return v;
        }

        String text() {
            int colon = s.indexOf(':', at);
            int len = Integer.parseInt(s.substring(at, colon));
            String t = s.substring(colon + 1, colon + 1 + len);
            at = colon + 1 + len;
            return t;
        }
    }

    /** The element methods of an annotation interface, in its class file's order. */
    private static Method[] elements(Class<?> type) {
        ArrayList<Method> result = new ArrayList<>();
        for (Method m : declaredMethods(type, false)) {
            if (!Modifier.isStatic(m.modifiers) && Modifier.isAbstract(m.modifiers)) {
                result.add(m);
            }
        }
        return result.toArray(new Method[0]);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object readValue(Cursor r, Class<?> type) {
        char t = r.tag();
        switch (t) {
            case 'B': return (byte) r.number();
            case 'C': return (char) r.number();
            case 'D': return Double.longBitsToDouble(r.number());
            case 'F': return Float.intBitsToFloat((int) r.number());
            case 'I': return (int) r.number();
            case 'J': return r.number();
            case 'S': return (short) r.number();
            case 'Z': return r.number() != 0;
            case 's': return r.text();
            case 'e': {
                Class enumType = type0(r.context, r.text());
                return Enum.valueOf(enumType, r.text());
            }
            case 'c': return type0(r.context, r.text());
            case '@': return readAnnotation(r);
            default: {
                int n = (int) r.number();
                Class<?> component = type != null && type.isArray() ? type.getComponentType() : Object.class;
                Object array = Array.newInstance(component, n);
                for (int i = 0; i < n; i++) {
                    Array.set(array, i, readValue(r, component));
                }
                return array;
            }
        }
    }

    private static int indexOf(Method[] elements, String name) {
        for (int i = 0; i < elements.length; i++) {
            if (elements[i].name.equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Annotation readAnnotation(Cursor r) {
        Class<?> type = type0(r.context, r.text());
        Method[] elements = elements(type);
        String[] names = new String[elements.length];
        Object[] values = new Object[elements.length];
        for (int i = 0; i < elements.length; i++) {
            names[i] = elements[i].name;
        }
        // HotSpot lists the defaults first (in a HashMap's order), then the explicit values not defaulted.
        java.util.LinkedHashMap<String, Integer> order = new java.util.LinkedHashMap<>();
        Cursor d = new Cursor(defaults0(type), type);
        int defaults = (int) d.number();
        java.util.HashMap<String, Integer> defaulted = new java.util.HashMap<>();
        for (int i = 0; i < defaults; i++) {
            int k = indexOf(elements, d.text());
            Object v = readValue(d, k < 0 ? null : elements[k].returnType);
            if (k >= 0) {
                values[k] = v;
                defaulted.put(names[k], k);
            }
        }
        order.putAll(defaulted);
        int n = (int) r.number();
        for (int i = 0; i < n; i++) {
            int k = indexOf(elements, r.text());
            Object v = readValue(r, k < 0 ? null : elements[k].returnType);
            if (k >= 0) {
                values[k] = v;
                order.put(names[k], k);
            }
        }
        int[] printOrder = new int[order.size()];
        int p = 0;
        for (Integer k : order.values()) {
            printOrder[p++] = k;
        }
        try {
            Constructor<?> make = constructors(implClass0(type), false)[0];
            AnnotationValues a = (AnnotationValues) make.newInstance(type, names, values);
            a.setPrintOrder(printOrder);
            return a;
        } catch (ReflectiveOperationException e) {
            throw new InternalError(e);
        }
    }

    /** The default value of an annotation interface's element method, or null. */
    static Object defaultValue(Method m) {
        if (!m.clazz.isAnnotation()) {
            return null;
        }
        Method[] elements = elements(m.clazz);
        Cursor d = new Cursor(defaults0(m.clazz), m.clazz);
        int defaults = (int) d.number();
        for (int i = 0; i < defaults; i++) {
            String name = d.text();
            int k = indexOf(elements, name);
            Object v = readValue(d, k < 0 ? null : elements[k].returnType);
            if (name.equals(m.name)) {
                return v;
            }
        }
        return null;
    }

    /** The instances of the element's annotations, in the class file's order. */
    public static Annotation[] annotations(Class<?> c, int kind, int index) {
        Cursor r = new Cursor(annotationData0(c, kind, index), c);
        int n = (int) r.number();
        Annotation[] result = new Annotation[n];
        for (int i = 0; i < n; i++) {
            result[i] = readAnnotation(r);
        }
        return result;
    }

    /** The annotation of that type on the element, or null. */
    public static <T extends Annotation> T annotation(Class<?> c, int kind, int index, Class<T> type) {
        if (!annotationPresent(c, kind, index, type)) {
            return null;
        }
        for (Annotation a : annotations(c, kind, index)) {
            if (a.annotationType() == type) {
                return type.cast(a);
            }
        }
        return null;
    }
}
