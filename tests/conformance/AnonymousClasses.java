/** Anonymous classes: constructor arguments to the superclass, captured variables, instance initializers, naming. */
public class AnonymousClasses {
    static abstract class Greeter {
        final String greeting;

        Greeter(String greeting) {
            this.greeting = greeting;
        }

        abstract String greet(String who);
    }

    interface Counter {
        int next();
    }

    String suffix = "!";

    Greeter make(String punct) {
        return new Greeter("Hi") {
            int uses;

            {
                uses = 100;
            }

            @Override
            String greet(String who) {
                uses++;
                return greeting + ", " + who + punct + suffix + " (" + uses + ")";
            }
        };
    }

    static Counter counterFrom(int start) {
        return new Counter() {
            private int n = start;

            @Override
            public int next() {
                return n++;
            }

            @Override
            public String toString() {
                return "Counter@" + n;
            }
        };
    }

    public static void main(String[] args) {
        AnonymousClasses outer = new AnonymousClasses();
        Greeter g = outer.make("?");
        System.out.println(g.greet("Ann"));
        outer.suffix = "!!";
        System.out.println(g.greet("Bob"));
        Counter c = counterFrom(5);
        System.out.println(c.next() + " " + c.next() + " " + c.next() + " " + c);
        Object plain = new Object() {
            @Override
            public String toString() {
                return "anonymous Object";
            }
        };
        System.out.println(plain);
        Runnable r = new Runnable() {
            @Override
            public void run() {
                System.out.println("anonymous Runnable ran, enclosing names: " + getClass().getName());
            }
        };
        r.run();
        System.out.println("names: " + g.getClass().getName() + " " + c.getClass().getName() + " "
            + plain.getClass().getName() + " simple=[" + g.getClass().getSimpleName() + "]");
        Counter[] many = new Counter[3];
        for (int i = 0; i < many.length; i++) {
            many[i] = counterFrom(i * 100);
        }
        System.out.println("same class for every instance: " + (many[0].getClass() == many[2].getClass()) + " values "
            + many[0].next() + " " + many[1].next() + " " + many[2].next());
    }
}
