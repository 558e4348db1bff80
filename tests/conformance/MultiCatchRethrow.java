/** multi-catch, precise rethrow, custom checked exceptions with causes, catch ordering and exception hierarchy. */
public class MultiCatchRethrow {
    static class ParseFailure extends Exception {
        final int position;

        ParseFailure(String message, int position, Throwable cause) {
            super(message, cause);
            this.position = position;
        }
    }

    static class ValidationFailure extends Exception {
        ValidationFailure(String message) {
            super(message);
        }
    }

    static int parse(String s) throws ParseFailure {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new ParseFailure("bad number '" + s + "'", 0, e);
        }
    }

    static void validate(int v) throws ValidationFailure {
        if (v < 0) {
            throw new ValidationFailure("negative: " + v);
        }
    }

    static void process(String s) throws ParseFailure, ValidationFailure {
        try {
            validate(parse(s));
            System.out.println("processed " + s);
        } catch (final Exception e) {
            System.out.println("  rethrowing " + e.getClass().getSimpleName());
            throw e;
        }
    }

    static String kind(int which) {
        try {
            switch (which) {
                case 0: throw new IllegalArgumentException("iae");
                case 1: throw new ArrayIndexOutOfBoundsException(3);
                case 2: throw new StringIndexOutOfBoundsException("sioobe");
                case 3: throw new ArithmeticException("arith");
                case 4: throw new UnsupportedOperationException();
                default: return "none";
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            return "multi1 " + e.getMessage();
        } catch (IndexOutOfBoundsException e) {
            return "ioobe " + e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (RuntimeException e) {
            return "runtime " + e;
        }
    }

    public static void main(String[] args) {
        for (String s : new String[] {"12", "-4", "x1", ""}) {
            try {
                process(s);
            } catch (ParseFailure e) {
                System.out.println("ParseFailure: " + e.getMessage() + " at " + e.position + " cause "
                    + e.getCause().getClass().getName() + ": " + e.getCause().getMessage());
            } catch (ValidationFailure e) {
                System.out.println("ValidationFailure: " + e.getMessage() + " cause " + e.getCause());
            }
        }
        for (int i = 0; i <= 5; i++) {
            System.out.println(kind(i));
        }
        Exception chain = new Exception("top", new RuntimeException("middle", new Error("bottom")));
        for (Throwable t = chain; t != null; t = t.getCause()) {
            System.out.println("chain: " + t);
        }
        RuntimeException wrapped = new RuntimeException(new IllegalStateException("inner msg"));
        System.out.println("message from cause: " + wrapped.getMessage());
        try {
            try {
                throw new ValidationFailure("first");
            } catch (ValidationFailure e) {
                throw new RuntimeException("wrapped", e);
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
        }
    }
}
