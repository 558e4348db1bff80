/** NullPointerException from unboxing null boxes of every type, in assignments, arithmetic, conditions and ternaries. */
public class NpeUnboxing {
    static Integer nullInteger;
    static Long nullLong;

    static Integer none() {
        return null;
    }

    static void check(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": fine");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    static int unboxLocal() {
        Integer i = none();
        return i;
    }

    static long unboxStatic() {
        return nullLong + 1;
    }

    static int unboxReturn() {
        return none() * 2;
    }

    static boolean unboxBoolean() {
        Boolean b = null;
        if (b) {
            return true;
        }
        return false;
    }

    static double unboxDouble(Double d) {
        return d;
    }

    static char unboxChar() {
        Character[] cs = new Character[1];
        return cs[0];
    }

    static int ternaryMixed(boolean flag) {
        Integer a = null;
        int result = flag ? a : 0;
        return result;
    }

    static int ternaryBoxedType(boolean flag) {
        Integer a = null;
        Integer result = flag ? a : Integer.valueOf(0);
        return result == null ? -1 : result;
    }

    static Integer ternaryPitfall(boolean flag) {
        Integer a = null;
        return flag ? a : 0;
    }

    static void increment() {
        Integer counter = null;
        counter++;
    }

    static boolean compare() {
        Integer x = null;
        return x == 5;
    }

    public static void main(String[] args) {
        check("local", NpeUnboxing::unboxLocal);
        check("static + 1", NpeUnboxing::unboxStatic);
        check("return * 2", NpeUnboxing::unboxReturn);
        check("if (Boolean)", NpeUnboxing::unboxBoolean);
        check("param double", () -> unboxDouble(null));
        check("char element", NpeUnboxing::unboxChar);
        check("ternary int", () -> ternaryMixed(true));
        check("ternary Integer", () -> System.out.println("  result " + ternaryBoxedType(true)));
        check("ternary pitfall", () -> ternaryPitfall(true));
        check("increment", NpeUnboxing::increment);
        check("== 5", NpeUnboxing::compare);
        check("float", () -> {
            Float f = null;
            float g = f;
        });
        check("short", () -> {
            Short s = null;
            short t = s;
        });
        check("byte", () -> {
            Byte b = null;
            byte c = b;
        });
        System.out.println("boxed null == null: " + (nullInteger == null) + ", equals: " + java.util.Objects.equals(nullInteger, null));
    }
}
