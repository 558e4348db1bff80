/** printStackTrace to System.out: frames with line numbers, nested causes with "... n more", suppressed exceptions. */
public class PrintStackTraceNested {
    static class LowLevel extends Exception {
        LowLevel(String m) {
            super(m);
        }
    }

    static class HighLevel extends RuntimeException {
        HighLevel(String m, Throwable cause) {
            super(m, cause);
        }
    }

    static class Res implements AutoCloseable {
        final String name;

        Res(String name) {
            this.name = name;
        }

        @Override
        public void close() throws LowLevel {
            throw new LowLevel("close " + name);
        }
    }

    static void level3() throws LowLevel {
        throw new LowLevel("disk on fire");
    }

    static void level2() throws LowLevel {
        level3();
    }

    static void level1() {
        try {
            level2();
        } catch (LowLevel e) {
            throw new HighLevel("operation failed", e);
        }
    }

    static void withResources() throws Exception {
        try (Res a = new Res("a"); Res b = new Res("b")) {
            throw new IllegalStateException("body");
        }
    }

    static void wrapTwice() {
        try {
            level1();
        } catch (HighLevel e) {
            throw new IllegalArgumentException("outermost", e);
        }
    }

    public static void main(String[] args) {
        try {
            level3();
        } catch (LowLevel e) {
            e.printStackTrace(System.out);
        }
        System.out.println("--");
        try {
            level1();
        } catch (HighLevel e) {
            e.printStackTrace(System.out);
        }
        System.out.println("--");
        try {
            withResources();
        } catch (Exception e) {
            e.printStackTrace(System.out);
        }
        System.out.println("--");
        try {
            wrapTwice();
        } catch (IllegalArgumentException e) {
            e.printStackTrace(System.out);
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println("top frame: " + top.getClassName() + "." + top.getMethodName() + " line "
                + top.getLineNumber() + " file " + top.getFileName() + " / " + top);
        }
        System.out.println("--");
        Exception manual = new Exception("manual");
        manual.addSuppressed(new RuntimeException("s1"));
        manual.addSuppressed(new Error("s2", new ArithmeticException("s2 cause")));
        manual.printStackTrace(System.out);
    }
}
