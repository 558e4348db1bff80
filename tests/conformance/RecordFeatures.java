/** Records: compact and canonical constructors, validation, static members, nested records, interfaces, overrides. */
public class RecordFeatures {
    interface Shape {
        double area();

        default String kind() {
            return getClass().getSimpleName();
        }
    }

    record Range(int lo, int hi) {
        static int created;
        static final Range UNIT = new Range(0, 1);

        Range {
            if (lo > hi) {
                throw new IllegalArgumentException("lo " + lo + " > hi " + hi);
            }
            created++;
        }

        Range(int single) {
            this(single, single);
        }

        int length() {
            return hi - lo;
        }

        static Range of(int a, int b) {
            return new Range(Math.min(a, b), Math.max(a, b));
        }
    }

    record Name(String value) {
        Name {
            value = value.trim().toLowerCase();
        }
    }

    record Circle(double r) implements Shape {
        public double area() {
            return Math.PI * r * r;
        }
    }

    record Rect(double w, double h) implements Shape, Comparable<Rect> {
        public double area() {
            return w * h;
        }

        public int compareTo(Rect o) {
            return Double.compare(area(), o.area());
        }
    }

    record Money(long cents) {
        @Override
        public String toString() {
            return String.format("$%d.%02d", cents / 100, cents % 100);
        }

        @Override
        public long cents() {
            return Math.abs(cents);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Money m && m.cents / 100 == cents / 100;
        }

        @Override
        public int hashCode() {
            return (int) (cents / 100);
        }
    }

    record Line(Range x, Range y) {
        record Label(String text) {
        }

        Label label() {
            return new Label(x + "x" + y);
        }
    }

    public static void main(String[] args) {
        System.out.println(Range.UNIT + " " + new Range(5) + " " + Range.of(9, 3) + " length " + Range.of(9, 3).length());
        try {
            new Range(4, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
        System.out.println("created " + Range.created);
        Name n = new Name("  MiXeD  ");
        System.out.println(n + " " + n.value().length() + " " + n.equals(new Name("mixed")));
        Shape[] shapes = {new Circle(1), new Rect(2, 3)};
        for (Shape s : shapes) {
            System.out.println(s.kind() + " " + String.format("%.4f", s.area()) + " " + s);
        }
        System.out.println("compareTo " + new Rect(1, 6).compareTo(new Rect(2, 3)) + " " + new Rect(1, 1).compareTo(new Rect(2, 3)));
        Money m = new Money(-12345);
        System.out.println(m + " cents() " + m.cents() + " equals " + m.equals(new Money(-12399)) + " hash " + m.hashCode());
        Line line = new Line(new Range(1, 2), new Range(3, 4));
        System.out.println(line + " " + line.label() + " " + line.label().getClass().getName());
        Object o = line;
        if (o instanceof Line l && l.x().lo() == 1) {
            System.out.println("pattern matched, y.hi " + l.y().hi());
        }
    }
}
