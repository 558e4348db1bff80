import java.util.stream.Collectors;

/** CharSequence.chars and codePoints, including surrogate pairs and StringBuilder. */
public class StreamsChars {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.chars().filter(Character::isUpperCase).count());
        System.out.println(s.chars().mapToObj(c -> String.valueOf((char) c)).filter(c -> !c.equals("l")).collect(Collectors.joining()));
        String emoji = "a\uD83D\uDE00b";
        System.out.println(emoji.chars().count() + " " + emoji.codePoints().count());
        System.out.println(emoji.codePoints().mapToObj(Integer::toHexString).collect(Collectors.toList()));
        System.out.println("\uD800x".codePoints().boxed().collect(Collectors.toList()));
        System.out.println(new StringBuilder("cab").chars().sorted().mapToObj(c -> "" + (char) c).collect(Collectors.joining()));
        System.out.println("".chars().count() + " " + "".codePoints().count());
        System.out.println("mississippi".chars().distinct().mapToObj(c -> "" + (char) c).collect(Collectors.joining()));
        System.out.println("abc".chars().sum() + " " + "abc".chars().max().getAsInt());
    }
}
