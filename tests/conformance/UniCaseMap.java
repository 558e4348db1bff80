/** Simple case mappings of int and char beyond Latin-1: Greek, Cyrillic, Armenian, Georgian, Deseret, title case digraphs. */
public class UniCaseMap {
    public static void main(String[] args) {
        int[] cps = {0xDF, 0xFF, 0x130, 0x131, 0x17F, 0x1C4, 0x1C5, 0x1C6, 0x1F1, 0x345, 0x3C2, 0x3A3, 0x3F4, 0x1E9E,
            0x1F80, 0x1F88, 0x1FB3, 0x1FBC, 0x10D0, 0x1C90, 0x13A0, 0xAB70, 0x10400, 0x10428, 0x1E900, 0x2C00, 0xA640,
            0x212A, 0x2126, 0x24B6, 0x24D0, 0xFF41, 0x0587, 0x1E96, 0x10C0};
        for (int cp : cps) {
            System.out.println(Integer.toHexString(cp) + " up=" + Integer.toHexString(Character.toUpperCase(cp))
                + " lo=" + Integer.toHexString(Character.toLowerCase(cp)) + " ti=" + Integer.toHexString(Character.toTitleCase(cp))
                + " isUp=" + Character.isUpperCase(cp) + " isLo=" + Character.isLowerCase(cp) + " isTi=" + Character.isTitleCase(cp));
        }
        long h = 0;
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            h = h * 1000003 + Character.toUpperCase(ch) * 3 + Character.toLowerCase(ch) * 7 + Character.toTitleCase(ch);
        }
        System.out.println("bmp hash " + h);
        int changed = 0;
        for (int cp = 0x10000; cp <= 0x10FFFF; cp += 17) {
            if (Character.toUpperCase(cp) != cp || Character.toLowerCase(cp) != cp) {
                changed++;
            }
        }
        System.out.println("supplementary cased " + changed);
    }
}
