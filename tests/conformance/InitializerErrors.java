/** A failing <clinit>: ExceptionInInitializerError first, NoClassDefFoundError on every later use, error causes. */
public class InitializerErrors {
    static class Fails {
        static int value = 10 / Integer.parseInt("0");

        static void touch() {
            System.out.println("unreachable touch");
        }
    }

    static class ThrowsError {
        static {
            if (true) {
                throw new IllegalStateException("configured badly");
            }
        }

        static int x = 1;
    }

    static class Dependent {
        static int y = ThrowsError.x + 1;
    }

    static class ChecksArg {
        static final String NAME = compute();

        static String compute() {
            throw new UnsupportedOperationException("no compute");
        }
    }

    static void use(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": fine");
        } catch (ExceptionInInitializerError e) {
            Throwable c = e.getCause();
            System.out.println(what + ": EIIE message=" + e.getMessage() + " cause=" + c.getClass().getName() + ": "
                + c.getMessage());
        } catch (NoClassDefFoundError e) {
            System.out.println(what + ": NCDFE " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        use("Fails.value first", () -> System.out.println(Fails.value));
        use("Fails.value second", () -> System.out.println(Fails.value));
        use("Fails.touch", Fails::touch);
        use("new Fails", () -> new Fails());
        use("Fails[] allowed", () -> System.out.println("  array length " + new Fails[2].length));
        use("Fails.class allowed", () -> System.out.println("  class " + Fails.class.getSimpleName()));
        use("ThrowsError.x", () -> System.out.println(ThrowsError.x));
        use("Dependent.y", () -> System.out.println(Dependent.y));
        use("Dependent.y again", () -> System.out.println(Dependent.y));
        use("ChecksArg.NAME", () -> System.out.println(ChecksArg.NAME));
        ExceptionInInitializerError made = new ExceptionInInitializerError("plain");
        System.out.println("constructed: " + made.getMessage() + " cause " + made.getCause() + " / " + made);
        ExceptionInInitializerError wrapped = new ExceptionInInitializerError(new RuntimeException("inner"));
        System.out.println("wrapped: " + wrapped.getMessage() + " / " + wrapped.getCause() + " / "
            + wrapped.getException());
    }
}
