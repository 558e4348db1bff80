/** Non-static inner classes: outer field access, Outer.this, inner of inner, outer.new Inner(), shadowing. */
public class InnerClassAccess {
    private int counter = 10;
    private String name = "outer";

    class Inner {
        private int counter = 20;

        int bump() {
            return ++InnerClassAccess.this.counter;
        }

        String names(int counter) {
            return counter + " " + this.counter + " " + InnerClassAccess.this.counter + " " + name;
        }

        class Deeper {
            String all() {
                return "deeper sees " + counter + " and " + InnerClassAccess.this.counter + " and " + name;
            }
        }
    }

    class Sub extends Inner {
        String who() {
            return "Sub of Inner, outer name " + name;
        }
    }

    Inner make() {
        return new Inner();
    }

    void rename(String n) {
        name = n;
    }

    public static void main(String[] args) {
        InnerClassAccess outer = new InnerClassAccess();
        InnerClassAccess.Inner a = outer.new Inner();
        InnerClassAccess.Inner b = outer.make();
        System.out.println("bump " + a.bump() + " " + b.bump() + " outer counter " + outer.counter);
        System.out.println(a.names(5));
        InnerClassAccess.Inner.Deeper d = a.new Deeper();
        System.out.println(d.all());
        outer.rename("renamed");
        System.out.println(d.all());
        InnerClassAccess other = new InnerClassAccess();
        Inner c = other.new Inner();
        c.bump();
        c.bump();
        System.out.println("separate outers: " + outer.counter + " " + other.counter);
        Sub s = outer.new Sub();
        System.out.println(s.who() + " bump " + s.bump());
        System.out.println("names: " + a.getClass().getName() + " " + d.getClass().getName() + " "
            + d.getClass().getSimpleName() + " " + s.getClass().getName());
    }
}
