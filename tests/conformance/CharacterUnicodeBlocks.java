/**
 * Character.UnicodeBlock: the block of the first and last code point of every 16-aligned column (printed where it
 * changes, so every range start and end and every gap shows), of(char), forName with Unicode names (spaces or none, any case) and constant names, the
 * renamed historic constants, the deprecated SURROGATES_AREA, and the errors.
 */
public class CharacterUnicodeBlocks {
    public static void main(String[] args) {
        Character.UnicodeBlock prev = null;
        int changes = 0;
        // Blocks start at multiples of 16 and end just before one (Blocks.txt), so every 16th code point and
        // the one before it find every change; the step keeps the program fast in a debug interpreter.
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp += (cp & 15) == 0 ? 15 : 1) {
            Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
            if (b != prev) {
                System.out.println(Integer.toHexString(cp) + " " + b);
                prev = b;
                changes++;
            }
        }
        System.out.println(changes + " changes");
        System.out.println(Character.UnicodeBlock.of('A') + " " + Character.UnicodeBlock.of('\u00e9') + " "
                + Character.UnicodeBlock.of('\u4e2d') + " " + Character.UnicodeBlock.of('\ud800'));
        String[] names = {"Basic Latin", "BasicLatin", "BASIC_LATIN", "basic latin", "Greek and Coptic", "GREEK",
            "Latin-1 Supplement", "LATIN_1_SUPPLEMENT", "Cyrillic Supplement", "CYRILLIC_SUPPLEMENTARY",
            "Combining Diacritical Marks for Symbols", "COMBINING_MARKS_FOR_SYMBOLS", "CJK Unified Ideographs Extension G",
            "Supplementary Private Use Area-B", "SURROGATES_AREA", "Emoticons", "No Such Block", "Toto"};
        for (String n : names) {
            try {
                System.out.println(n + " -> " + Character.UnicodeBlock.forName(n));
            } catch (IllegalArgumentException e) {
                System.out.println(n + " -> IllegalArgumentException: " + e.getMessage());
            }
        }
        System.out.println(Character.UnicodeBlock.SURROGATES_AREA + " " + Character.UnicodeBlock.GREEK.equals(Character.UnicodeBlock.of(0x3b1))
                + " " + (Character.UnicodeBlock.of(0x1F600) == Character.UnicodeBlock.EMOTICONS));
        System.out.println("Stra\u00dfe \u0130stanbul".toUpperCase(java.util.Locale.ROOT) + " "
                + "\u0391\u0392\u0393 \u0130".toLowerCase(java.util.Locale.US));
        try {
            Character.UnicodeBlock.of(0x110000);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
    }
}
