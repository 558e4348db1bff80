/** String.hashCode over many inputs (ASCII, Latin-1, non-Latin, long, empty) and hash-based bucketing of the results. */
public class StringHashCodes {
    public static void main(String[] args) {
        String[] inputs = {"", "a", "A", "ab", "ba", "Aa", "BB", "hello", "Hello", "hello world", "\u00e9t\u00e9",
            "\u4e2d\u6587", "\uD83D\uDE00", "0", "-1", "java.lang.String", "The quick brown fox jumps over the lazy dog",
            "\0", "\0\0", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"};
        for (String s : inputs) {
            StringBuilder codes = new StringBuilder();
            for (int i = 0; i < s.length(); i++) {
                codes.append(Integer.toHexString(s.charAt(i))).append(' ');
            }
            System.out.println("[" + codes.toString().trim() + "] len " + s.length() + " hash " + s.hashCode());
        }
        StringBuilder sb = new StringBuilder();
        int[] buckets = new int[16];
        for (int i = 0; i < 1000; i++) {
            sb.setLength(0);
            sb.append("key").append(i);
            int h = sb.toString().hashCode();
            buckets[(h ^ (h >>> 16)) & 15]++;
        }
        System.out.println("buckets " + java.util.Arrays.toString(buckets));
        String built = new StringBuilder("hel").append("lo").toString();
        System.out.println("built equals literal hash " + (built.hashCode() == "hello".hashCode()) + " " + built.equals("hello")
            + " " + (built == "hello"));
        String repeated = "ab".repeat(1000);
        System.out.println("long hash " + repeated.hashCode() + " substring hash " + repeated.substring(1, 5).hashCode());
    }
}
