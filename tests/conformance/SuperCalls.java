/** invokespecial: super.method chains across three levels, super field access, super in constructors and overrides. */
public class SuperCalls {
    static class A {
        String name = "A.name";

        String who() {
            return "A";
        }

        String chain() {
            return "A.chain";
        }

        String callsWho() {
            return "A.callsWho->" + who();
        }
    }

    static class B extends A {
        String name = "B.name";

        @Override
        String who() {
            return "B>" + super.who();
        }

        @Override
        String chain() {
            return "B.chain+" + super.chain();
        }

        String names() {
            return name + "," + super.name + "," + ((A) this).name;
        }
    }

    static class C extends B {
        @Override
        String who() {
            return "C>" + super.who();
        }

        @Override
        String chain() {
            return "C.chain+" + super.chain();
        }

        @Override
        String callsWho() {
            return "C.callsWho+" + super.callsWho();
        }

        String skipToA() {
            return super.names();
        }
    }

    static class Base {
        @Override
        public String toString() {
            return "Base.toString";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Base;
        }

        @Override
        public int hashCode() {
            return 77;
        }
    }

    static class Derived extends Base {
        @Override
        public String toString() {
            return "Derived(" + super.toString() + ")";
        }

        @Override
        public int hashCode() {
            return super.hashCode() + 1;
        }
    }

    public static void main(String[] args) {
        C c = new C();
        System.out.println(c.who());
        System.out.println(c.chain());
        System.out.println(c.callsWho());
        System.out.println(c.skipToA());
        A asA = c;
        System.out.println("static type A: " + asA.who() + " field " + asA.name);
        B b = new B();
        System.out.println(b.names() + " | " + b.callsWho());
        Derived d = new Derived();
        System.out.println(d + " " + d.hashCode() + " " + d.equals(new Base()) + " " + new Base().equals(d));
    }
}
