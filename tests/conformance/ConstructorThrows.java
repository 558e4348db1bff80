/** Exceptions from constructors, instance initializers, field initializers and super constructors. */
public class ConstructorThrows {
    static StringBuilder log = new StringBuilder();

    static class Base {
        Base(boolean fail) {
            log.append("Base ");
            if (fail) {
                throw new IllegalArgumentException("base refuses");
            }
        }
    }

    static class Derived extends Base {
        int field = initField();

        Derived(boolean baseFails) {
            super(baseFails);
            log.append("Derived ");
        }

        int initField() {
            log.append("field ");
            return 1;
        }
    }

    static class InitBlockFails {
        int[] data = new int[2];

        {
            log.append("block ");
            data[3] = 1;
        }
    }

    static class FieldFails {
        String s = null;
        int len = s.length();
    }

    static class Checked {
        Checked(int x) throws Exception {
            if (x < 0) {
                throw new Exception("negative " + x);
            }
        }
    }

    static class Counter {
        static int created;
        final int id;

        Counter(boolean fail) {
            id = ++created;
            if (fail) {
                throw new RuntimeException("counter " + id + " failed");
            }
        }
    }

    public static void main(String[] args) {
        try {
            new Derived(true);
        } catch (IllegalArgumentException e) {
            System.out.println(log + "| " + e.getMessage());
        }
        log.setLength(0);
        Derived ok = new Derived(false);
        System.out.println(log + "| field=" + ok.field);
        log.setLength(0);
        try {
            new InitBlockFails();
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(log + "| " + e.getMessage());
        }
        try {
            new FieldFails();
        } catch (NullPointerException e) {
            System.out.println("field initializer: " + e.getMessage());
        }
        try {
            new Checked(5);
            new Checked(-5);
        } catch (Exception e) {
            System.out.println("checked: " + e.getMessage());
        }
        Counter kept = null;
        for (int i = 0; i < 4; i++) {
            try {
                kept = new Counter(i % 2 == 1);
            } catch (RuntimeException e) {
                System.out.println(e.getMessage());
            }
        }
        System.out.println("created " + Counter.created + ", last kept id " + kept.id);
    }
}
