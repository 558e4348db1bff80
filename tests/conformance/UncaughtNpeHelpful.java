/** An uncaught NullPointerException: the first stderr line carries the helpful message; exit code 1. */
public class UncaughtNpeHelpful {
    static String lookup(String key) {
        return key.equals("known") ? "value" : null;
    }

    public static void main(String[] args) {
        String found = lookup("known");
        System.out.println("found " + found.length());
        String missing = lookup("other");
        System.out.println("missing " + missing.length());
    }
}
