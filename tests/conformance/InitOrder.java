/** Class and instance initialization order, lazy <clinit>, and a <clinit> that throws. */
public class InitOrder {
    static StringBuilder log = new StringBuilder();

    static void note(String s) {
        log.append(s).append(' ');
    }

    static class Base {
        static {
            note("Base.<clinit>");
        }

        int baseField = init("Base.field");

        {
            note("Base.{}");
        }

        Base() {
            note("Base()");
        }

        static int init(String what) {
            note(what);
            return 1;
        }
    }

    static class Derived extends Base {
        static final int CONSTANT = 42;
        static int counter = Base.init("Derived.static");

        static {
            note("Derived.<clinit>");
        }

        int derivedField = init("Derived.field");

        {
            note("Derived.{}");
        }

        Derived() {
            super();
            note("Derived()");
        }
    }

    static class Lazy {
        static {
            note("Lazy.<clinit>");
        }

        static void touch() {
            note("Lazy.touch");
        }
    }

    static class Broken {
        static int value = compute();

        static int compute() {
            note("Broken.compute");
            throw new IllegalStateException("cannot compute");
        }
    }

    static class SelfReferential {
        static final SelfReferential INSTANCE = new SelfReferential();
        static int seenInConstructor;
        static int later = 5;
        final int snapshot;

        SelfReferential() {
            snapshot = later;
        }
    }

    public static void main(String[] args) {
        System.out.println("constant does not initialize: " + Derived.CONSTANT + " [" + log + "]");
        log.setLength(0);
        new Derived();
        System.out.println("first new: " + log);
        log.setLength(0);
        new Derived();
        System.out.println("second new: " + log);
        log.setLength(0);
        Lazy[] array = new Lazy[3];
        System.out.println("array of Lazy does not initialize: [" + log + "] " + array.length);
        Lazy.touch();
        System.out.println("static call: " + log);
        log.setLength(0);
        try {
            System.out.println(Broken.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("first access: " + e.getClass().getName() + ", message " + e.getMessage()
                + ", cause " + e.getCause());
        }
        try {
            System.out.println(Broken.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("second access: " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("log: " + log);
        System.out.println("self-referential snapshot = " + SelfReferential.INSTANCE.snapshot + ", later = "
            + SelfReferential.later);
    }
}
