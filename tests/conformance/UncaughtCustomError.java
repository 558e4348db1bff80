/** An uncaught custom Error subclass with a custom toString; the uncaught handler prints toString(). */
public class UncaughtCustomError {
    static class FatalConfigError extends Error {
        final int code;

        FatalConfigError(int code) {
            super("fatal code " + code);
            this.code = code;
        }

        @Override
        public String toString() {
            return "FatalConfigError[code=" + code + "]";
        }
    }

    public static void main(String[] args) {
        try {
            throw new FatalConfigError(1);
        } catch (FatalConfigError e) {
            System.out.println("caught once: " + e + " / " + e.getMessage());
        }
        throw new FatalConfigError(2);
    }
}
