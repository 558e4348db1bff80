/** Enums: values, valueOf, ordinal, compareTo, fields and constructors, constant-specific bodies, switch. */
public class Enums {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6),
        EARTH(5.976e+24, 6.37814e6),
        JUPITER(1.9e+27, 7.1492e7);

        private final double mass;
        private final double radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    enum Op {
        PLUS("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        TIMES("*") {
            int apply(int a, int b) {
                return a * b;
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);

        @Override
        public String toString() {
            return "Op(" + symbol + ")";
        }
    }

    static String mood(Color c) {
        switch (c) {
            case RED: return "angry";
            case GREEN: return "calm";
            default: return "sad";
        }
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " ordinal " + c.ordinal() + " name " + c.name() + " mood " + mood(c)
                + " compareTo(GREEN) " + c.compareTo(Color.GREEN));
        }
        System.out.println("valueOf: " + Color.valueOf("BLUE") + ", same instance: "
            + (Color.valueOf("BLUE") == Color.BLUE) + ", Enum.valueOf: " + Enum.valueOf(Color.class, "RED"));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            Color.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): NullPointerException " + e.getMessage());
        }
        for (Planet p : Planet.values()) {
            System.out.println(p + " gravity " + p.surfaceGravity());
        }
        for (Op op : Op.values()) {
            System.out.println(op + " name " + op.name() + " 6,7 -> " + op.apply(6, 7) + " class "
                + op.getClass().getName() + " declaring " + op.getDeclaringClass().getName());
        }
        Color[] copy = Color.values();
        copy[0] = Color.BLUE;
        System.out.println("values() is a fresh copy: " + Color.values()[0] + ", length " + copy.length);
        System.out.println("hashCode of name: " + Color.RED.name().hashCode() + ", equals: " + Color.RED.equals(Color.RED));
        System.out.println("isEnum: " + Color.class.isEnum() + ", superclass " + Color.class.getSuperclass().getName());
        String result = switch (Planet.EARTH) {
            case MERCURY -> "hot";
            case EARTH -> "home";
            case JUPITER -> "big";
        };
        System.out.println("switch expression over enum: " + result);
    }
}
