// Interface calls in compiled code (each call site caches the last receiver class and its method): monomorphic
// sites, sites that see more implementors than the cache keeps, default methods, Object's methods through an
// interface type, a null receiver, and exceptions thrown by an implementation, with their stack traces. Also
// String.charAt and System.arraycopy in compiled code, with HotSpot's messages for their failures.
import java.util.ArrayList;
import java.util.List;

public class JitInterfaceCalls {
    interface Shape {
        int area();

        default int twice() {
            return area() * 2;
        }
    }

    static final class Sq implements Shape {
        final int s;

        Sq(int s) {
            this.s = s;
        }

        public int area() {
            return s * s;
        }
    }

    static final class Rect implements Shape {
        final int w, h;

        Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }

        public int area() {
            return w * h;
        }

        @Override
        public int twice() {
            return -area();
        }
    }

    static class Tri implements Shape {
        final int b, h;

        Tri(int b, int h) {
            this.b = b;
            this.h = h;
        }

        public int area() {
            if (b < 0) {
                throw new IllegalStateException("negative base " + b);
            }
            return b * h / 2;
        }

        @Override
        public String toString() {
            return "Tri(" + b + "," + h + ")";
        }
    }

    static class RightTri extends Tri {
        RightTri(int b) {
            super(b, b);
        }
    }

    static final class Circle implements Shape {
        public int area() {
            return 3;
        }
    }

    static final class Empty implements Shape {
        public int area() {
            return 0;
        }
    }

    static int areaOf(Shape s) {
        return s.area();
    }

    static int twiceOf(Shape s) {
        return s.twice();
    }

    static int monomorphic(Shape s, int n) {
        int t = 0;
        for (int i = 0; i < n; i++) {
            t += s.area();
        }
        return t;
    }

    static int chars(String s) {
        int h = 0;
        for (int i = 0; i < s.length(); i++) {
            h = h * 31 + s.charAt(i);
        }
        return h;
    }

    static char charAt(String s, int i) {
        return s.charAt(i);
    }

    static int[] copy(int[] src, int from, int[] dst, int to, int n) {
        System.arraycopy(src, from, dst, to, n);
        return dst;
    }

    static void copyAny(Object src, int from, Object dst, int to, int n) {
        System.arraycopy(src, from, dst, to, n);
    }

    // The program's own frames only: the class library's internals differ from HotSpot's.
    static void trace(String what, Throwable t) {
        System.out.println(what + ": " + t);
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("JitInterfaceCalls")) {
                System.out.println("    at " + e);
            }
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Sq(3), new Rect(2, 5), new Tri(4, 3), new RightTri(6), new Circle(), new Empty()};
        long total = 0;
        for (int i = 0; i < 5000; i++) {
            Shape s = shapes[i % shapes.length];
            total += areaOf(s) + twiceOf(s);
            total += areaOf(shapes[0]) + monomorphic(shapes[1], 3);
            total += (i % 7 == 0) ? s.hashCode() * 0 + s.toString().length() * 0 : 0;
        }
        System.out.println("total " + total);
        List<Shape> list = new ArrayList<>();
        for (Shape s : shapes) {
            list.add(s);
        }
        int sum = 0;
        for (int r = 0; r < 2000; r++) {
            for (Shape s : list) {
                sum += s.area();
            }
        }
        System.out.println("list " + sum + " " + shapes[2] + " " + shapes[3]);
        try {
            areaOf(new Tri(-1, 2));
        } catch (IllegalStateException e) {
            trace("implementation threw", e);
        }
        try {
            areaOf(null);
        } catch (NullPointerException e) {
            trace("null receiver", e);
        }
        try {
            twiceOf(new Tri(-2, 2));
        } catch (IllegalStateException e) {
            trace("through a default method", e);
        }

        String text = "the quick brown fox";
        int h = 0;
        for (int i = 0; i < 3000; i++) {
            h += chars(text) + charAt(text, i % text.length());
        }
        System.out.println("chars " + h);
        for (int index : new int[] {-1, 19, 100}) {
            try {
                charAt(text, index);
            } catch (StringIndexOutOfBoundsException e) {
                trace("charAt " + index, e);
            }
        }
        try {
            charAt(null, 0);
        } catch (NullPointerException e) {
            trace("charAt null", e);
        }

        int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] b = new int[8];
        long c = 0;
        for (int i = 0; i < 3000; i++) {
            copy(a, i % 4, b, (i + 1) % 4, 4);
            c += b[i % 8];
        }
        System.out.println("copied " + c);
        int[] overlap = {1, 2, 3, 4, 5, 6, 7, 8};
        copy(overlap, 0, overlap, 2, 6);
        System.out.println(java.util.Arrays.toString(overlap));
        copy(overlap, 3, overlap, 1, 5);
        System.out.println(java.util.Arrays.toString(overlap));
        Object[] objs = {"a", "b", 1, "d"};
        String[] strs = new String[4];
        Object[][] bad = {
            {a, -1, b, 0, 1}, {a, 0, b, -1, 1}, {a, 0, b, 0, -1}, {a, 5, b, 0, 4}, {a, 0, b, 6, 4},
            {a, 0, new long[4], 0, 1}, {"x", 0, b, 0, 1}, {a, 0, "y", 0, 1}, {objs, 0, strs, 0, 4},
            {null, 0, b, 0, 1}, {a, 0, null, 0, 1}, {objs, 0, new int[4], 0, 1},
        };
        for (Object[] t : bad) {
            try {
                copyAny(t[0], (Integer) t[1], t[2], (Integer) t[3], (Integer) t[4]);
                System.out.println("no exception");
            } catch (RuntimeException e) {
                trace("arraycopy", e);
            }
        }
        System.out.println(java.util.Arrays.toString(strs));
    }
}
