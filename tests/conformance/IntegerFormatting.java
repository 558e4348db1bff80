/** Integer/Long formatting and parsing: toString in radixes, hex/octal/binary strings, unsigned, parse errors, bit utilities. */
public class IntegerFormatting {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 255, -255, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7F00FF00};
        for (int v : vals) {
            System.out.println(v + ": hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin "
                + Integer.toBinaryString(v) + " r36 " + Integer.toString(v, 36) + " r7 " + Integer.toString(v, 7)
                + " unsigned " + Integer.toUnsignedString(v));
        }
        long[] lvals = {0L, -1L, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, 0xDEADBEEFL};
        for (long v : lvals) {
            System.out.println(v + "L: hex " + Long.toHexString(v) + " oct " + Long.toOctalString(v) + " bin-len "
                + Long.toBinaryString(v).length() + " r36 " + Long.toString(v, 36) + " unsigned " + Long.toUnsignedString(v));
        }
        String[] parse = {"0", "-0", "+5", "2147483647", "-2147483648", "007", "2147483648", "", "-", "12a", " 1", "1_000"};
        for (String p : parse) {
            try {
                System.out.println("parseInt(" + p + ") = " + Integer.parseInt(p));
            } catch (NumberFormatException e) {
                System.out.println("parseInt(" + p + "): " + e.getMessage());
            }
        }
        System.out.println("radix parse: " + Integer.parseInt("ff", 16) + " " + Integer.parseInt("-1010", 2) + " "
            + Integer.parseInt("zz", 36) + " " + Long.parseLong("7fffffffffffffff", 16) + " " + Integer.parseUnsignedInt("4294967295")
            + " " + Integer.valueOf("123") + " " + Long.valueOf("-9"));
        try {
            Integer.parseInt("12", 99);
        } catch (NumberFormatException e) {
            System.out.println("bad radix: " + e.getMessage());
        }
        try {
            Long.parseLong("9223372036854775808");
        } catch (NumberFormatException e) {
            System.out.println("long overflow: " + e.getMessage());
        }
        try {
            Integer.parseInt(null);
        } catch (NumberFormatException e) {
            System.out.println("null: " + e.getMessage());
        }
        try {
            Integer.decode("0xZZ");
        } catch (NumberFormatException e) {
            System.out.println("decode: " + e.getMessage());
        }
        System.out.println("decode " + Integer.decode("0x1F") + " " + Integer.decode("-010") + " " + Integer.decode("#ff"));
        int x = 0b1011_0000_0000_0000_0000_0000_0001_0100;
        System.out.println("bits of " + x + ": bitCount " + Integer.bitCount(x) + " nlz " + Integer.numberOfLeadingZeros(x)
            + " ntz " + Integer.numberOfTrailingZeros(x) + " highest " + Integer.highestOneBit(x) + " lowest "
            + Integer.lowestOneBit(x) + " rotl " + Integer.rotateLeft(x, 4) + " rotr " + Integer.rotateRight(x, 4)
            + " reverse " + Integer.reverse(x) + " reverseBytes " + Integer.toHexString(Integer.reverseBytes(x)));
        long y = 0x00F0_0000_0000_0001L;
        System.out.println("long bits: " + Long.bitCount(y) + " " + Long.numberOfLeadingZeros(y) + " "
            + Long.numberOfTrailingZeros(y) + " " + Long.highestOneBit(y) + " " + Long.rotateLeft(y, 8) + " "
            + Long.reverse(y) + " " + Long.toHexString(Long.reverseBytes(y)));
        System.out.println("zero bits: " + Integer.numberOfLeadingZeros(0) + " " + Long.numberOfTrailingZeros(0L) + " "
            + Integer.highestOneBit(0));
        System.out.println("constants " + Integer.SIZE + " " + Integer.BYTES + " " + Long.SIZE + " " + Short.MIN_VALUE + " "
            + Byte.MAX_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println("Short/Byte parse " + Short.parseShort("-32768") + " " + Byte.parseByte("7f", 16));
        try {
            Byte.parseByte("128");
        } catch (NumberFormatException e) {
            System.out.println("byte range: " + e.getMessage());
        }
    }
}
