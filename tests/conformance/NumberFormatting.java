/** Integers to text in every radix and back, bit utilities, and java.lang.Character's classification methods. */
public class NumberFormatting {
    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 255, -256, 0x7fffffff, 0x80000000, 123456789};
        for (int i : ints) {
            System.out.println(i + ": hex " + Integer.toHexString(i) + ", oct " + Integer.toOctalString(i) + ", bin "
                + Integer.toBinaryString(i) + ", radix36 " + Integer.toString(i, 36) + ", unsigned "
                + Integer.toUnsignedString(i));
        }
        long[] longs = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 35, -123456789012345L};
        for (long l : longs) {
            System.out.println(l + "L: hex " + Long.toHexString(l) + ", bin " + Long.toBinaryString(l) + ", oct "
                + Long.toOctalString(l) + ", radix7 " + Long.toString(l, 7) + ", unsigned " + Long.toUnsignedString(l));
        }
        System.out.println("parse: " + Integer.parseInt("-2147483648") + " " + Integer.parseInt("ff", 16) + " "
            + Integer.parseInt("+42") + " " + Long.parseLong("zz", 36) + " " + Integer.parseUnsignedInt("4294967295")
            + " " + Integer.valueOf("0777".substring(1), 8) + " " + Integer.decode("0x1F") + " " + Integer.decode("-010"));
        String[] bad = {"abc", "", "2147483648", "12 ", "0x10", "-"};
        for (String s : bad) {
            try {
                Integer.parseInt(s);
                System.out.println("parsed " + s);
            } catch (NumberFormatException e) {
                System.out.println("NumberFormatException: " + e.getMessage());
            }
        }
        int x = 0b1011_0000_0000_0000_0000_0000_0000_0110;
        System.out.println("bits of " + x + ": bitCount " + Integer.bitCount(x) + ", highestOneBit "
            + Integer.highestOneBit(x) + ", lowestOneBit " + Integer.lowestOneBit(x) + ", nlz "
            + Integer.numberOfLeadingZeros(x) + ", ntz " + Integer.numberOfTrailingZeros(x) + ", reverse "
            + Integer.reverse(x) + ", reverseBytes " + Integer.reverseBytes(x) + ", rotl " + Integer.rotateLeft(x, 4)
            + ", signum " + Integer.signum(x));
        System.out.println("long bits: " + Long.bitCount(-1L) + " " + Long.numberOfTrailingZeros(0L) + " "
            + Long.highestOneBit(12345L) + " " + Long.reverse(1L));
        System.out.println("MIN/MAX: " + Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Short.MIN_VALUE + " "
            + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE);
        String sample = "aZ09 _$\t.";
        for (char c : sample.toCharArray()) {
            System.out.println("char " + (int) c + ": letter " + Character.isLetter(c) + ", digit " + Character.isDigit(c)
                + ", letterOrDigit " + Character.isLetterOrDigit(c) + ", whitespace " + Character.isWhitespace(c)
                + ", upper " + Character.isUpperCase(c) + ", javaStart " + Character.isJavaIdentifierStart(c)
                + ", toUpper " + Character.toUpperCase(c) + ", toLower " + Character.toLowerCase(c)
                + ", numeric " + Character.getNumericValue(c));
        }
        System.out.println("forDigit/digit: " + Character.forDigit(11, 16) + " " + Character.digit('f', 16) + " "
            + Character.digit('9', 8) + " " + Character.toString(65) + " " + Character.toChars(97)[0]);
        System.out.println("Character.getType('a') = " + Character.getType('a') + ", isSurrogate: "
            + Character.isHighSurrogate('\ud800') + ", compare: " + Character.compare('a', 'b'));
        System.out.println("toString: " + Integer.toString(-0) + " " + Long.toString(Long.MIN_VALUE) + " "
            + String.valueOf(Short.MAX_VALUE) + " " + Byte.toString((byte) -128) + " " + Boolean.toString(false));
        System.out.println("Integer.sum/max/min: " + Integer.sum(3, 4) + " " + Integer.max(-3, 4) + " "
            + Long.min(-3, 4) + " " + Math.negateExact(5) + " " + Math.multiplyHigh(Long.MAX_VALUE, 3));
    }
}
