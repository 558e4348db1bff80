/** String methods: indexOf variants, split on literals, join, repeat, strip/trim, compareTo, regionMatches, replace, chars. */
public class StringMethodsExtra {
    public static void main(String[] args) {
        String s = "the quick brown fox jumps over the lazy dog";
        System.out.println("indexOf " + s.indexOf('o') + " " + s.indexOf('o', 13) + " " + s.indexOf("the") + " "
            + s.indexOf("the", 1) + " " + s.indexOf("cat") + " " + s.indexOf("") + " " + s.indexOf("", 100));
        System.out.println("lastIndexOf " + s.lastIndexOf('o') + " " + s.lastIndexOf('o', 40) + " " + s.lastIndexOf("the")
            + " " + s.lastIndexOf("the", 30) + " " + s.lastIndexOf('z', 5));
        System.out.println("contains " + s.contains("fox") + " startsWith " + s.startsWith("quick", 4) + " endsWith "
            + s.endsWith("dog"));
        String[] parts = "a,b,,c,,".split(",");
        System.out.println("split , -> " + parts.length + " " + String.join("|", parts));
        String[] limited = "a,b,,c,,".split(",", -1);
        System.out.println("split , -1 -> " + limited.length + " " + String.join("|", limited));
        String[] two = "k=v=w".split("=", 2);
        System.out.println("split = 2 -> " + two[0] + " / " + two[1]);
        String[] words = s.split(" ");
        System.out.println("words " + words.length + " first " + words[0] + " last " + words[words.length - 1]);
        System.out.println("split on empty input " + "".split(",").length + " leading " + ",x".split(",").length);
        System.out.println("join " + String.join("-", "a", "b", "c") + " " + String.join("", java.util.Arrays.asList("x", "y")));
        System.out.println("repeat [" + "ab".repeat(3) + "] [" + "x".repeat(0) + "]");
        String padded = " \t padded \n ";
        System.out.println("trim [" + padded.trim() + "] strip [" + padded.strip() + "] stripLeading [" + padded.stripLeading()
            .replace("\n", "\\n") + "] stripTrailing [" + padded.stripTrailing().replace("\t", "\\t") + "] isBlank "
            + padded.isBlank() + " " + "  ".isBlank() + " isEmpty " + "".isEmpty());
        String[] cmp = {"apple", "Apple", "apples", "app", "banana", ""};
        for (String a : cmp) {
            System.out.print(a + ":" + "apple".compareTo(a) + "/" + "apple".compareToIgnoreCase(a) + " ");
        }
        System.out.println();
        System.out.println("equalsIgnoreCase " + "HeLLo".equalsIgnoreCase("hello") + " regionMatches "
            + s.regionMatches(4, "QUICK", 0, 5) + " " + s.regionMatches(true, 4, "QUICK", 0, 5));
        System.out.println("replace " + s.replace('o', '0') + " | " + s.replace("the", "THE") + " | " + "aaa".replace("aa", "b"));
        System.out.println("case " + "MiXeD 123".toUpperCase() + " " + "MiXeD 123".toLowerCase());
        System.out.println("substring " + s.substring(4, 9) + " " + s.substring(40) + " [" + s.substring(43) + "]");
        System.out.println("charAt/codePointAt " + s.charAt(4) + " " + s.codePointAt(4) + " length " + s.length());
        int vowels = 0;
        for (char ch : s.toCharArray()) {
            if ("aeiou".indexOf(ch) >= 0) {
                vowels++;
            }
        }
        System.out.println("vowels " + vowels + " toCharArray length " + s.toCharArray().length);
        System.out.println("concat " + "a".concat("b") + " valueOf " + String.valueOf(3.0f) + String.valueOf(true)
            + String.valueOf('c') + String.valueOf(12L) + " " + String.valueOf((Object) null));
        System.out.println("hashCodes " + "".hashCode() + " " + "a".hashCode() + " " + s.hashCode() + " "
            + "polygenelubricants".hashCode());
        System.out.println("intern " + (new String("abc").intern() == "abc") + " new!= " + (new String("abc") != "abc"));
        System.out.println("toCharArray " + new String(s.toCharArray(), 10, 5) + " format " + "%d items".formatted(3));
        System.out.println("lines-ish " + "a\nb\nc".split("\n").length + " indexOf char code " + s.indexOf(120));
    }
}
