/**
 * Method calls: small methods called through every kind of invocation. A bank of shapes of four classes
 * (megamorphic virtual calls through an abstract class), a monomorphic final-class call site, interface
 * calls with three implementors including a default method, static helpers, and private instance methods.
 * Measures call and return overhead, argument passing, dispatch through vtables and itables.
 * Prints the accumulated checksum.
 */
public final class Calls {
    interface Op {
        int apply(int x);

        default int twice(int x) {
            return apply(apply(x));
        }
    }

    static final class Add implements Op {
        final int k;

        Add(int k) {
            this.k = k;
        }

        public int apply(int x) {
            return x + k;
        }
    }

    static final class Xor implements Op {
        public int apply(int x) {
            return x ^ 0x5a5a;
        }
    }

    static final class Mul implements Op {
        public int apply(int x) {
            return x * 3;
        }

        public int twice(int x) {
            return x * 9;
        }
    }

    abstract static class Shape {
        abstract int area();

        int perimeter() {
            return 0;
        }

        int weight() {
            return area() + perimeter();
        }
    }

    static class Square extends Shape {
        final int side;

        Square(int side) {
            this.side = side;
        }

        int area() {
            return side * side;
        }

        int perimeter() {
            return 4 * side;
        }
    }

    static final class Cube extends Square {
        Cube(int side) {
            super(side);
        }

        int area() {
            return 6 * super.area();
        }
    }

    static final class Rect extends Shape {
        final int w, h;

        Rect(int w, int h) {
            this.w = w;
            this.h = h;
        }

        int area() {
            return w * h;
        }

        int perimeter() {
            return 2 * (w + h);
        }
    }

    static final class Dot extends Shape {
        int area() {
            return 1;
        }
    }

    static final class Counter {
        private int count;

        private void bump(int by) {
            count += by;
        }

        void tick(int x) {
            bump(x & 3);
        }

        int get() {
            return count;
        }
    }

    static int mix(int a, int b) {
        return (a * 31) ^ b;
    }

    static int clamp(int x) {
        return x & 0xFFFF;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000000;
        Shape[] shapes = {new Square(3), new Rect(2, 5), new Cube(2), new Dot(), new Rect(7, 1), new Square(4)};
        Op[] ops = {new Add(7), new Xor(), new Mul(), new Add(-3)};
        Counter counter = new Counter();
        Rect fixed = new Rect(3, 3);
        int acc = 0;
        for (int i = 0; i < n; i++) {
            Shape s = shapes[i % shapes.length];
            acc = mix(acc, s.weight());
            acc = mix(acc, fixed.area());
            Op op = ops[i & 3];
            acc = clamp(op.apply(acc)) + clamp(op.twice(i));
            counter.tick(acc);
        }
        System.out.println(new StringBuilder().append("calls ").append(n).append(" checksum ").append(acc)
                .append(" count ").append(counter.get()));
    }
}
