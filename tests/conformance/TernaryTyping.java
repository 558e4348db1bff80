/** Conditional expression typing: numeric promotion, char vs int constants, boxing/unboxing, reference lub, NPE on unboxing. */
public class TernaryTyping {
    static Object box(boolean flag) {
        return flag ? 1 : 'a';
    }

    public static void main(String[] args) {
        boolean t = args.length == 0;
        boolean f = !t;
        System.out.println(true ? 1 : 'a');
        System.out.println(false ? 1 : 'a');
        int i = 98;
        System.out.println(false ? i : 'a');
        System.out.println(t ? 'x' : 0);
        System.out.println(t ? 'x' : 70000);
        System.out.println(t ? 1 : 2.0);
        System.out.println(t ? 1L : 2);
        System.out.println(t ? (byte) 1 : (short) 2);
        System.out.println(t ? 1 : 2.0f);
        Object o1 = t ? 1 : "one";
        Object o2 = t ? Integer.valueOf(7) : Double.valueOf(2);
        System.out.println(o1.getClass().getSimpleName() + " " + o2 + " " + o2.getClass().getSimpleName());
        System.out.println(box(true) + " " + box(true).getClass().getSimpleName() + " " + box(false) + " "
            + box(false).getClass().getSimpleName());
        Integer nullInt = null;
        Integer other = 5;
        Integer safe = t ? nullInt : other;
        System.out.println("both boxed keeps null: " + safe);
        try {
            int bad = t ? nullInt : 0;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null in ternary: NPE");
        }
        try {
            Integer stillBad = t ? nullInt : 0;
            System.out.println(stillBad);
        } catch (NullPointerException e) {
            System.out.println("Integer = cond ? Integer(null) : int -> NPE too");
        }
        Long l = f ? 1L : null;
        System.out.println("null branch with boxed target: " + l);
        CharSequence cs = t ? "string" : new StringBuilder("builder");
        System.out.println("lub CharSequence: " + cs.length() + " " + cs.getClass().getSimpleName());
        int nested = t ? f ? 1 : 2 : 3;
        System.out.println("nested " + nested);
        String s = null;
        System.out.println("short-circuit guard: " + (s != null && s.length() > 0 ? "non-empty" : "empty-or-null"));
        long counter = 0;
        for (int k = 0; k < 10; k++) {
            counter += k % 3 == 0 ? k : k % 3 == 1 ? -k : 100;
        }
        System.out.println("counter " + counter);
    }
}
