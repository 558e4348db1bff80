package java.lang.reflect;

import java.util.ArrayList;

/**
 * Parses generic signatures (JVMS 4.7.9.1) into {@link Type} objects: classes, parameterized types, type
 * variables (looked up in the method, then the class and its enclosing classes), wildcards and generic arrays.
 * Their {@code toString} forms follow HotSpot's.
 */
final class Signatures {
    private final String s;
    private int at;
    private final Class<?> context;
    private final GenericDeclaration method;
    private TypeVariable<?>[] own = new TypeVariable<?>[0];

    private Signatures(String s, Class<?> context, GenericDeclaration method) {
        this.s = s;
        this.context = context;
        this.method = method;
    }

    /** The type parameters a class declares. */
    static TypeVariable<?>[] classTypeParameters(Class<?> c) {
        String sig = Members.signature(c, 0, 0);
        if (sig == null || !sig.startsWith("<")) {
            return new TypeVariable<?>[0];
        }
        Signatures p = new Signatures(sig, c, c);
        return p.typeParameters(c);
    }

    /** A class's generic superclass (index 0) and interfaces (1...), or null without a signature. */
    static Type[] classSupertypes(Class<?> c) {
        String sig = Members.signature(c, 0, 0);
        if (sig == null) {
            return null;
        }
        Signatures p = new Signatures(sig, c, null);
        if (sig.startsWith("<")) {
            p.typeParameters(c);
        }
        ArrayList<Type> result = new ArrayList<>();
        while (p.at < sig.length()) {
            result.add(p.fieldType());
        }
        return result.toArray(new Type[0]);
    }

    /** A field's generic type, or null without a signature. */
    static Type fieldType(Class<?> c, int slot) {
        String sig = Members.signature(c, 1, slot);
        return sig == null ? null : new Signatures(sig, c, null).fieldType();
    }

    /**
     * A method's generic signature as {type parameters, parameter types, {return type}, exception types}, or
     * null without a signature.
     */
    static Object[] methodTypes(Executable m) {
        String sig = Members.signature(m.clazz, 2, m.slot);
        if (sig == null) {
            return null;
        }
        Signatures p = new Signatures(sig, m.clazz, m);
        TypeVariable<?>[] vars = sig.startsWith("<") ? p.typeParameters(m) : new TypeVariable<?>[0];
        p.at++;
        ArrayList<Type> params = new ArrayList<>();
        while (sig.charAt(p.at) != ')') {
            params.add(p.fieldType());
        }
        p.at++;
        Type ret = p.fieldType();
        ArrayList<Type> exceptions = new ArrayList<>();
        while (p.at < sig.length() && sig.charAt(p.at) == '^') {
            p.at++;
            exceptions.add(p.fieldType());
        }
        return new Object[] {vars, params.toArray(new Type[0]), new Type[] {ret}, exceptions.toArray(new Type[0])};
    }

    private String identifier() {
        int start = at;
        while (":;<>.".indexOf(s.charAt(at)) < 0) {
            at++;
        }
        return s.substring(start, at);
    }

    private TypeVariable<?>[] typeParameters(GenericDeclaration decl) {
        at++;
        ArrayList<TypeVariableImpl> vars = new ArrayList<>();
        while (s.charAt(at) != '>') {
            TypeVariableImpl v = new TypeVariableImpl(identifier(), decl);
            vars.add(v);
            own = vars.toArray(new TypeVariable<?>[0]);
            ArrayList<Type> b = new ArrayList<>();
            while (s.charAt(at) == ':') {
                at++;
                if (s.charAt(at) != ':') {
                    b.add(fieldType());
                }
            }
            if (b.isEmpty()) {
                b.add(Object.class);
            }
            v.bounds = b.toArray(new Type[0]);
        }
        at++;
        return own;
    }

    private Type fieldType() {
        char ch = s.charAt(at);
        switch (ch) {
            case 'L':
                return classType();
            case 'T': {
                at++;
                String name = identifier();
                at++;
                return variable(name);
            }
            case '[': {
                at++;
                Type component = fieldType();
                if (component instanceof Class) {
                    return Array.newInstance((Class<?>) component, 0).getClass();
                }
                return new GenericArrayTypeImpl(component);
            }
            default:
                at++;
                return Members.type(context, String.valueOf(ch));
        }
    }

    private Type classType() {
        at++;
        String name = identifier();
        Type[] args = null;
        if (s.charAt(at) == '<') {
            args = typeArguments();
        }
        Type owner = null;
        Class<?> raw = Members.type(context, "L" + name + ";");
        Type current = args == null ? raw : new ParameterizedTypeImpl(raw, args, raw.getDeclaringClass());
        while (s.charAt(at) == '.') {
            at++;
            name = name + "$" + identifier();
            owner = current;
            args = s.charAt(at) == '<' ? typeArguments() : new Type[0];
            raw = Members.type(context, "L" + name + ";");
            current = new ParameterizedTypeImpl(raw, args, owner);
        }
        at++;
        return current;
    }

