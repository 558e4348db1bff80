/** Abstract classes: template methods, abstract methods implemented at different levels, constructors of abstract classes. */
public class AbstractClasses {
    static abstract class Shape {
        private static int created;
        final String name;

        Shape(String name) {
            this.name = name;
            created++;
        }

        abstract double area();

        abstract double perimeter();

        String describe() {
            return name + " area=" + String.format("%.3f", area()) + " perimeter=" + String.format("%.3f", perimeter());
        }

        static int created() {
            return created;
        }
    }

    static abstract class Polygon extends Shape {
        final int sides;

        Polygon(String name, int sides) {
            super(name);
            this.sides = sides;
        }

        @Override
        String describe() {
            return super.describe() + " sides=" + sides;
        }
    }

    static class Rect extends Polygon {
        final double w, h;

        Rect(double w, double h) {
            super("rect", 4);
            this.w = w;
            this.h = h;
        }

        @Override
        double area() {
            return w * h;
        }

        @Override
        double perimeter() {
            return 2 * (w + h);
        }
    }

    static class Square extends Rect {
        Square(double s) {
            super(s, s);
        }

        @Override
        String describe() {
            return "square! " + super.describe();
        }
    }

    static class Circle extends Shape {
        final double r;

        Circle(double r) {
            super("circle");
            this.r = r;
        }

        @Override
        double area() {
            return Math.PI * r * r;
        }

        @Override
        double perimeter() {
            return 2 * Math.PI * r;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Rect(2, 3.5), new Square(1.5), new Circle(1), new Circle(0.25)};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.describe());
            total += s.area();
        }
        System.out.println("total area " + total + ", created " + Shape.created());
        Shape anon = new Shape("anon") {
            @Override
            double area() {
                return 1;
            }

            @Override
            double perimeter() {
                return 4;
            }
        };
        System.out.println(anon.describe() + " class " + anon.getClass().getName() + " super "
            + anon.getClass().getSuperclass().getSimpleName());
        System.out.println("instanceof Polygon: " + (shapes[1] instanceof Polygon) + " " + (shapes[2] instanceof Polygon));
    }
}
