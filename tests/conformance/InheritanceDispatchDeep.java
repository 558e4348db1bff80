/** Virtual dispatch through a deep hierarchy: vtable slots overridden at various depths, final methods, super chains. */
public class InheritanceDispatchDeep {
    static class L0 {
        String a() { return "L0.a"; }
        String b() { return "L0.b"; }
        String c() { return "L0.c"; }
        final String fin() { return "final " + a(); }
        String all() { return a() + "," + b() + "," + c(); }
    }

    static class L1 extends L0 {
        @Override String a() { return "L1.a"; }
    }

    static class L2 extends L1 {
        @Override String b() { return "L2.b>" + super.b(); }
        String d() { return "L2.d"; }
    }

    static class L3 extends L2 {
        @Override String c() { return "L3.c"; }
        @Override String a() { return "L3.a>" + super.a(); }
    }

    static class L4 extends L3 {
        @Override String d() { return "L4.d>" + super.d(); }
        @Override String all() { return "L4[" + super.all() + "]"; }
    }

    public static void main(String[] args) {
        L0[] objs = {new L0(), new L1(), new L2(), new L3(), new L4()};
        for (L0 o : objs) {
            String extra = o instanceof L2 l2 ? " d=" + l2.d() : "";
            System.out.println(o.getClass().getSimpleName() + ": " + o.all() + " | " + o.fin() + extra);
        }
        long count = 0;
        for (int i = 0; i < 20000; i++) {
            count += objs[i % objs.length].all().length();
        }
        System.out.println("dispatch loop total length " + count);
    }
}
