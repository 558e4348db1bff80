// Calls that cross between interpreted and compiled code (the default mode compiles methods as they get hot,
// -Xcomp before their first run): deep recursion that gets compiled mid-way, exceptions thrown in one tier
// and caught in the other, stack traces through both, and Java semantics the compiled code must keep.
public class JitTierCrossing {
    static int depth(int n) {
        if (n == 0) return 0;
        return 1 + depth(n - 1);
    }

    static int thrower(int n) {
        if (n % 7 == 3) throw new IllegalStateException("n=" + n);
        return n * 2;
    }

    static int catcher(int n) {
        try {
            return thrower(n);
        } catch (IllegalStateException e) {
            return -1;
        }
    }

    static int recurseAndThrow(int n) {
        if (n == 0) throw new ArithmeticException("bottom");
        return recurseAndThrow(n - 1) + 1;
    }

    interface Shape { double area(); }
    record Square(double side) implements Shape { public double area() { return side * side; } }
    record Circle(double r) implements Shape { public double area() { return 3.0 * r * r; } }

    static long mix(long a, int b) {
        long x = a * 31 + (b >>> 3) - (b << 29) + (a >> 65);
        x ^= (x >>> 17);
        return x / (b | 1) + x % 1000;
    }

    public static void main(String[] args) {
        long total = 0;
        for (int i = 0; i < 3000; i++) total += depth(i % 200);
        System.out.println("depth total " + total);
        System.out.println("deep " + depth(5000));

        int caught = 0;
        long sum = 0;
        for (int i = 0; i < 5000; i++) {
            int r = catcher(i);
            if (r < 0) caught++; else sum += r;
        }
        System.out.println("caught " + caught + " sum " + sum);

        for (int round = 0; round < 3; round++) {
            try {
                recurseAndThrow(50 + round);
            } catch (ArithmeticException e) {
                StackTraceElement[] trace = e.getStackTrace();
                System.out.println(e.getMessage() + " frames=" + trace.length + " top=" + trace[0].getMethodName()
                        + " bottom=" + trace[trace.length - 1].getMethodName());
            }
        }

        Shape[] shapes = new Shape[100];
        for (int i = 0; i < shapes.length; i++) shapes[i] = (i % 3 == 0) ? new Circle(i) : new Square(i);
        double area = 0;
        for (int k = 0; k < 50; k++) for (Shape s : shapes) area += s.area();
        System.out.println("area " + area);

        long m = 7;
        for (int i = 1; i < 20000; i++) m = mix(m, i);
        System.out.println("mix " + m);
        System.out.println(Integer.MIN_VALUE / -1 + " " + Long.MIN_VALUE % -1 + " " + (int) Float.NaN + " " + (long) 1e300
                + " " + (int) -1e300 + " " + (5.5f % -2f) + " " + (-7 >> 1) + " " + (-7 >>> 28) + " " + (1 << 33));
        int[] a = new int[10];
        int bad = 0;
        for (int i = -2; i < 12; i++) {
            try { a[i] = i; } catch (ArrayIndexOutOfBoundsException e) { bad++; }
        }
        System.out.println("bad " + bad + " " + java.util.Arrays.toString(a));
        Object o = "str";
        try {
            Integer n = (Integer) o;
            System.out.println(n);
        } catch (ClassCastException e) {
            System.out.println("cce");
        }
        int[][][] cube = new int[2][3][4];
        cube[1][2][3] = 5;
        System.out.println("cube " + cube.length + cube[0].length + cube[1][2].length + cube[1][2][3]);
        try {
            int[][] neg = new int[2][-1];
            System.out.println(neg.length);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative " + e.getMessage());
        }
        int[] none = null;
        System.out.println(none.length);
    }
}
