/** Access levels within one package: package-private overrides, protected members via subclasses, private not overridden. */
public class ProtectedAccess {
    static class Base {
        protected int prot = 1;
        int pkg = 2;
        private int priv = 3;

        protected String protMethod() {
            return "Base.protMethod";
        }

        String pkgMethod() {
            return "Base.pkgMethod";
        }

        private String privMethod() {
            return "Base.privMethod";
        }

        String callAll() {
            return protMethod() + " / " + pkgMethod() + " / " + privMethod() + " / priv=" + priv;
        }
    }

    static class Sub extends Base {
        private int priv = 30;

        @Override
        protected String protMethod() {
            return "Sub.protMethod(" + super.protMethod() + ")";
        }

        @Override
        String pkgMethod() {
            return "Sub.pkgMethod";
        }

        String privMethod() {
            return "Sub.privMethod (not an override)";
        }

        String fields() {
            return prot + " " + pkg + " " + priv + " " + ((Base) this).pkg;
        }
    }

    static class Widened extends Base {
        @Override
        public String protMethod() {
            return "Widened.public";
        }
    }

    public static void main(String[] args) {
        Base b = new Sub();
        System.out.println(b.callAll());
        System.out.println(((Sub) b).privMethod());
        System.out.println(((Sub) b).fields());
        System.out.println(new Base().callAll());
        Base w = new Widened();
        System.out.println(w.protMethod() + " " + new Widened().protMethod());
        b.prot = 10;
        b.pkg = 20;
        System.out.println("written " + ((Sub) b).fields());
    }
}
