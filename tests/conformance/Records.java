/** Records: generated toString, equals and hashCode, compact constructors, nested records, static members. */
public class Records {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (x < -1000 || y < -1000) {
                throw new IllegalArgumentException("out of range: " + x + "," + y);
            }
        }

        double distance() {
            return Math.sqrt(x * x + y * y);
        }

        static Point of(int v) {
            return new Point(v, v);
        }
    }

    record Line(Point from, Point to, String label) {}

    record Mixed(boolean b, char c, long l, double d, float f, byte by, short s) {}

    record Empty() {}

    record Named(String name, int age) {
        Named(String name) {
            this(name, -1);
        }

        @Override
        public String name() {
            return name.toUpperCase();
        }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p + " distance " + p.distance() + " x " + p.x() + " y " + p.y());
        System.out.println("equals: " + p.equals(new Point(3, 4)) + " " + p.equals(new Point(4, 3)) + " "
            + p.equals(null) + " " + p.equals("Point[x=3, y=4]"));
        System.out.println("hashCode: " + p.hashCode() + " " + new Point(3, 4).hashCode() + " "
            + Point.ORIGIN.hashCode() + " " + Point.of(-7).hashCode());
        Line line = new Line(Point.ORIGIN, p, "diagonal");
        System.out.println(line + " hash " + line.hashCode());
        Line nullLabel = new Line(p, p, null);
        System.out.println(nullLabel + " hash " + nullLabel.hashCode() + " equals itself "
            + nullLabel.equals(new Line(p, p, null)));
        Mixed m = new Mixed(true, 'z', 1L << 40, -0.0, 1.5f, (byte) -1, (short) 300);
        System.out.println(m + " hash " + m.hashCode());
        System.out.println("-0.0 vs 0.0 in records: "
            + m.equals(new Mixed(true, 'z', 1L << 40, 0.0, 1.5f, (byte) -1, (short) 300)));
        System.out.println(new Empty() + " hash " + new Empty().hashCode() + " equals " + new Empty().equals(new Empty()));
        Named n = new Named("ada");
        System.out.println(n + " accessor " + n.name() + " hash " + n.hashCode());
        try {
            new Point(-5000, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("compact constructor: " + e.getMessage());
        }
        System.out.println("isRecord: " + Point.class.isRecord() + ", superclass: " + Point.class.getSuperclass().getName());
    }
}
