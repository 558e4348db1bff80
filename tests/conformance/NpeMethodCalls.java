/** Helpful NullPointerException messages for invokevirtual/invokeinterface on null receivers from various sources. */
public class NpeMethodCalls {
    interface Greeter {
        String greet(String who);
    }

    static class Box {
        String content;
        Box inner;

        String content() {
            return content;
        }

        Box inner() {
            return inner;
        }
    }

    static String sfield;
    static Greeter greeter;
    Box box;

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": fine");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    static int localString() {
        String s = null;
        return s.length();
    }

    static int paramString(int unused, String s) {
        return s.length() + unused;
    }

    static int staticString() {
        return sfield.hashCode();
    }

    static String interfaceCall() {
        return greeter.greet("x");
    }

    static String returnedBox() {
        Box b = new Box();
        return b.inner().content();
    }

    static int returnedString() {
        Box b = new Box();
        return b.content().length();
    }

    static String fieldBox() {
        NpeMethodCalls self = new NpeMethodCalls();
        return self.box.content();
    }

    static boolean equalsOnNull() {
        Object o = null;
        return o.equals("x");
    }

    static String toStringOnElement() {
        Object[] objs = new Object[2];
        return objs[1].toString();
    }

    static int chained() {
        StringBuilder sb = null;
        return sb.append("a").length();
    }

    static int longParams(long a, double b, String s) {
        return s.indexOf('x');
    }

    static String staticOnNullRef() {
        NpeMethodCalls n = null;
        return n.helper();
    }

    static String helper() {
        return "static call through null reference works";
    }

    public static void main(String[] args) {
        attempt("local", NpeMethodCalls::localString);
        attempt("param", () -> paramString(1, null));
        attempt("static field", NpeMethodCalls::staticString);
        attempt("interface", NpeMethodCalls::interfaceCall);
        attempt("returned box", NpeMethodCalls::returnedBox);
        attempt("returned string", NpeMethodCalls::returnedString);
        attempt("field box", NpeMethodCalls::fieldBox);
        attempt("equals", NpeMethodCalls::equalsOnNull);
        attempt("array element", NpeMethodCalls::toStringOnElement);
        attempt("chained", NpeMethodCalls::chained);
        attempt("wide params", () -> longParams(1L, 2.0, null));
        System.out.println(staticOnNullRef());
        try {
            String s = null;
            s.toUpperCase().trim();
        } catch (NullPointerException e) {
            System.out.println("inline: " + e.getMessage());
        }
    }
}
