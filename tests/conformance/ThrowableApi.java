/** Throwable API: messages, toString, initCause rules, addSuppressed rules, getStackTrace, custom overrides. */
public class ThrowableApi {
    static class Quiet extends RuntimeException {
        Quiet() {
            super("quiet", null, false, false);
        }
    }

    static class Localized extends Exception {
        Localized(String m) {
            super(m);
        }

        @Override
        public String getLocalizedMessage() {
            return "localized(" + getMessage() + ")";
        }
    }

    static class CustomString extends RuntimeException {
        @Override
        public String toString() {
            return "CustomString!";
        }
    }

    static Throwable make() {
        return new Exception("made here");
    }

    public static void main(String[] args) {
        Throwable t = new Throwable();
        System.out.println("plain: " + t + " | " + t.getMessage() + " | " + t.getCause());
        System.out.println("with message: " + new Error("boom"));
        System.out.println("localized toString: " + new Localized("hi"));
        System.out.println("custom toString: " + new CustomString());
        RuntimeException r = new RuntimeException("r");
        r.initCause(new Error("root"));
        System.out.println("initCause: " + r.getCause());
        try {
            r.initCause(new Error("again"));
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getMessage());
        }
        RuntimeException withCtorCause = new RuntimeException("c", null);
        try {
            withCtorCause.initCause(new Error("late"));
        } catch (IllegalStateException e) {
            System.out.println("initCause after ctor cause: " + e.getMessage());
        }
        try {
            r.initCause(r);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.out.println("self cause: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            r.addSuppressed(r);
        } catch (IllegalArgumentException e) {
            System.out.println("self suppression: " + e.getMessage() + " | cause " + e.getCause());
        }
        try {
            r.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println("null suppression: " + e.getMessage());
        }
        Quiet q = new Quiet();
        q.addSuppressed(new Error("ignored"));
        System.out.println("suppression disabled: " + q.getSuppressed().length + ", stack trace length "
            + q.getStackTrace().length);
        Throwable made = make();
        StackTraceElement[] st = made.getStackTrace();
        System.out.println("made: " + st[0].getMethodName() + ":" + st[0].getLineNumber() + " <- " + st[1].getMethodName()
            + ":" + st[1].getLineNumber() + " frames " + st.length);
        Throwable refilled = made.fillInStackTrace();
        System.out.println("fillInStackTrace returns this: " + (refilled == made) + ", now top "
            + made.getStackTrace()[0].getMethodName());
        made.setStackTrace(new StackTraceElement[] {new StackTraceElement("Fake", "method", "Fake.java", 12),
            new StackTraceElement("Fake", "nat", null, -2), new StackTraceElement("Fake", "unknown", null, -1)});
        made.printStackTrace(System.out);
        Exception e2 = new Exception(new Error());
        System.out.println("cause without message: " + e2.getMessage());
        System.out.println("error hierarchy: " + (new AssertionError("a") instanceof Error) + " "
            + new AssertionError(42).getMessage() + " " + new AssertionError((Object) null).getMessage());
    }
}
