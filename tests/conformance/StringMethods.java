/** java.lang.String: hashCode of assorted strings, comparison, searching, slicing, case and whitespace methods. */
public class StringMethods {
    public static void main(String[] args) {
        String[] samples = {"", "a", "Aa", "BB", "hello", "Hello, World!", "polygenelubricants", "\u00e9t\u00e9",
            "\u4e2d\u6587", "x".repeat(100), "\0"};
        for (String s : samples) {
            System.out.println("length " + s.length() + " hashCode " + s.hashCode());
        }
        String s = "  The quick brown fox  ";
        System.out.println("[" + s.trim() + "] [" + s.strip() + "] [" + s.stripLeading() + "] isBlank "
            + "   ".isBlank() + " isEmpty " + "".isEmpty());
        String t = s.trim();
        System.out.println("indexOf: " + t.indexOf('q') + " " + t.indexOf("brown") + " " + t.indexOf("cat") + " "
            + t.lastIndexOf('o') + " " + t.indexOf('o', 13) + " contains " + t.contains("quick"));
        System.out.println("substring: [" + t.substring(4) + "] [" + t.substring(4, 9) + "] [" + t.substring(19) + "]");
        System.out.println("case: " + t.toUpperCase() + " " + t.toLowerCase() + " " + "MiXeD".equalsIgnoreCase("mixed"));
        System.out.println("replace: " + t.replace('o', '0') + " | " + t.replace("quick", "slow") + " | "
            + "aaa".replace("a", "bb"));
        System.out.println("startsWith/endsWith: " + t.startsWith("The") + " " + t.endsWith("fox") + " "
            + t.startsWith("quick", 4));
        String[] words = {"banana", "apple", "Cherry", "apple", "app", ""};
        for (String w : words) {
            System.out.println("compareTo(apple) " + w + " = " + w.compareTo("apple") + ", ignoreCase "
                + w.compareToIgnoreCase("APPLE") + ", equals " + w.equals("apple"));
        }
        System.out.println("charAt/codePointAt: " + t.charAt(0) + " " + t.codePointAt(1) + " " + (int) "\u00e9".charAt(0));
        char[] chars = t.toCharArray();
        int upper = 0;
        for (char c : chars) {
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        System.out.println("uppercase letters: " + upper + ", chars: " + chars.length);
        System.out.println("split-free tokenizing:");
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == ' ') {
                System.out.println("  token [" + t.substring(start, i) + "]");
                start = i + 1;
            }
        }
        String built = new String(new char[] {'a', 'b', 'c'}, 1, 2);
        System.out.println("new String(char[], 1, 2) = " + built + ", valueOf(3.0) = " + String.valueOf(3.0)
            + ", valueOf(true) = " + String.valueOf(true) + ", valueOf(null obj) = " + String.valueOf((Object) null));
        try {
            System.out.println("abc".substring(2, 1));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("StringIndexOutOfBoundsException: " + e.getMessage());
        }
        try {
            System.out.println("abc".charAt(5));
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("StringIndexOutOfBoundsException: " + e.getMessage());
        }
        System.out.println("chars as ints: " + (int) "\u00ff".charAt(0) + " " + "\u00ff".toUpperCase().length() + " "
            + (int) "\u00df".toUpperCase().charAt(0) + " " + "\u00df".toUpperCase().length());
    }
}
