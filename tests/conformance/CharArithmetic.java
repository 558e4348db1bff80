/** char arithmetic: promotion to int, compound assignment wraps, char in switch, ternary typing, Character utilities. */
public class CharArithmetic {
    public static void main(String[] args) {
        char c = 'a';
        System.out.println("c + 1 = " + (c + 1) + ", (char)(c + 1) = " + (char) (c + 1));
        c += 2;
        System.out.println("c += 2 -> " + c);
        c++;
        System.out.println("c++ -> " + c);
        char d = 'Z';
        System.out.println("'Z' - 'A' = " + (d - 'A') + ", 'a' - 'A' = " + ('a' - 'A'));
        StringBuilder sb = new StringBuilder();
        for (char x = 'a'; x <= 'z'; x += 3) {
            sb.append(x).append((char) (x - 32));
        }
        System.out.println("stepped: " + sb);
        char max = Character.MAX_VALUE;
        max++;
        System.out.println("MAX_VALUE++ -> " + (int) max);
        char neg = (char) -1;
        System.out.println("(char) -1 = " + (int) neg + ", as int compare > 0: " + (neg > 0));
        String word = "Hello, World 42!";
        int upper = 0, lower = 0, digit = 0, other = 0;
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (Character.isUpperCase(ch)) upper++;
            else if (Character.isLowerCase(ch)) lower++;
            else if (Character.isDigit(ch)) digit++;
            else other++;
        }
        System.out.println("upper " + upper + " lower " + lower + " digit " + digit + " other " + other);
        char[] rot = word.toCharArray();
        for (int i = 0; i < rot.length; i++) {
            char ch = rot[i];
            if (ch >= 'a' && ch <= 'z') rot[i] = (char) ('a' + (ch - 'a' + 13) % 26);
            else if (ch >= 'A' && ch <= 'Z') rot[i] = (char) ('A' + (ch - 'A' + 13) % 26);
        }
        System.out.println("rot13: " + new String(rot));
        System.out.println("ternary char/int const: " + (true ? 'x' : 0) + " " + (false ? 'x' : 120));
        int i = 65;
        System.out.println("ternary char/int var: " + (true ? 'x' : i));
        System.out.println("char + char = " + ('a' + 'b') + ", \"\" + 'a' + 'b' = " + "" + 'a' + 'b');
        System.out.println("Character.getNumericValue('7') = " + Character.getNumericValue('7') + ", digit('f',16) = "
            + Character.digit('f', 16) + ", forDigit(11,16) = " + Character.forDigit(11, 16));
        System.out.println("toUpperCase('q') = " + Character.toUpperCase('q') + ", toLowerCase('Q') = "
            + Character.toLowerCase('Q') + ", isLetterOrDigit('_') = " + Character.isLetterOrDigit('_')
            + ", isWhitespace('\\t') = " + Character.isWhitespace('\t'));
        System.out.println("Character.toString(65) = " + Character.toString(65) + ", valueOf('z') = " + Character.valueOf('z')
            + ", compare('a','b') = " + Character.compare('a', 'b'));
        char latin = '\u00e9';
        System.out.println("latin-1 e-acute upper: " + (int) Character.toUpperCase(latin) + ", isLetter "
            + Character.isLetter(latin));
        int code = 'A' * 'B';
        System.out.println("'A' * 'B' = " + code + ", (char) 0x263A = " + (int) (char) 0x263A);
    }
}
