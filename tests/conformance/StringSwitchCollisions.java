/** String switches: hash collisions ("Aa"/"BB"), empty string, case sensitivity, fallthrough, null throws NPE. */
public class StringSwitchCollisions {
    static int code(String s) {
        switch (s) {
            case "Aa": return 1;
            case "BB": return 2;
            case "AaAa": return 3;
            case "BBBB": return 4;
            case "AaBB": return 5;
            case "BBAa": return 6;
            case "": return 7;
            case "hello": return 8;
            case "HELLO": return 9;
            default: return 0;
        }
    }

    static String expr(String s) {
        return switch (s) {
            case "Ea", "FB" -> "collide-pair";
            case "red", "green", "blue" -> "color";
            case "x" -> {
                String t = s + s;
                yield t;
            }
            default -> "default:" + s.length();
        };
    }

    static String fall(String s) {
        StringBuilder sb = new StringBuilder();
        switch (s) {
            case "a":
                sb.append("a");
            case "b":
                sb.append("b");
                break;
            case "c":
                sb.append("c");
            default:
                sb.append("d");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println("hash Aa=" + "Aa".hashCode() + " BB=" + "BB".hashCode() + " AaAa=" + "AaAa".hashCode()
            + " BBBB=" + "BBBB".hashCode() + " AaBB=" + "AaBB".hashCode());
        String[] inputs = {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "hello", "HELLO", "Hello", "C#", "AaAb"};
        for (String s : inputs) {
            System.out.println("[" + s + "] -> " + code(s));
        }
        String built = new StringBuilder("B").append('B').toString();
        System.out.println("non-interned BB -> " + code(built));
        String[] more = {"Ea", "FB", "red", "blue", "x", "purple", ""};
        for (String s : more) {
            System.out.println(s + " => " + expr(s));
        }
        for (String s : new String[] {"a", "b", "c", "z"}) {
            System.out.print(fall(s) + " ");
        }
        System.out.println();
        try {
            String n = null;
            code(n);
        } catch (NullPointerException e) {
            System.out.println("null switch NPE");
        }
    }
}
