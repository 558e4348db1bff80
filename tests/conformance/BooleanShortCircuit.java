/** Short-circuit && and ||, non-short-circuit & and | on booleans, side effects and evaluation order, boolean arrays. */
public class BooleanShortCircuit {
    static StringBuilder log = new StringBuilder();

    static boolean t(String name) {
        log.append(name);
        return true;
    }

    static boolean f(String name) {
        log.append(name);
        return false;
    }

    static void show(String expr, boolean result) {
        System.out.println(expr + " = " + result + " evaluated [" + log + "]");
        log.setLength(0);
    }

    public static void main(String[] args) {
        show("f(a) && t(b)", f("a") && t("b"));
        show("t(a) && f(b)", t("a") && f("b"));
        show("t(a) || f(b)", t("a") || f("b"));
        show("f(a) || t(b)", f("a") || t("b"));
        show("f(a) & t(b)", f("a") & t("b"));
        show("t(a) | f(b)", t("a") | f("b"));
        show("t(a) ^ t(b)", t("a") ^ t("b"));
        show("f(a) && t(b) || t(c)", f("a") && t("b") || t("c"));
        show("t(a) || t(b) && f(c)", t("a") || t("b") && f("c"));
        show("!(f(a) || f(b)) && t(c)", !(f("a") || f("b")) && t("c"));
        boolean x = false;
        x |= t("or-assign");
        x &= f("and-assign");
        x ^= t("xor-assign");
        show("compound " + x, x);
        boolean[] flags = new boolean[8];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = (i & 1) == 0 ^ i > 4;
        }
        StringBuilder sb = new StringBuilder();
        for (boolean b : flags) {
            sb.append(b ? '1' : '0');
        }
        System.out.println("flags " + sb);
        int i = 0;
        boolean r = i++ > 0 && i++ > 0;
        System.out.println("side effect i=" + i + " r=" + r);
        int j = 0;
        boolean s = j++ >= 0 | j++ > 100;
        System.out.println("non-short-circuit j=" + j + " s=" + s);
        Object o = null;
        System.out.println("guarded null: " + (o != null && o.hashCode() > 0) + " " + (o == null || o.hashCode() > 0));
    }
}
