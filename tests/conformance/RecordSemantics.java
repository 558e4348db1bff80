/** Records: generated toString/equals/hashCode for every component type, accessors, floating-point equality rules. */
public class RecordSemantics {
    record Prims(boolean z, byte b, short s, char c, int i, long l, float f, double d) {
    }

    record Named(String name, Integer boxed, Object any) {
    }

    record Empty() {
    }

    record Pair<A, B>(A first, B second) {
    }

    record Floats(double d, float f) {
    }

    public static void main(String[] args) {
        Prims p = new Prims(true, (byte) -2, (short) 300, 'x', 42, 1L << 40, 1.5f, -0.25);
        System.out.println(p);
        System.out.println("hash " + p.hashCode() + " equals copy " + p.equals(new Prims(true, (byte) -2, (short) 300, 'x',
            42, 1L << 40, 1.5f, -0.25)) + " accessors " + p.i() + p.c() + p.d());
        Named n1 = new Named("ann", 7, "thing");
        Named n2 = new Named("ann", 7, "thing");
        Named n3 = new Named(null, null, null);
        System.out.println(n1 + " " + n3);
        System.out.println("equals " + n1.equals(n2) + " " + n1.equals(n3) + " " + n3.equals(new Named(null, null, null))
            + " " + n1.equals("ann") + " " + n1.equals(null));
        System.out.println("hash " + n1.hashCode() + " " + (n1.hashCode() == n2.hashCode()) + " null-hash " + n3.hashCode());
        System.out.println("empty " + new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Pair<String, Pair<Integer, Character>> nested = new Pair<>("outer", new Pair<>(1, 'c'));
        System.out.println(nested + " hash " + nested.hashCode() + " second.first " + nested.second().first());
        Floats nan1 = new Floats(Double.NaN, Float.NaN);
        Floats nan2 = new Floats(0.0 / 0.0, 0.0f / 0.0f);
        Floats zero = new Floats(0.0, 0.0f);
        Floats negZero = new Floats(-0.0, -0.0f);
        System.out.println(nan1 + " " + negZero);
        System.out.println("NaN equals NaN " + nan1.equals(nan2) + ", 0.0 equals -0.0 " + zero.equals(negZero)
            + ", hashes " + nan1.hashCode() + " " + zero.hashCode() + " " + negZero.hashCode());
        Record r = p;
        System.out.println("is Record " + (r instanceof Record) + " class " + r.getClass().getSimpleName());
    }
}
