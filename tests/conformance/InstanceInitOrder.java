/** Instance creation order: field initializers and blocks in text order, this(...) chaining, overridden calls from super(). */
public class InstanceInitOrder {
    static StringBuilder log = new StringBuilder();

    static int note(String s) {
        log.append(s).append(' ');
        return s.length();
    }

    static class Top {
        int t1 = note("Top.t1");

        {
            note("Top.block");
        }

        int t2 = note("Top.t2");

        Top() {
            this("default");
            note("Top()");
        }

        Top(String s) {
            note("Top(" + s + ")");
            hook();
        }

        void hook() {
            note("Top.hook");
        }
    }

    static class Middle extends Top {
        int m1 = note("Middle.m1");
        int value = 42;

        Middle() {
            note("Middle()");
        }

        Middle(int x) {
            super("x" + x);
            note("Middle(int)");
        }

        @Override
        void hook() {
            note("Middle.hook value=" + value);
        }

        {
            note("Middle.block");
        }
    }

    static class Bottom extends Middle {
        final String label;

        Bottom() {
            this(7);
            note("Bottom()");
        }

        Bottom(int n) {
            super(n);
            label = "L" + n;
            note("Bottom(int) label=" + label);
        }
    }

    public static void main(String[] args) {
        new Top();
        System.out.println("Top: " + log);
        log.setLength(0);
        new Middle();
        System.out.println("Middle: " + log);
        log.setLength(0);
        new Bottom();
        System.out.println("Bottom: " + log);
        log.setLength(0);
        Middle m = new Middle(3);
        System.out.println("Middle(3): " + log + "| value now " + m.value);
    }
}