    private Type[] typeArguments() {
        at++;
        ArrayList<Type> args = new ArrayList<>();
        while (s.charAt(at) != '>') {
            char ch = s.charAt(at);
            if (ch == '*') {
                at++;
                args.add(new WildcardTypeImpl(new Type[] {Object.class}, new Type[0]));
            } else if (ch == '+') {
                at++;
                args.add(new WildcardTypeImpl(new Type[] {fieldType()}, new Type[0]));
            } else if (ch == '-') {
                at++;
                args.add(new WildcardTypeImpl(new Type[] {Object.class}, new Type[] {fieldType()}));
            } else {
                args.add(fieldType());
            }
        }
        at++;
        return args.toArray(new Type[0]);
    }

    private Type variable(String name) {
        for (TypeVariable<?> v : own) {
            if (v.getName().equals(name)) {
                return v;
            }
        }
        for (Class<?> c = context; c != null; c = c.getEnclosingClass()) {
            if (c == method) {
                continue;
            }
            for (TypeVariable<?> v : c.getTypeParameters()) {
                if (v.getName().equals(name)) {
                    return v;
                }
            }
        }
        return new TypeVariableImpl(name, context);
    }

    private static String join(Type[] types, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(types[i].getTypeName());
        }
        return sb.toString();
    }

    /** A type variable with its declaration and bounds. */
    static final class TypeVariableImpl implements TypeVariable<GenericDeclaration> {
        private final String name;
        private final GenericDeclaration decl;
        Type[] bounds = {Object.class};

        TypeVariableImpl(String name, GenericDeclaration decl) {
            this.name = name;
            this.decl = decl;
        }

        public Type[] getBounds() {
            return bounds.clone();
        }

        public GenericDeclaration getGenericDeclaration() {
            return decl;
        }

        public String getName() {
            return name;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TypeVariableImpl && ((TypeVariableImpl) o).name.equals(name)
                    && ((TypeVariableImpl) o).decl.equals(decl);
        }

        @Override
        public int hashCode() {
            return decl.hashCode() ^ name.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A parameterized type. */
    static final class ParameterizedTypeImpl implements ParameterizedType {
        private final Class<?> raw;
        private final Type[] args;
        private final Type owner;

        ParameterizedTypeImpl(Class<?> raw, Type[] args, Type owner) {
            this.raw = raw;
            this.args = args;
            this.owner = owner;
        }

        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        public Type getRawType() {
            return raw;
        }

        public Type getOwnerType() {
            return owner;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof ParameterizedTypeImpl)) {
                return false;
            }
            ParameterizedTypeImpl p = (ParameterizedTypeImpl) o;
            return p.raw == raw && java.util.Arrays.equals(p.args, args) && java.util.Objects.equals(p.owner, owner);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(args) ^ java.util.Objects.hashCode(owner) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            if (owner != null) {
                sb.append(owner.getTypeName()).append('$');
                if (owner instanceof ParameterizedTypeImpl) {
                    String prefix = ((ParameterizedTypeImpl) owner).raw.getName() + "$";
                    sb.append(raw.getName().replace(prefix, ""));
                } else {
                    sb.append(raw.getSimpleName());
                }
            } else {
                sb.append(raw.getName());
            }
            if (args.length > 0) {
                sb.append('<').append(join(args, ", ")).append('>');
            }
            return sb.toString();
        }
    }

    /** A wildcard type argument. */
    static final class WildcardTypeImpl implements WildcardType {
        private final Type[] upper;
        private final Type[] lower;

        WildcardTypeImpl(Type[] upper, Type[] lower) {
            this.upper = upper;
            this.lower = lower;
        }

        public Type[] getUpperBounds() {
            return upper.clone();
        }

        public Type[] getLowerBounds() {
            return lower.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WildcardTypeImpl && java.util.Arrays.equals(((WildcardTypeImpl) o).upper, upper)
                    && java.util.Arrays.equals(((WildcardTypeImpl) o).lower, lower);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(upper) ^ java.util.Arrays.hashCode(lower);
        }

        @Override
        public String toString() {
            if (lower.length > 0) {
                return "? super " + join(lower, " & ");
            }
            if (upper.length == 0 || upper[0] == Object.class) {
                return "?";
            }
            return "? extends " + join(upper, " & ");
        }
    }

    /** An array of a parameterized type or type variable. */
    static final class GenericArrayTypeImpl implements GenericArrayType {
        private final Type component;

        GenericArrayTypeImpl(Type component) {
            this.component = component;
        }

        public Type getGenericComponentType() {
            return component;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GenericArrayTypeImpl && ((GenericArrayTypeImpl) o).component.equals(component);
        }

        @Override
        public int hashCode() {
            return component.hashCode();
        }

        @Override
        public String toString() {
            return component.getTypeName() + "[]";
        }
    }
}
