/** Interfaces with default, static and private methods; diamond defaults resolved with `X.super.m()`. */
public class InterfaceMethods {
    interface Shape {
        double area();

        default String describe() {
            return name() + " with area " + format(area());
        }

        default String name() {
            return "shape";
        }

        private String format(double value) {
            return Math.round(value * 100) / 100.0 + " units";
        }

        static Shape unitSquare() {
            return () -> 1.0;
        }
    }

    interface Named {
        default String name() {
            return "named";
        }
    }

    interface Counter {
        int COUNT_BASE = 100;

        int next();

        static int twice(Counter c) {
            return c.next() + c.next();
        }
    }

    static class Circle implements Shape {
        final double r;

        Circle(double r) {
            this.r = r;
        }

        public double area() {
            return Math.PI * r * r;
        }

        @Override
        public String name() {
            return "circle";
        }
    }

    static class Square implements Shape, Named {
        public double area() {
            return 4;
        }

        @Override
        public String name() {
            return Shape.super.name() + "+" + Named.super.name();
        }
    }

    static class Steps implements Counter {
        int n = COUNT_BASE;

        public int next() {
            return n++;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Square(), Shape.unitSquare()};
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        System.out.println("twice = " + Counter.twice(new Steps()));
        Named anonymous = new Named() {};
        System.out.println("anonymous default: " + anonymous.name());
        Object square = new Square();
        System.out.println("instanceof Named: " + (square instanceof Named) + ", Shape: " + (square instanceof Shape)
            + ", Counter: " + (square instanceof Counter));
        Comparable<String> cmp = "b"::compareTo;
        System.out.println("compareTo via interface: " + cmp.compareTo("a") + " " + cmp.compareTo("c"));
    }
}
