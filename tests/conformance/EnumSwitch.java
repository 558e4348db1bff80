/** Switches on enums: statement, expression, fallthrough, default, exhaustive arrow form, and null. */
public class EnumSwitch {
    enum Planet { MERCURY, VENUS, EARTH, MARS, JUPITER, SATURN }

    enum Op { ADD, SUB, MUL, DIV }

    static String kind(Planet p) {
        switch (p) {
            case MERCURY:
            case VENUS:
            case EARTH:
            case MARS:
                return "rocky";
            case JUPITER:
                return "gas";
            default:
                return "other";
        }
    }

    static int apply(Op op, int a, int b) {
        return switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> {
                if (b == 0) {
                    yield Integer.MAX_VALUE;
                }
                yield a / b;
            }
        };
    }

    static int order(Planet p) {
        int n = 0;
        switch (p) {
            case SATURN: n++;
            case JUPITER: n++;
            case MARS: n++;
            case EARTH: n++;
            default: n += 10;
        }
        return n;
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) {
            System.out.println(p + " " + p.ordinal() + " " + kind(p) + " " + order(p));
        }
        for (Op op : Op.values()) {
            System.out.println(op.name() + " 17,5 = " + apply(op, 17, 5) + "; 1,0 = " + apply(op, 1, 0));
        }
        try {
            Planet none = null;
            kind(none);
        } catch (NullPointerException e) {
            System.out.println("switch on null enum throws NPE");
        }
        Planet p = Planet.valueOf("EARTH");
        switch (p) {
            case EARTH -> System.out.println("home");
            default -> System.out.println("away");
        }
    }
}
