/** switch in all its javac forms: tableswitch, lookupswitch, on strings (with hash collisions), on enums. */
public class SwitchKinds {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    static String dense(int x) {
        switch (x) {
            case 0: return "zero";
            case 1: return "one";
            case 2:
            case 3: return "two-or-three";
            case 4: return "four";
            case 5: return "five";
            default: return "other";
        }
    }

    static String sparse(int x) {
        switch (x) {
            case -1000000: return "minus a million";
            case -1: return "minus one";
            case 10: return "ten";
            case 1000: return "thousand";
            case Integer.MAX_VALUE: return "max";
            default: return "other";
        }
    }

    static int fallThrough(int x) {
        int r = 0;
        switch (x) {
            case 1: r += 1;
            case 2: r += 10;
            case 3: r += 100; break;
            case 4: r += 1000;
            default: r += 10000;
        }
        return r;
    }

    static String strings(String s) {
        switch (s) {
            case "Aa": return "Aa";
            case "BB": return "BB (same hashCode as Aa)";
            case "": return "empty";
            case "hello": return "greeting";
            default: return "unknown " + s;
        }
    }

    static int suitValue(Suit suit) {
        switch (suit) {
            case SPADES: return 4;
            case HEARTS: return 3;
            default: return suit.ordinal();
        }
    }

    static String expression(Object o, int n) {
        String size = switch (n) {
            case 0, 1 -> "tiny";
            case 2, 3, 4 -> "small";
            default -> {
                String s = n < 100 ? "medium" : "large";
                yield s + "(" + n + ")";
            }
        };
        return size + "/" + o;
    }

    static int charSwitch(char c) {
        return switch (c) {
            case 'a', 'e', 'i', 'o', 'u' -> 1;
            case 'y' -> 2;
            default -> 0;
        };
    }

    public static void main(String[] args) {
        for (int i = -1; i <= 6; i++) {
            System.out.println("dense(" + i + ") = " + dense(i) + ", fallThrough = " + fallThrough(i));
        }
        int[] keys = {-1000000, -1, 0, 10, 999, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int k : keys) {
            System.out.println("sparse(" + k + ") = " + sparse(k));
        }
        for (String s : new String[] {"Aa", "BB", "", "hello", "Hello", "C#"}) {
            System.out.println("strings(\"" + s + "\") = " + strings(s));
        }
        for (Suit suit : Suit.values()) {
            System.out.println(suit + " = " + suitValue(suit));
        }
        for (int n : new int[] {0, 3, 50, 500}) {
            System.out.println(expression(Suit.HEARTS, n));
        }
        int vowels = 0;
        for (char c : "the quick brown fox jumps over the lazy dog, yes".toCharArray()) {
            vowels += charSwitch(c);
        }
        System.out.println("vowel score = " + vowels);
        try {
            strings(null);
        } catch (NullPointerException e) {
            System.out.println("switch on null string: NullPointerException");
        }
    }
}
