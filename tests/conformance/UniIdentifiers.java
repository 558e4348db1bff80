/** isJavaIdentifierStart/Part, isUnicodeIdentifier*, isIdentifierIgnorable, isWhitespace and isSpaceChar over every 29th code point. */
public class UniIdentifiers {
    public static void main(String[] args) {
        int[] counts = new int[7];
        for (int cp = 0; cp <= 0x10FFFF; cp += 29) {
            if (Character.isJavaIdentifierStart(cp)) counts[0]++;
            if (Character.isJavaIdentifierPart(cp)) counts[1]++;
            if (Character.isUnicodeIdentifierStart(cp)) counts[2]++;
            if (Character.isUnicodeIdentifierPart(cp)) counts[3]++;
            if (Character.isIdentifierIgnorable(cp)) counts[4]++;
            if (Character.isWhitespace(cp)) counts[5]++;
            if (Character.isSpaceChar(cp)) counts[6]++;
        }
        System.out.println(java.util.Arrays.toString(counts));
        int[] picks = {'$', '_', 0x20AC, 0xB7, 0x387, 0x1885, 0x2118, 0x200D, 0xA0, 0x2007, 0x202F, 0x3000, 0x1680, 0x85,
            0x1C, 0x300, 0x203F, 0x0660};
        for (int cp : picks) {
            System.out.println(Integer.toHexString(cp) + " " + Character.isJavaIdentifierStart(cp) + " " + Character.isJavaIdentifierPart(cp)
                + " " + Character.isUnicodeIdentifierStart(cp) + " " + Character.isUnicodeIdentifierPart(cp) + " "
                + Character.isWhitespace(cp) + " " + Character.isSpaceChar(cp) + " " + Character.isMirrored(cp));
        }
        StringBuilder ws = new StringBuilder();
        for (char c = 0; c < 0x3001; c++) {
            if (Character.isWhitespace(c)) ws.append(Integer.toHexString(c)).append(' ');
        }
        System.out.println(ws.toString().trim());
    }
}
