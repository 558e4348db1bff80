/** Private members accessed across nestmates: outer/inner/static nested, private constructors, private static, fields. */
public class NestmatePrivate {
    private int secret = 42;
    private static String hidden = "hidden";

    private String whisper() {
        return "whisper " + secret;
    }

    private static int twice(int x) {
        return 2 * x;
    }

    static class Nested {
        private final int value;

        private Nested(int value) {
            this.value = value;
        }

        private int peek(NestmatePrivate o) {
            o.secret++;
            return o.secret + twice(value);
        }
    }

    class Inner {
        private String shout() {
            return whisper().toUpperCase() + " " + hidden;
        }
    }

    static class Sibling {
        private static int count;

        String readCousin(Nested n) {
            count++;
            return "cousin value " + n.value + " count " + count;
        }
    }

    interface Hidden {
        private String impl() {
            return "private interface method";
        }

        default String call() {
            return impl();
        }
    }

    public static void main(String[] args) {
        NestmatePrivate outer = new NestmatePrivate();
        Nested n = new Nested(5);
        System.out.println(n.peek(outer) + " secret now " + outer.secret);
        Inner in = outer.new Inner();
        System.out.println(in.shout());
        System.out.println("outer reads nested private: " + n.value + " and inner private: " + in.shout().length());
        Sibling s = new Sibling();
        System.out.println(s.readCousin(n));
        System.out.println(s.readCousin(new Nested(9)) + " static private count " + Sibling.count);
        System.out.println(new Hidden() {
        }.call());
        hidden = "changed";
        System.out.println(in.shout());
    }
}
