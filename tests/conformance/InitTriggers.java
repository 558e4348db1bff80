/** What triggers <clinit>: new, static call, static field read/write, subclass init; what does not: arrays, class literals, constants. */
public class InitTriggers {
    static StringBuilder log = new StringBuilder();

    static void note(String s) {
        log.append(s).append(' ');
    }

    static void step(String what) {
        System.out.println(what + ": [" + log.toString().trim() + "]");
        log.setLength(0);
    }

    static class ByNew {
        static {
            note("ByNew");
        }
    }

    static class ByStaticCall {
        static {
            note("ByStaticCall");
        }

        static int call() {
            return 1;
        }
    }

    static class ByRead {
        static int value = 3;

        static {
            note("ByRead");
        }
    }

    static class ByWrite {
        static int value;

        static {
            note("ByWrite");
        }
    }

    static class Parent {
        static int parentField = 7;

        static {
            note("Parent");
        }
    }

    static class Child extends Parent {
        static int childField = 8;

        static {
            note("Child");
        }
    }

    static class NotByArray {
        static {
            note("NotByArray");
        }
    }

    static class NotByLiteral {
        static {
            note("NotByLiteral");
        }
    }

    static class Constants {
        static final int INT = 10;
        static final String STR = "s";
        static final long LONG = 1L << 40;
        static final Integer BOXED = 11;
        static final int COMPUTED = Integer.parseInt("12");

        static {
            note("Constants");
        }
    }

    static class Holder {
        static {
            note("Holder");
        }

        static final Holder INSTANCE = new Holder();

        Holder() {
            note("Holder()");
        }
    }

    public static void main(String[] args) {
        step("start");
        new ByNew();
        new ByNew();
        step("new twice");
        ByStaticCall.call();
        step("static call");
        int r = ByRead.value;
        step("static read " + r);
        ByWrite.value = 4;
        step("static write");
        int p = Child.parentField;
        step("Child.parentField (only Parent) " + p);
        int c = Child.childField;
        step("Child.childField " + c);
        NotByArray[] arr = new NotByArray[2];
        NotByArray[][] arr2 = new NotByArray[2][2];
        step("arrays " + arr.length + arr2.length);
        Class<?> k = NotByLiteral.class;
        step("class literal " + k.getSimpleName());
        System.out.println(Constants.INT + Constants.STR + Constants.LONG);
        step("compile-time constants");
        System.out.println(Constants.BOXED);
        step("boxed static final");
        System.out.println(Constants.COMPUTED);
        step("computed static final (already)");
        Holder h = Holder.INSTANCE;
        step("holder singleton " + (h != null));
    }
}
