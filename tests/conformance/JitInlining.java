// Calls the JIT translates inline (getters, setters, small static helpers, constructors, nested up to several
// levels, virtual calls behind a guard) must behave exactly as calls: exceptions thrown inside inlined code show
// the inlined frames in their stack traces (with the lines of the callee), helpful NullPointerException messages
// name the right instruction, handlers in the caller catch what the inlined callee throws, a guarded virtual call
// goes through the vtable when the receiver overrides the method, and calls out of inlined code see the inlined
// frames. Each wrapper is warmed up until it is compiled (default mode); in -Xcomp the callees are called once
// directly first, so their constants are resolved when the wrappers compile.
public class JitInlining {
    static class Point {
        int x, y;
        Point next;
        int[] data;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
        }

        int getX() {
            return x;
        }

        int getY() {
            return y;
        }

        void setX(int v) {
            x = v;
        }

        Point getNext() {
            return next;
        }

        int at(int i) {
            return data[i];
        }

        int div(int d) {
            return x / d;
        }
    }

    static class Shifted extends Point {
        Shifted(int x, int y) {
            super(x, y);
        }

        @Override
        int getX() {
            return x + 1000;
        }
    }

    static final class Holder {
        private Object value;

        Holder(Object value) {
            this.value = value;
        }

        private Object get() {
            return value;
        }

        String describe() {
            return get().toString();
        }
    }

    static int sq(int v) {
        return v * v;
    }

    static int twice(int v) {
        return sq(v) + sq(v + 1);
    }

    static int deep1(int[] a, int i) {
        return deep2(a, i) + 1;
    }

    static int deep2(int[] a, int i) {
        return deep3(a, i) * 2;
    }

    static int deep3(int[] a, int i) {
        return a[i];
    }

    static int length(int[] a) {
        return a.length;
    }

    static int sumPoint(Point p) {
        return p.getX() + p.getY();
    }

    static int readAt(Point p, int i) {
        return p.at(i);
    }

    static int chainX(Point p) {
        return p.getNext().getX();
    }

    static int divide(Point p, int d) {
        return p.div(d);
    }

    static int bump(Point p, int v) {
        p.setX(p.getX() + v);
        return p.getX();
    }

    static Point make(int i) {
        return new Point(i, i + 1);
    }

    static int outer(int n) {
        return middle(n) + 1;
    }

    static int middle(int n) {
        return big(n);
    }

    // Too large to inline: a real call out of the inlined `middle`.
    static int big(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        int s = 0;
        for (int i = 0; i < 3; i++) {
            s += (n ^ i) * 7 + (n >>> (i + 1)) - (n % (i + 2));
        }
        return s;
    }

    static String via() {
        return where();
    }

    static String where() {
        StackTraceElement[] st = new Throwable().getStackTrace();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3 && i < st.length; i++) {
            sb.append(st[i].getMethodName()).append(':').append(st[i].getLineNumber()).append(' ');
        }
        return sb.toString();
    }

    static int caught(Point p, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            try {
                s += p.at(i);
            } catch (ArrayIndexOutOfBoundsException e) {
                s -= 1000;
            }
        }
        return s;
    }

    static void trace(String what, Throwable t) {
        System.out.println(what + ": " + t);
        for (StackTraceElement e : t.getStackTrace()) {
            System.out.println("    at " + e);
        }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        p.data = new int[] {10, 20, 30};
        Point q = new Point(5, 6);
        p.next = q;
        int[] a = {1, 2, 3, 4};

        // Resolve the callees' constants before the wrappers first run (for -Xcomp).
        long prime = sq(2) + deep3(a, 0) + p.getX() + p.getY() + p.at(0) + p.getNext().getX() + p.div(1) + length(a);
        p.setX(p.getX());
        prime += make(1).getX() + middle(1) + big(1) + new Holder("h").describe().length() + via().length() * 0;
        prime += deep2(a, 0) + twice(1) + readAt(p, 0);
        System.out.println("prime " + prime);

        long total = 0;
        for (int i = 0; i < 4000; i++) {
            total += twice(i & 15) + deep1(a, i & 3) + length(a);
            total += sumPoint(p) + readAt(p, i % 3) + chainX(p) + divide(p, 1 + (i & 7));
            total += make(i).getY() + outer(i & 63);
            total += bump(q, 1) - q.getX();
            total += new Holder(p).describe().length() > 0 ? 1 : 0;
        }
        System.out.println("total " + total + " q.x " + q.x);

        // A guarded virtual call whose receiver overrides the inlined method (and one that inherits it).
        Point s = new Shifted(7, 8);
        System.out.println("shifted " + sumPoint(s) + " " + sumPoint(p) + " " + bump(s, 2));

        try {
            readAt(p, 5);
        } catch (ArrayIndexOutOfBoundsException e) {
            trace("inlined getter", e);
        }
        try {
            deep1(a, -1);
        } catch (ArrayIndexOutOfBoundsException e) {
            trace("three levels", e);
        }
        try {
            length(null);
        } catch (NullPointerException e) {
            trace("inlined static", e);
        }
        try {
            chainX(q);
        } catch (NullPointerException e) {
            trace("null result", e);
        }
        try {
            sumPoint(null);
        } catch (NullPointerException e) {
            trace("null receiver", e);
        }
        try {
            divide(p, 0);
        } catch (ArithmeticException e) {
            trace("division", e);
        }
        Point empty = new Point(1, 1);
        try {
            readAt(empty, 0);
        } catch (NullPointerException e) {
            trace("null array in inlined callee", e);
        }
        try {
            outer(-5);
        } catch (IllegalArgumentException e) {
            trace("call out of inlined code", e);
        }
        try {
            new Holder(null).describe();
        } catch (NullPointerException e) {
            trace("private inlined", e);
        }
        System.out.println("where " + via());
        System.out.println("caught " + caught(p, 6) + " " + caught(p, 2));
        for (int i = 0; i < 3000; i++) {
            total += caught(p, 4);
        }
        System.out.println("total " + total);
    }
}
