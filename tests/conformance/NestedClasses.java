/** Inner, static nested, anonymous and local classes: captured outer `this`, captured locals, private access. */
public class NestedClasses {
    private int secret = 7;
    private static int staticSecret = 11;

    class Inner {
        int value = 1;

        int reach() {
            return value + secret + staticSecret;
        }

        class Innermost {
            int all() {
                return value * 100 + secret;
            }
        }
    }

    static class StaticNested {
        int peek(NestedClasses outer) {
            return outer.secret * 2;
        }
    }

    interface Greeter {
        String greet(String who);
    }

    Greeter makeGreeter(String greeting) {
        int punctuationCount = secret % 3;
        return new Greeter() {
            int calls = 0;

            @Override
            public String greet(String who) {
                calls++;
                return greeting + ", " + who + "!".repeat(punctuationCount) + " (call " + calls + ", secret "
                    + secret + ")";
            }
        };
    }

    static int localClassSum(int n) {
        int base = 1000;
        class Accumulator {
            int total = base;

            void add(int x) {
                total += x;
            }
        }
        Accumulator acc = new Accumulator();
        for (int i = 1; i <= n; i++) {
            acc.add(i);
        }
        return acc.total;
    }

    public static void main(String[] args) {
        NestedClasses outer = new NestedClasses();
        NestedClasses.Inner inner = outer.new Inner();
        System.out.println("inner.reach = " + inner.reach());
        outer.secret = 8;
        System.out.println("inner sees outer change: " + inner.reach());
        NestedClasses.Inner.Innermost innermost = inner.new Innermost();
        System.out.println("innermost.all = " + innermost.all());
        System.out.println("static nested = " + new StaticNested().peek(outer));
        Greeter g = outer.makeGreeter("Hello");
        System.out.println(g.greet("world"));
        System.out.println(g.greet("again"));
        System.out.println("local class sum = " + localClassSum(10));
        System.out.println("names: " + Inner.class.getName() + " " + g.getClass().getName() + " "
            + Inner.Innermost.class.getSimpleName());
        Runnable r = new Runnable() {
            @Override
            public void run() {
                System.out.println("anonymous Runnable, staticSecret = " + staticSecret);
            }
        };
        r.run();
        System.out.println("anonymous isAnonymous: " + r.getClass().isAnonymousClass() + ", enclosing: "
            + r.getClass().getEnclosingClass().getSimpleName());
    }
}
