/** instanceof and checkcast with arrays, interfaces, null, primitives arrays vs Object[], and pattern matching variables. */
public class InstanceofArrays {
    interface Flier {
    }

    interface Swimmer {
    }

    static class Duck implements Flier, Swimmer {
    }

    static class Penguin implements Swimmer {
    }

    static String classify(Object o) {
        StringBuilder sb = new StringBuilder();
        sb.append(o instanceof Object ? "O" : "-");
        sb.append(o instanceof Object[] ? "A" : "-");
        sb.append(o instanceof int[] ? "I" : "-");
        sb.append(o instanceof Flier ? "F" : "-");
        sb.append(o instanceof Swimmer ? "S" : "-");
        sb.append(o instanceof Flier[] ? "f" : "-");
        sb.append(o instanceof Swimmer[] ? "s" : "-");
        sb.append(o instanceof Cloneable ? "C" : "-");
        sb.append(o instanceof Object[][] ? "2" : "-");
        sb.append(o instanceof Comparable<?> ? "K" : "-");
        return sb.toString();
    }

    static String describe(Object o) {
        if (o instanceof int[] ints && ints.length > 0) {
            return "int[] first " + ints[0];
        } else if (o instanceof String s && !s.isEmpty()) {
            return "string of " + s.length();
        } else if (o instanceof Duck d) {
            return "duck " + (d instanceof Flier);
        } else if (!(o instanceof Number n)) {
            return "other " + (o == null ? "null" : o.getClass().getSimpleName());
        } else {
            return "number " + n.intValue();
        }
    }

    public static void main(String[] args) {
        Object[] samples = {new Duck(), new Penguin(), new Duck[1], new Penguin[1], new Swimmer[0], new int[1], new int[1][1],
            new Object[0], new Object[0][0], "str", 5, null, new Flier[1][1], new long[0]};
        for (Object o : samples) {
            System.out.println((o == null ? "null" : o.getClass().getSimpleName()) + " " + classify(o));
        }
        for (Object o : new Object[] {new int[] {9}, new int[0], "abc", "", new Duck(), 3.7, 'c', null}) {
            System.out.println(describe(o));
        }
        Object swimmers = new Penguin[] {new Penguin()};
        Swimmer[] asSwimmers = (Swimmer[]) swimmers;
        Object[] asObjects = (Object[]) swimmers;
        System.out.println("array casts ok " + asSwimmers.length + asObjects.length);
        try {
            Flier[] fl = (Flier[]) swimmers;
            System.out.println(fl.length);
        } catch (ClassCastException e) {
            System.out.println("Penguin[] -> Flier[]: " + e.getMessage());
        }
        Object duckArr = new Duck[0];
        Flier[] fl = (Flier[]) duckArr;
        Swimmer[] sw = (Swimmer[]) duckArr;
        System.out.println("Duck[] is both " + fl.length + sw.length);
    }
}
