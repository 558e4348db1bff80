/** Field hiding and static method hiding: resolved by static type; instance methods dispatch by runtime type. */
public class FieldAndStaticHiding {
    static class Parent {
        String field = "Parent.field";
        static String sfield = "Parent.sfield";

        static String smethod() {
            return "Parent.smethod";
        }

        String imethod() {
            return "Parent.imethod";
        }

        String viaThis() {
            return field + "/" + smethod() + "/" + imethod();
        }
    }

    static class Child extends Parent {
        String field = "Child.field";
        static String sfield = "Child.sfield";

        static String smethod() {
            return "Child.smethod";
        }

        @Override
        String imethod() {
            return "Child.imethod";
        }

        String both() {
            return field + " " + super.field + " " + sfield + " " + Parent.sfield;
        }
    }

    static class GrandChild extends Child {
        int field = 3;
    }

    public static void main(String[] args) {
        Parent p = new Child();
        Child c = (Child) p;
        System.out.println("p.field = " + p.field);
        System.out.println("c.field = " + c.field);
        System.out.println("p.imethod = " + p.imethod());
        System.out.println("Parent.smethod = " + Parent.smethod() + ", Child.smethod = " + Child.smethod());
        System.out.println("viaThis on Child = " + p.viaThis());
        System.out.println("both = " + c.both());
        GrandChild g = new GrandChild();
        System.out.println("g.field (int) = " + g.field + ", ((Child) g).field = " + ((Child) g).field
            + ", ((Parent) g).field = " + ((Parent) g).field);
        Child.sfield = "changed";
        System.out.println("after write: " + Parent.sfield + " " + Child.sfield + " " + GrandChild.sfield);
        p.field = "written via Parent";
        System.out.println("writes go to hidden field: " + p.field + " | " + c.field);
    }
}
