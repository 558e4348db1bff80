/** getNumericValue and digit over Unicode: Arabic-Indic, Devanagari, full-width, Roman numerals, fractions, CJK. */
public class UniNumeric {
    public static void main(String[] args) {
        int[] cps = {'7', 'z', 'Z', 0x663, 0x6F5, 0x96A, 0xFF19, 0xFF41, 0xFF3A, 0xB2, 0xBD, 0x2160, 0x216B, 0x216C,
            0x2181, 0x2182, 0x3007, 0x4E00, 0x4E09, 0xF96B, 0x2F890, 0x1D7CE, 0x1369, 0x2469, 0x3280, 0x0BF1, 0x0BF2, 0x1372,
            0x10107, 0x5146, 0x16B61, 0x1ECB3};
        for (int cp : cps) {
            System.out.println(Integer.toHexString(cp) + " nv=" + Character.getNumericValue(cp) + " d10=" + Character.digit(cp, 10)
                + " d16=" + Character.digit(cp, 16) + " d36=" + Character.digit(cp, 36) + " isDigit=" + Character.isDigit(cp));
        }
        int digits = 0;
        long sum = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp += 7) {
            if (Character.isDigit(cp)) {
                digits++;
                sum += Character.digit(cp, 10);
            }
        }
        System.out.println("digits " + digits + " sum " + sum);
        System.out.println(Integer.parseInt("\u0661\u0662\u0663") + " " + Long.parseLong("\u096A\u096B"));
    }
}
