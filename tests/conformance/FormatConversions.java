/** String.format/printf: %d %5d %-5d %05d %,d %+d %x %X %o %s %10s %-10s %.3f %e %g %b %c %n %% and argument indexes. */
public class FormatConversions {
    public static void main(String[] args) {
        int[] ints = {0, 7, -7, 12345, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : ints) {
            System.out.println(String.format("[%d] [%5d] [%-5d] [%05d] [%,d] [%+d] [%x] [%X] [%o] [%(d]", v, v, v, v, v, v, v, v,
                v, v));
        }
        long big = 1234567890123L;
        System.out.println(String.format("long [%d] [%,d] [%x] [%20d] [%-20d|]", big, big, big, big, big));
        System.out.println(String.format("long neg hex [%x] [%o]", -1L, -8L));
        System.out.println(String.format("byte/short hex [%x] [%x]", (byte) -1, (short) -1));
        double[] ds = {0.0, 1.0, -1.5, 3.14159265, 2.5, 0.125, 1234567.891, 1e-5, 1e10, -0.0, 0.0005, 0.00049999};
        for (double d : ds) {
            System.out.println(String.format("[%f] [%.3f] [%10.2f] [%-10.1f] [%.0f] [%e] [%.2e] [%g] [%,.2f]", d, d, d, d, d, d,
                d, d, d));
        }
        System.out.println(String.format("special [%f] [%f] [%.2f] [%e]", Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NaN));
        System.out.println(String.format("rounding half-up [%.1f] [%.1f] [%.1f] [%.2f] [%.0f] [%.0f] [%.0f]", 0.05, 0.15, 0.25,
            1.005, 0.5, 1.5, 2.5));
        System.out.println(String.format("float [%f] [%.2f]", 1.1f, 0.1f));
        System.out.println(String.format("strings [%s] [%10s] [%-10s] [%.2s] [%S] [%s] [%s]", "abc", "abc", "abc", "abc", "abc",
            null, 42));
        System.out.println(String.format("booleans [%b] [%b] [%b] [%B] [%5b]", true, null, "non-null", false, true));
        System.out.println(String.format("chars [%c] [%c] [%3c] [%-3c] [%C]", 'x', 65, 'y', 'z', 'q'));
        System.out.println(String.format("percent %% and newline%nnext line"));
        System.out.println(String.format("indexes [%2$s %1$s %2$s] [%s %<s %s]", "a", "b", "c"));
        System.out.println(String.format("hex of negative int via Integer [%08x] [%#x] [%#o]", -255, 255, 8));
        System.out.printf("printf %d + %d = %d%n", 2, 3, 5);
        System.out.printf("%s has %d chars and %.1f%% vowels%n", "banana", 6, 50.0);
        System.out.println(String.format("width with sign [%+8.2f] [% d] [%-+6d|]", 3.14159, 42, 7));
        System.out.println("formatted: " + "%05.1f|%x".formatted(2.25, 48879));
        try {
            String.format("%d", "not a number");
        } catch (IllegalArgumentException e) {
            System.out.println("bad conversion: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            String.format("%s %s", "only one");
        } catch (IllegalArgumentException e) {
            System.out.println("missing arg: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
        try {
            String.format("%q", 1);
        } catch (IllegalArgumentException e) {
            System.out.println("unknown conversion: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }
}
