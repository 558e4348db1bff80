// Records' toString, equals and hashCode through ObjectMethods: every primitive kind, nulls, nesting.
public class IndyRecords {
    record Empty() { }
    record Point(int x, int y) { }
    record AllKinds(boolean z, byte b, char c, short s, int i, long l, float f, double d, String str, Object o) { }
    record Line(Point from, Point to) { }
    record Box<T>(T value) { }
    record Floats(float f, double d) { }
    record WithArray(int[] values) { }
    record Custom(String name) {
        @Override public String toString() { return "Custom(" + name + ")"; }
    }

    public static void main(String[] args) {
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Point p = new Point(1, 2);
        System.out.println(p + " " + p.hashCode() + " " + p.equals(new Point(1, 2)) + " " + p.equals(new Point(2, 1)));
        System.out.println(p.equals(null) + " " + p.equals("Point[x=1, y=2]"));
        AllKinds all = new AllKinds(true, (byte) -3, 'q', (short) 300, -9, 1L << 40, 2.5f, -0.125, "s", null);
        System.out.println(all);
        System.out.println(all.hashCode());
        AllKinds same = new AllKinds(true, (byte) -3, 'q', (short) 300, -9, 1L << 40, 2.5f, -0.125, "s", null);
        System.out.println(all.equals(same) + " " + (all.hashCode() == same.hashCode()));
        AllKinds other = new AllKinds(false, (byte) -3, 'q', (short) 300, -9, 1L << 40, 2.5f, -0.125, "s", 1);
        System.out.println(all.equals(other) + " " + other.hashCode());
        AllKinds nulls = new AllKinds(false, (byte) 0, 'A', (short) 0, 0, 0L, 0f, 0d, null, null);
        System.out.println(nulls + " " + nulls.hashCode() + " " + nulls.equals(nulls));
        Line line = new Line(new Point(0, 0), new Point(3, 4));
        System.out.println(line + " " + line.hashCode() + " " + line.equals(new Line(new Point(0, 0), new Point(3, 4))));
        System.out.println(new Line(null, p) + " " + new Line(null, p).hashCode() + " " + new Line(null, p).equals(new Line(null, p)));
        System.out.println(new Line(null, p).equals(new Line(p, null)));
        Box<String> box = new Box<>("v");
        System.out.println(box + " " + box.hashCode() + " " + box.equals(new Box<>("v")) + " " + box.equals(new Box<>(null)));
        Box<Box<Integer>> nested = new Box<>(new Box<>(7));
        System.out.println(nested + " " + nested.hashCode());
        Floats nan = new Floats(Float.NaN, Double.NaN);
        System.out.println(nan + " " + nan.equals(new Floats(Float.NaN, Double.NaN)) + " " + nan.hashCode());
        Floats zero = new Floats(0.0f, 0.0);
        System.out.println(zero.equals(new Floats(-0.0f, 0.0)) + " " + zero.equals(new Floats(0.0f, -0.0)));
        System.out.println(new Floats(-0.0f, -0.0) + " " + new Floats(-0.0f, -0.0).hashCode());
        System.out.println(new Floats(1e10f, 1e-10) + " " + new Floats(1e10f, 1e-10).hashCode());
        int[] values = {1, 2};
        WithArray wa = new WithArray(values);
        System.out.println(wa.equals(new WithArray(values)) + " " + wa.equals(new WithArray(new int[] {1, 2})));
        System.out.println(new Custom("c") + " " + new Custom("c").equals(new Custom("c")) + " " + new Custom("c").hashCode());
        record Local(String a, long b) { }
        Local local = new Local("loc", -1L);
        System.out.println(local + " " + local.hashCode());
        try {
            Object o = null;
            System.out.println(((Point) o).toString());
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
