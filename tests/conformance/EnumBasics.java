/** Enum API: values, valueOf (and its failure messages), ordinal, name, compareTo, equals, toString, getDeclaringClass. */
public class EnumBasics {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    enum Level {
        LOW, MEDIUM, HIGH;

        @Override
        public String toString() {
            return name().toLowerCase() + "#" + ordinal();
        }
    }

    public static void main(String[] args) {
        Suit[] all = Suit.values();
        System.out.println("count " + all.length + ", fresh array each call " + (Suit.values() != all));
        for (Suit s : all) {
            System.out.println(s + " name=" + s.name() + " ordinal=" + s.ordinal() + " cmp HEARTS=" + s.compareTo(Suit.HEARTS)
                + " eqHEARTS=" + s.equals(Suit.HEARTS));
        }
        System.out.println("valueOf " + Suit.valueOf("SPADES") + " same " + (Suit.valueOf("SPADES") == Suit.SPADES));
        System.out.println("Enum.valueOf " + Enum.valueOf(Suit.class, "CLUBS"));
        try {
            Suit.valueOf("spades");
        } catch (IllegalArgumentException e) {
            System.out.println("bad valueOf: " + e.getMessage());
        }
        try {
            Suit.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("null valueOf: " + e.getMessage());
        }
        try {
            Level.valueOf("");
        } catch (IllegalArgumentException e) {
            System.out.println("empty valueOf: " + e.getMessage());
        }
        for (Level l : Level.values()) {
            System.out.print(l + " (" + l.name() + ") ");
        }
        System.out.println();
        System.out.println("declaring " + Level.HIGH.getDeclaringClass().getSimpleName() + ", class " + Level.HIGH.getClass().getName());
        System.out.println("hashCode consistent " + (Suit.HEARTS.hashCode() == Suit.HEARTS.hashCode()));
        Comparable<Suit> c = Suit.DIAMONDS;
        System.out.println("as Comparable " + c.compareTo(Suit.SPADES));
        Suit[] sorted = {Suit.SPADES, Suit.CLUBS, Suit.HEARTS, Suit.DIAMONDS, Suit.CLUBS};
        java.util.Arrays.sort(sorted);
        System.out.println("sorted " + java.util.Arrays.toString(sorted));
        Object o = Suit.CLUBS;
        System.out.println("instanceof Enum " + (o instanceof Enum<?>) + " Comparable " + (o instanceof Comparable<?>));
    }
}
