/** An uncaught custom checked exception with a cause escapes main: stderr trace and exit code 1. */
public class UncaughtCustomChecked {
    static class ConfigException extends Exception {
        ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static void load(String key) throws ConfigException {
        try {
            Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new ConfigException("cannot load " + key, e);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("loading");
        load("42");
        System.out.println("42 loaded");
        load("forty-two");
        System.out.println("unreachable");
    }
}
