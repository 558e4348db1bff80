package java.lang.reflect;

import java.lang.annotation.Annotation;

/**
 * Cortado's annotation instances (not part of the Java SE API): the VM generates, once per annotation
 * interface, a final subclass implementing that interface whose element method number {@code i} returns
 * {@link #memberValue(int)} cast or unboxed to the element's type. This class holds the values (explicit ones
 * from the class file merged over the interface's defaults) and implements {@code equals}, {@code hashCode}
 * and {@code toString} as {@link Annotation} specifies them.
 */
public abstract class AnnotationValues implements Annotation {
    private final Class<? extends Annotation> type;
    /** The element names, in the annotation interface's method order. */
    private final String[] names;
    /** The values, parallel to {@link #names}. */
    private final Object[] values;
    /** The order {@link #toString()} lists the elements in: indexes into {@link #names}. */
    private int[] printOrder;

    /** Called by the generated subclass's constructor. */
    @SuppressWarnings("unchecked")
    public AnnotationValues(Class<?> type, String[] names, Object[] values) {
        this.type = (Class<? extends Annotation>) type;
        this.names = names;
        this.values = values;
    }

    void setPrintOrder(int[] order) {
        printOrder = order;
    }

    /** The value of element {@code i} (a copy for arrays), used by the generated element methods. */
    public final Object memberValue(int i) {
        Object v = values[i];
        if (v != null && v.getClass().isArray()) {
            int n = Array.getLength(v);
            Object copy = Array.newInstance(v.getClass().getComponentType(), n);
            System.arraycopy(v, 0, copy, 0, n);
            return copy;
        }
        if (v == null) {
            throw new IllegalStateException(type.getName() + " missing element " + names[i]);
        }
        return v;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return type;
    }

    private static boolean same(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.getClass().isArray()) {
            if (a.getClass() != b.getClass() || Array.getLength(a) != Array.getLength(b)) {
                return false;
            }
            for (int i = 0; i < Array.getLength(a); i++) {
                if (!same(Array.get(a, i), Array.get(b, i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static int hash(Object v) {
        if (v == null) {
            return 0;
        }
        if (v.getClass().isArray()) {
            int h = 1;
            for (int i = 0; i < Array.getLength(v); i++) {
                h = 31 * h + hash(Array.get(v, i));
            }
            return h;
        }
        return v.hashCode();
    }

    /** Equal to an annotation of the same type whose elements are all equal. */
    @Override
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof AnnotationValues) || ((AnnotationValues) obj).type != type) {
            return false;
        }
        Object[] others = ((AnnotationValues) obj).values;
        for (int i = 0; i < values.length; i++) {
            if (!same(values[i], others[i])) {
                return false;
            }
        }
        return true;
    }

    /** The sum over the elements of {@code (127 * name.hashCode()) ^ valueHash}, as Annotation specifies. */
    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < values.length; i++) {
            h += (127 * names[i].hashCode()) ^ hash(values[i]);
        }
        return h;
    }

    private static String quote(char c, char q) {
        switch (c) {
            case '\b': return "\\b";
            case '\t': return "\\t";
            case '\n': return "\\n";
            case '\f': return "\\f";
            case '\r': return "\\r";
            case '\\': return "\\\\";
            default:
                if (c == q) {
                    return "\\" + q;
                }
                if (c < 0x20 || c == 0x7f) {
                    String hex = Integer.toOctalString(c);
                    return "\\" + hex;
                }
                return String.valueOf(c);
        }
    }

    private static String source(Object v) {
        if (v instanceof String) {
            StringBuilder sb = new StringBuilder("\"");
            String s = (String) v;
            for (int i = 0; i < s.length(); i++) {
                sb.append(quote(s.charAt(i), '"'));
            }
            return sb.append('"').toString();
        } else if (v instanceof Character) {
            return "'" + quote((Character) v, '\'') + "'";
        } else if (v instanceof Long) {
            return v + "L";
        } else if (v instanceof Byte) {
            return "(byte)0x" + String.format("%02x", (Byte) v);
        } else if (v instanceof Float) {
            float f = (Float) v;
            if (Float.isNaN(f)) {
                return "0.0f/0.0f";
            } else if (Float.isInfinite(f)) {
                return f < 0 ? "-1.0f/0.0f" : "1.0f/0.0f";
            }
            return f + "f";
        } else if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isNaN(d)) {
                return "0.0/0.0";
            } else if (Double.isInfinite(d)) {
                return d < 0 ? "-1.0/0.0" : "1.0/0.0";
            }
            return String.valueOf(d);
        } else if (v instanceof Class) {
            return ((Class<?>) v).getCanonicalName() + ".class";
        } else if (v instanceof Enum) {
            return ((Enum<?>) v).name();
        } else if (v != null && v.getClass().isArray()) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < Array.getLength(v); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(source(Array.get(v, i)));
            }
            return sb.append('}').toString();
        }
        return String.valueOf(v);
    }

    /** {@code @p.Outer$Name(a=1, b="x")}, or {@code @p.Name(value)} when {@code value} is the only element. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("@").append(type.getName()).append('(');
        int[] order = printOrder;
        if (order == null) {
            order = new int[names.length];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
        }
        if (order.length == 1 && names[order[0]].equals("value")) {
            sb.append(source(values[order[0]]));
        } else {
            for (int k = 0; k < order.length; k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(names[order[k]]).append('=').append(source(values[order[k]]));
            }
        }
        return sb.append(')').toString();
    }
}
