/** instanceof with type patterns: binding in conditions, negated scope, and ordinary instanceof and casts. */
public class InstanceofPatterns {
    interface Shape {}

    static final class Circle implements Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }
    }

    static final class Rect implements Shape {
        final double w, h;

        Rect(double w, double h) {
            this.w = w;
            this.h = h;
        }
    }

    static double area(Shape s) {
        if (s instanceof Circle c) {
            return Math.PI * c.r * c.r;
        } else if (s instanceof Rect r && r.w == r.h) {
            return r.w * r.w;
        } else if (s instanceof Rect r) {
            return r.w * r.h;
        }
        return -1;
    }

    static String describe(Object o) {
        if (!(o instanceof String s)) {
            return "not a string: " + (o == null ? "null" : o.getClass().getSimpleName());
        }
        return "string of length " + s.length();
    }

    static String classify(Object o) {
        if (o instanceof Integer i && i > 10) {
            return "big int " + i;
        }
        if (o instanceof Integer i) {
            return "small int " + i;
        }
        if (o instanceof Number n) {
            return "number " + n.doubleValue();
        }
        if (o instanceof int[] arr) {
            return "int[] of " + arr.length;
        }
        if (o instanceof CharSequence cs && cs.length() > 0 && cs.charAt(0) == 'x') {
            return "x-sequence";
        }
        return "other";
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Rect(2, 2), new Rect(2, 3), new Shape() {}};
        for (Shape s : shapes) {
            System.out.println("area = " + area(s));
        }
        Object[] things = {"hello", 5, 50, 2.5, new int[3], "xyz", new StringBuilder("xb"), null, 'c'};
        for (Object o : things) {
            System.out.println(describe(o) + " / " + classify(o));
        }
        Object n = null;
        System.out.println("null instanceof Object: " + (n instanceof Object));
    }
}
