/** Character classification and conversion over ASCII and Latin-1: letters, digits, whitespace, case, digit values. */
public class CharacterClassify {
    public static void main(String[] args) {
        StringBuilder letters = new StringBuilder(), digits = new StringBuilder(), spaces = new StringBuilder(),
            upper = new StringBuilder(), lower = new StringBuilder(), alnum = new StringBuilder();
        for (int c = 0; c < 256; c++) {
            char ch = (char) c;
            if (Character.isLetter(ch)) letters.append(c).append(' ');
            if (Character.isDigit(ch)) digits.append(ch);
            if (Character.isWhitespace(ch)) spaces.append(c).append(' ');
            if (Character.isUpperCase(ch)) upper.append(c).append(' ');
            if (Character.isLowerCase(ch)) lower.append(c).append(' ');
            if (Character.isLetterOrDigit(ch)) alnum.append('.');
        }
        System.out.println("letters: " + letters);
        System.out.println("digits: " + digits);
        System.out.println("whitespace: " + spaces);
        System.out.println("upper: " + upper);
        System.out.println("lower: " + lower);
        System.out.println("letterOrDigit count: " + alnum.length());
        StringBuilder up = new StringBuilder(), low = new StringBuilder();
        for (int c = 0xC0; c < 0x100; c++) {
            up.append((int) Character.toUpperCase((char) c)).append(' ');
            low.append((int) Character.toLowerCase((char) c)).append(' ');
        }
        System.out.println("toUpperCase latin1: " + up);
        System.out.println("toLowerCase latin1: " + low);
        System.out.println("spaceChar " + Character.isSpaceChar(' ') + Character.isSpaceChar('\u00a0') + Character.isWhitespace('\u00a0')
            + " ISO control " + Character.isISOControl('\u0007') + Character.isISOControl('a'));
        StringBuilder dv = new StringBuilder();
        for (char ch : "09afAFgz".toCharArray()) {
            dv.append(Character.digit(ch, 16)).append('/').append(Character.digit(ch, 36)).append('/')
                .append(Character.getNumericValue(ch)).append(' ');
        }
        System.out.println("digit values " + dv);
        System.out.println("forDigit " + Character.forDigit(0, 10) + Character.forDigit(9, 10) + Character.forDigit(35, 36)
            + " invalid " + (int) Character.forDigit(10, 10));
        System.out.println("surrogates " + Character.isHighSurrogate('\uD800') + Character.isLowSurrogate('\uDC00')
            + " toChars length " + Character.toChars(0x1F600).length + " charCount " + Character.charCount(0x1F600)
            + " toCodePoint " + Integer.toHexString(Character.toCodePoint('\uD83D', '\uDE00')));
        System.out.println("isJavaIdentifierStart " + Character.isJavaIdentifierStart('$') + Character.isJavaIdentifierStart('1')
            + " part " + Character.isJavaIdentifierPart('1') + " isAlphabetic " + Character.isAlphabetic('x'));
        System.out.println("String case latin1: " + "\u00e0\u00c9\u00ff\u00df".toUpperCase().length() + " "
            + (int) "\u00c0".toLowerCase().charAt(0));
    }
}
