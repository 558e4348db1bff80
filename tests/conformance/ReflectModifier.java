import java.lang.reflect.Modifier;

/** Modifier: the constants, the is* tests, toString's fixed order, and the modifier masks. */
public class ReflectModifier {
    public static void main(String[] args) {
        int[] all = {Modifier.PUBLIC, Modifier.PRIVATE, Modifier.PROTECTED, Modifier.STATIC, Modifier.FINAL,
            Modifier.SYNCHRONIZED, Modifier.VOLATILE, Modifier.TRANSIENT, Modifier.NATIVE, Modifier.INTERFACE,
            Modifier.ABSTRACT, Modifier.STRICT};
        for (int m : all) {
            System.out.println(Integer.toHexString(m) + " " + Modifier.toString(m));
        }
        System.out.println("[" + Modifier.toString(0) + "]");
        System.out.println(Modifier.toString(0xFFF));
        System.out.println(Modifier.toString(Modifier.FINAL | Modifier.PUBLIC | Modifier.STATIC));
        System.out.println(Modifier.toString(Modifier.INTERFACE | Modifier.ABSTRACT | Modifier.STATIC));
        System.out.println(Modifier.toString(0x7000));
        int m = Modifier.PUBLIC | Modifier.ABSTRACT | Modifier.NATIVE;
        System.out.println(Modifier.isPublic(m) + " " + Modifier.isPrivate(m) + " " + Modifier.isProtected(m) + " "
                + Modifier.isStatic(m) + " " + Modifier.isFinal(m) + " " + Modifier.isSynchronized(m) + " "
                + Modifier.isVolatile(m) + " " + Modifier.isTransient(m) + " " + Modifier.isNative(m) + " "
                + Modifier.isInterface(m) + " " + Modifier.isAbstract(m) + " " + Modifier.isStrict(m));
        System.out.println(Modifier.classModifiers() + " " + Modifier.interfaceModifiers() + " "
                + Modifier.constructorModifiers() + " " + Modifier.methodModifiers() + " "
                + Modifier.fieldModifiers() + " " + Modifier.parameterModifiers());
        Class<?>[] classes = {String.class, Runnable.class, ReflectModifier.class, Inner.class, Hidden.class,
            Shape.class, int.class, int[].class, String[][].class, Hidden[].class, Thread.State.class};
        for (Class<?> c : classes) {
            System.out.println(c.getName() + ": " + c.getModifiers() + " [" + Modifier.toString(c.getModifiers()) + "]");
        }
    }

    public static final class Inner {
    }

    private interface Hidden {
    }

    protected abstract static class Shape {
    }
}
