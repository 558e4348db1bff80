/** Static and private interface methods (instance and static), interface constants, and calls between them. */
public class InterfaceStaticPrivate {
    interface Formatter {
        String PREFIX = "[";
        String SUFFIX = "]";

        String raw(int v);

        default String format(int v) {
            return wrap(raw(v)) + suffixCount();
        }

        private String wrap(String s) {
            return PREFIX + s + SUFFIX;
        }

        private static int counter(String s) {
            return s.length();
        }

        private int suffixCount() {
            return counter(SUFFIX) + counter(PREFIX);
        }

        static Formatter hex() {
            return v -> Integer.toHexString(v);
        }

        static Formatter repeat(int times) {
            return v -> String.valueOf(v).repeat(times);
        }

        static String describe(Formatter f, int v) {
            return "describe:" + f.format(v);
        }
    }

    static class Decimal implements Formatter {
        @Override
        public String raw(int v) {
            return Integer.toString(v);
        }

        String wrap(String s) {
            return "class-wrap " + s;
        }
    }

    interface Registry {
        int[] TABLE = build();

        static int[] build() {
            int[] t = new int[5];
            for (int i = 0; i < t.length; i++) {
                t[i] = i * i;
            }
            return t;
        }

        static int lookup(int i) {
            return TABLE[i];
        }
    }

    public static void main(String[] args) {
        System.out.println(new Decimal().format(255));
        System.out.println(Formatter.hex().format(255));
        System.out.println(Formatter.repeat(3).format(12));
        System.out.println(Formatter.describe(new Decimal(), -1));
        System.out.println("class method named like private interface method: " + new Decimal().wrap("x"));
        System.out.println("registry " + Registry.lookup(3) + " " + Registry.TABLE.length);
        System.out.println("constants " + Formatter.PREFIX + Formatter.SUFFIX);
    }
}
