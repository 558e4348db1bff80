package seeds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** A sealed hierarchy with records, pattern matching, lambdas and string concatenation. */
public sealed interface Shapes permits Shapes.Circle, Shapes.Rect {
    double area();

    default String describe() {
        return getClass().getSimpleName() + " of area " + area();
    }

    record Circle(double r) implements Shapes {
        public double area() { return Math.PI * r * r; }
    }

    record Rect(long w, long h) implements Shapes {
        public Rect {
            if (w < 0 || h < 0) throw new IllegalArgumentException("negative " + w + "x" + h);
        }
        public double area() { return (double) w * h; }
    }

    static List<String> names(List<? extends Shapes> shapes, Function<Shapes, String> f) {
        List<String> out = new ArrayList<>();
        shapes.forEach(s -> out.add(f.apply(s)));
        out.sort(String::compareTo);
        return out;
    }

    static double total(Object[] things) {
        double sum = 0;
        for (Object o : things) {
            if (o instanceof Circle c && c.r() > 0) sum += c.area();
            else if (o instanceof Rect r) sum += r.area();
        }
        return sum;
    }
}
