/** Circular class initialization: a class under initialization sees default values; superclass static order. */
public class InitCircular {
    static class A {
        static int a1 = 1;
        static int fromB = B.b1;
        static int a2 = 2;

        static {
            System.out.println("A.<clinit> done: a1=" + a1 + " fromB=" + fromB + " a2=" + a2);
        }
    }

    static class B {
        static int b1 = 10;
        static int fromA = A.a2;
        static int fromA1 = A.a1;

        static {
            System.out.println("B.<clinit> done: b1=" + b1 + " fromA(a2)=" + fromA + " fromA(a1)=" + fromA1);
        }
    }

    static class Super {
        static {
            System.out.println("Super.<clinit>, Sub.X = " + Sub.X + ", Sub.Y = " + Sub.Y);
        }

        Super() {
            System.out.println("Super() sees describe(): " + describe());
        }

        String describe() {
            return "super";
        }
    }

    static class Sub extends Super {
        static final int X = 99;
        static int Y = 100;
        String name = "sub-field";
        final int constant = 5;

        static {
            System.out.println("Sub.<clinit>, Y = " + Y);
        }

        @Override
        String describe() {
            return "sub name=" + name + " constant=" + constant;
        }
    }

    static class Counter {
        static int count = 0;
        static final Counter FIRST = new Counter();
        static int after = 5;

        final int seenCount;
        final int seenAfter;

        Counter() {
            count++;
            seenCount = count;
            seenAfter = after;
        }
    }

    public static void main(String[] args) {
        System.out.println("reading B.fromA: " + B.fromA);
        System.out.println("A.fromB: " + A.fromB);
        Sub s = new Sub();
        System.out.println("after construction: " + s.describe());
        System.out.println("Counter.FIRST saw count=" + Counter.FIRST.seenCount + " after=" + Counter.FIRST.seenAfter
            + "; now count=" + Counter.count + " after=" + Counter.after);
    }
}
