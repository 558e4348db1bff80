import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Access checks: members of other top-level classes need setAccessible(true); nestmates do not. */
public class ReflectPrivateAccess {
    private int mine = 1;

    static class Inner {
        private String secret = "inner-secret";
        private static int hidden() {
            return 99;
        }
    }

    public static void main(String[] args) throws Exception {
        Vault v = new Vault();
        Field key = Vault.class.getDeclaredField("key");
        try {
            key.get(v);
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("canAccess " + key.canAccess(v));
        key.setAccessible(true);
        System.out.println("canAccess " + key.canAccess(v));
        System.out.println(key.get(v));
        key.set(v, "opened");
        System.out.println(key.get(v));
        Field code = Vault.class.getDeclaredField("code");
        try {
            code.setInt(v, 5);
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        code.setAccessible(true);
        code.setInt(v, 5);
        System.out.println(code.getInt(v));
        Method open = Vault.class.getDeclaredMethod("open", int.class);
        try {
            open.invoke(v, 3);
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        open.setAccessible(true);
        System.out.println(open.invoke(v, 3));
        Method prot = Vault.class.getDeclaredMethod("prot");
        System.out.println(prot.invoke(v));
        Constructor<Vault> ctor = Vault.class.getDeclaredConstructor(String.class);
        try {
            ctor.newInstance("x");
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        ctor.setAccessible(true);
        System.out.println(key.get(ctor.newInstance("made")));
        Field fin = Vault.class.getDeclaredField("LIMIT");
        fin.setAccessible(true);
        try {
            fin.setInt(null, 9);
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        Field inst = Vault.class.getDeclaredField("id");
        try {
            inst.setInt(v, 9);
        } catch (IllegalAccessException e) {
            System.out.println(e.getMessage());
        }
        inst.setAccessible(true);
        inst.setInt(v, 9);
        System.out.println("id " + inst.getInt(v));
        // Nestmates: no setAccessible needed.
        System.out.println(Inner.class.getDeclaredField("secret").get(new Inner()));
        System.out.println(Inner.class.getDeclaredMethod("hidden").invoke(null));
        System.out.println(ReflectPrivateAccess.class.getDeclaredField("mine").get(new ReflectPrivateAccess()));
    }
}

/** A class with members of every access level. */
class Vault {
    private String key = "k3y";
    private int code;
    private static final int LIMIT = 3;
    private final int id = 1;

    Vault() {
    }

    private Vault(String key) {
        this.key = key;
    }

    private String open(int n) {
        return "opened " + n;
    }

    protected String prot() {
        return "protected, same package";
    }
}
