/** The char overloads agree with the int ones for every third BMP char, and Character.getName-free round trips through String. */
public class UniCharOverloads {
    public static void main(String[] args) {
        int mismatches = 0;
        long h = 0;
        for (int c = 0; c < 0x10000; c += 3) {
            char ch = (char) c;
            if (Character.getType(ch) != Character.getType(c)) mismatches++;
            if (Character.isLetter(ch) != Character.isLetter(c)) mismatches++;
            if (Character.toUpperCase(ch) != (char) Character.toUpperCase(c)) mismatches++;
            if (Character.isJavaIdentifierPart(ch) != Character.isJavaIdentifierPart(c)) mismatches++;
            h = h * 17 + Character.getType(ch) + (Character.isWhitespace(ch) ? 100 : 0) + (Character.isSpaceChar(ch) ? 200 : 0);
        }
        System.out.println("mismatches " + mismatches + " hash " + h);
        String s = "Ünïcödé ΣΊΣΥΦΟΣ жёлтый ﬆ";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        System.out.println(sb);
        System.out.println(s.toUpperCase().toLowerCase());
        System.out.println(s.codePoints().filter(Character::isLetter).count());
    }
}
