/** Exceptions: try/catch/finally ordering, nested finally, try-with-resources and suppression, custom types. */
public class ExceptionFlow {
    static class AppException extends Exception {
        final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }
    }

    static class DetailException extends AppException {
        DetailException(String message, Throwable cause) {
            super(message, 7);
            initCause(cause);
        }
    }

    static class Resource implements AutoCloseable {
        final String name;
        final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close failed: " + name);
            }
        }
    }

    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static int finallyOverrides() {
        try {
            return 1;
        } finally {
            return 2;
        }
    }

    static int finallySeesOldValue() {
        int x = 10;
        try {
            return x;
        } finally {
            x = 20;
            log.append("[finally x=").append(x).append("]");
        }
    }

    static void nested(int mode) throws AppException {
        try {
            log.append("a");
            try {
                log.append("b");
                if (mode == 1) {
                    throw new AppException("inner", 1);
                }
                if (mode == 2) {
                    throw new RuntimeException("runtime");
                }
                log.append("c");
            } finally {
                log.append("d");
            }
            log.append("e");
        } catch (RuntimeException e) {
            log.append("f(").append(e.getMessage()).append(")");
        } finally {
            log.append("g");
        }
    }

    static void deep(int n) throws AppException {
        if (n == 0) {
            throw new AppException("bottom", 42);
        }
        try {
            deep(n - 1);
        } finally {
            log.append(n);
        }
    }

    public static void main(String[] args) {
        for (int mode = 0; mode < 3; mode++) {
            log.setLength(0);
            try {
                nested(mode);
            } catch (AppException e) {
                log.append("caught ").append(e.getMessage()).append(" code ").append(e.code);
            }
            System.out.println("nested(" + mode + "): " + log);
        }
        System.out.println("finallyOverrides = " + finallyOverrides());
        log.setLength(0);
        System.out.println("finallySeesOldValue = " + finallySeesOldValue() + " " + log);
        log.setLength(0);
        try {
            deep(5);
        } catch (AppException e) {
            System.out.println("deep: " + log + " " + e.getMessage() + " " + e.code);
        }
        try (Resource a = new Resource("a", false); Resource b = new Resource("b", true)) {
            System.out.println("body with " + a.name + b.name);
            throw new IllegalArgumentException("body failed");
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage() + ", suppressed " + e.getSuppressed().length + ": "
                + e.getSuppressed()[0].getMessage());
        } finally {
            System.out.println("twr finally");
        }
        try (Resource c = new Resource("c", true)) {
            System.out.println("body with " + c.name);
        } catch (IllegalStateException e) {
            System.out.println("close exception surfaces: " + e.getMessage());
        }
        try {
            try {
                throw new IllegalStateException("root cause");
            } catch (IllegalStateException e) {
                throw new DetailException("wrapped", e);
            }
        } catch (AppException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage() + ", code " + e.code + ", cause "
                + e.getCause());
            System.out.println("toString: " + e);
        }
        try {
            Object o = "string";
            Integer bad = (Integer) o;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            throw new Error("custom error");
        } catch (Throwable t) {
            System.out.println("Throwable catches " + t);
        }
        RuntimeException noMessage = new UnsupportedOperationException();
        System.out.println("no message: " + noMessage.getMessage() + " / " + noMessage);
        try {
            multiCatch(1);
            multiCatch(2);
        } catch (RuntimeException e) {
            System.out.println("unreachable");
        }
    }

    static void multiCatch(int which) {
        try {
            if (which == 1) {
                throw new IllegalArgumentException("one");
            }
            throw new ArithmeticException("two");
        } catch (IllegalArgumentException | ArithmeticException e) {
            System.out.println("multi-catch " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }
}
