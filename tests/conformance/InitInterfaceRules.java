/** Interface initialization: field access does not initialize implementors; default-method interfaces init with class. */
public class InitInterfaceRules {
    static StringBuilder log = new StringBuilder();

    static int note(String s) {
        log.append(s).append(' ');
        return s.length();
    }

    interface Plain {
        int NON_CONSTANT = note("Plain.<clinit>");
        int CONSTANT = 5;

        void m();
    }

    interface WithDefault {
        int MARK = note("WithDefault.<clinit>");

        default String hello() {
            return "hello";
        }
    }

    interface SubPlain extends Plain {
        int SUB = note("SubPlain.<clinit>");
    }

    static class Impl implements SubPlain {
        static {
            note("Impl.<clinit>");
        }

        public void m() {
        }
    }

    static class DefaultImpl implements WithDefault {
        static {
            note("DefaultImpl.<clinit>");
        }
    }

    static void step(String what) {
        System.out.println(what + ": [" + log.toString().trim() + "]");
        log.setLength(0);
    }

    public static void main(String[] args) {
        int c = Plain.CONSTANT;
        step("Plain.CONSTANT " + c);
        int s = SubPlain.SUB;
        step("SubPlain.SUB (superinterface not initialized)");
        int n = Impl.NON_CONSTANT;
        step("Impl.NON_CONSTANT via class (initializes Plain only)");
        new Impl();
        step("new Impl (Plain/SubPlain not re-run, no default methods)");
        new DefaultImpl();
        step("new DefaultImpl (initializes WithDefault first)");
        int m = WithDefault.MARK;
        step("WithDefault.MARK already initialized " + (m > 0));
        System.out.println(new DefaultImpl().hello() + " " + s + " " + n);
    }
}
