package java.lang.reflect;

/** The Java language modifiers as bits (the class file's access flags), with tests and a printed form. */
public class Modifier {
    /** {@code public} */
    public static final int PUBLIC = 0x0001;
    /** {@code private} */
    public static final int PRIVATE = 0x0002;
    /** {@code protected} */
    public static final int PROTECTED = 0x0004;
    /** {@code static} */
    public static final int STATIC = 0x0008;
    /** {@code final} */
    public static final int FINAL = 0x0010;
    /** {@code synchronized} */
    public static final int SYNCHRONIZED = 0x0020;
    /** {@code volatile} */
    public static final int VOLATILE = 0x0040;
    /** {@code transient} */
    public static final int TRANSIENT = 0x0080;
    /** {@code native} */
    public static final int NATIVE = 0x0100;
    /** An interface. */
    public static final int INTERFACE = 0x0200;
    /** {@code abstract} */
    public static final int ABSTRACT = 0x0400;
    /** {@code strictfp} */
    public static final int STRICT = 0x0800;

    static final int BRIDGE = 0x0040;
    static final int VARARGS = 0x0080;
    static final int SYNTHETIC = 0x1000;
    static final int ANNOTATION = 0x2000;
    static final int ENUM = 0x4000;
    static final int MANDATED = 0x8000;

    private Modifier() {
    }

    /** Whether {@code public} is set. */
    public static boolean isPublic(int mod) {
        return (mod & PUBLIC) != 0;
    }

    /** Whether {@code private} is set. */
    public static boolean isPrivate(int mod) {
        return (mod & PRIVATE) != 0;
    }

    /** Whether {@code protected} is set. */
    public static boolean isProtected(int mod) {
        return (mod & PROTECTED) != 0;
    }

    /** Whether {@code static} is set. */
    public static boolean isStatic(int mod) {
        return (mod & STATIC) != 0;
    }

    /** Whether {@code final} is set. */
    public static boolean isFinal(int mod) {
        return (mod & FINAL) != 0;
    }

    /** Whether {@code synchronized} is set. */
    public static boolean isSynchronized(int mod) {
        return (mod & SYNCHRONIZED) != 0;
    }

    /** Whether {@code volatile} is set. */
    public static boolean isVolatile(int mod) {
        return (mod & VOLATILE) != 0;
    }

    /** Whether {@code transient} is set. */
    public static boolean isTransient(int mod) {
        return (mod & TRANSIENT) != 0;
    }

    /** Whether {@code native} is set. */
    public static boolean isNative(int mod) {
        return (mod & NATIVE) != 0;
    }

    /** Whether the interface bit is set. */
    public static boolean isInterface(int mod) {
        return (mod & INTERFACE) != 0;
    }

    /** Whether {@code abstract} is set. */
    public static boolean isAbstract(int mod) {
        return (mod & ABSTRACT) != 0;
    }

    /** Whether {@code strictfp} is set. */
    public static boolean isStrict(int mod) {
        return (mod & STRICT) != 0;
    }

    /** The modifiers that are set, as source would spell them, in the order the language specification recommends. */
    public static String toString(int mod) {
        StringBuilder sb = new StringBuilder();
        add(sb, mod, PUBLIC, "public");
        add(sb, mod, PROTECTED, "protected");
        add(sb, mod, PRIVATE, "private");
        add(sb, mod, ABSTRACT, "abstract");
        add(sb, mod, STATIC, "static");
        add(sb, mod, FINAL, "final");
        add(sb, mod, TRANSIENT, "transient");
        add(sb, mod, VOLATILE, "volatile");
        add(sb, mod, SYNCHRONIZED, "synchronized");
        add(sb, mod, NATIVE, "native");
        add(sb, mod, STRICT, "strictfp");
        add(sb, mod, INTERFACE, "interface");
        return sb.toString();
    }

    private static void add(StringBuilder sb, int mod, int bit, String word) {
        if ((mod & bit) != 0) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word);
        }
    }

    /** The modifiers a class may carry. */
    public static int classModifiers() {
        return PUBLIC | PROTECTED | PRIVATE | ABSTRACT | STATIC | FINAL | STRICT;
    }

    /** The modifiers an interface may carry. */
    public static int interfaceModifiers() {
        return PUBLIC | PROTECTED | PRIVATE | ABSTRACT | STATIC | STRICT;
    }

    /** The modifiers a constructor may carry. */
    public static int constructorModifiers() {
        return PUBLIC | PROTECTED | PRIVATE;
    }

    /** The modifiers a method may carry. */
    public static int methodModifiers() {
        return PUBLIC | PROTECTED | PRIVATE | ABSTRACT | STATIC | FINAL | SYNCHRONIZED | NATIVE | STRICT;
    }

    /** The modifiers a field may carry. */
    public static int fieldModifiers() {
        return PUBLIC | PROTECTED | PRIVATE | STATIC | FINAL | TRANSIENT | VOLATILE;
    }

    /** The modifiers a parameter may carry. */
    public static int parameterModifiers() {
        return FINAL;
    }
}
