/** String building: `+` with every primitive type and null, and StringBuilder's editing methods. */
public class StringConcat {
    public static void main(String[] args) {
        boolean bool = true;
        byte b = -5;
        short s = 300;
        char c = 'x';
        int i = -42;
        long l = 1L << 40;
        float f = 1.25f;
        double d = -0.001;
        String nothing = null;
        Object obj = null;
        System.out.println("all: " + bool + b + s + c + i + l + f + d + nothing + obj);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 1 + "b" + 'c' + (char) ('c' + 1));
        System.out.println("null: " + null + ", concat null+null: " + nothing + nothing);
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k;
            acc += ',';
        }
        System.out.println("loop: " + acc);
        StringBuilder sb = new StringBuilder();
        sb.append("abc").append(1).append('d').append(2.5).append(true).append((Object) null).append(7L);
        System.out.println("sb = " + sb + ", length = " + sb.length());
        sb.insert(0, "<<").insert(sb.length(), ">>");
        System.out.println("insert: " + sb);
        sb.reverse();
        System.out.println("reverse: " + sb);
        sb.setLength(5);
        System.out.println("setLength(5): [" + sb + "]");
        sb.deleteCharAt(0).delete(1, 3).append("xyz").setCharAt(0, 'Q');
        System.out.println("edits: " + sb + ", charAt(1) = " + sb.charAt(1) + ", indexOf(z) = " + sb.indexOf("z"));
        sb.replace(1, 3, "----");
        System.out.println("replace: " + sb);
        StringBuilder big = new StringBuilder();
        for (int k = 0; k < 100; k++) {
            big.append(k % 10);
        }
        System.out.println("big: " + big.length() + " " + big.substring(95) + " " + big.toString().hashCode());
        char[] chars = {'h', 'i'};
        System.out.println("char[] via valueOf: " + String.valueOf(chars) + ", join: " + String.join("-", "a", "b", "c"));
        System.out.println("repeat: " + "ab".repeat(3) + ", concat: " + "x".concat("y"));
        Object mixed = 'q';
        System.out.println("boxed char as Object: " + mixed + ", Integer: " + Integer.valueOf(9) + ", array null elem: "
            + (new String[1])[0]);
        String s1 = "hello";
        String s2 = "hel" + "lo";
        String lo = "lo";
        String s3 = "hel" + lo;
        System.out.println("constant folding: " + (s1 == s2) + ", runtime concat: " + (s1 == s3)
            + ", equals: " + s1.equals(s3) + ", intern: " + (s1 == s3.intern()));
    }
}
