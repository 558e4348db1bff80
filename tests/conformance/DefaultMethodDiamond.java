/** Default methods: diamond resolution with I.super.m(), class methods win, more specific interfaces win, abstract re-declaration. */
public class DefaultMethodDiamond {
    interface Left {
        default String name() {
            return "Left";
        }

        default String shared() {
            return "Left.shared";
        }
    }

    interface Right {
        default String name() {
            return "Right";
        }
    }

    static class Both implements Left, Right {
        @Override
        public String name() {
            return "Both(" + Left.super.name() + "+" + Right.super.name() + ")";
        }
    }

    interface Base {
        default String id() {
            return "Base";
        }
    }

    interface Specific extends Base {
        @Override
        default String id() {
            return "Specific>" + Base.super.id();
        }
    }

    static class UsesSpecific implements Base, Specific {
    }

    static class Parent {
        public String id() {
            return "Parent class";
        }
    }

    static class ClassWins extends Parent implements Specific {
    }

    interface Reabstract extends Base {
        @Override
        String id();
    }

    static class MustImplement implements Reabstract {
        @Override
        public String id() {
            return "implemented after re-abstraction";
        }
    }

    interface Counter {
        int count();

        default int twice() {
            return count() * 2;
        }

        default int thrice() {
            return twice() + count();
        }
    }

    static class Fixed implements Counter {
        @Override
        public int count() {
            return 7;
        }

        @Override
        public int twice() {
            return 100;
        }
    }

    public static void main(String[] args) {
        System.out.println(new Both().name() + " " + new Both().shared());
        System.out.println(new UsesSpecific().id());
        System.out.println(new ClassWins().id());
        Specific s = new ClassWins();
        System.out.println("via interface: " + s.id());
        System.out.println(new MustImplement().id());
        Counter c = new Fixed();
        System.out.println("twice " + c.twice() + " thrice " + c.thrice());
        Counter lambda = () -> 5;
        System.out.println("lambda defaults: " + lambda.twice() + " " + lambda.thrice());
        Left l = new Left() {
        };
        System.out.println("anonymous default: " + l.name() + " " + l.shared());
    }
}
