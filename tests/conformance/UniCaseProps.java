/** isUpperCase/isLowerCase with Other_Uppercase/Other_Lowercase, isTitleCase, isAlphabetic versus isLetter, counted over every 29th code point. */
public class UniCaseProps {
    public static void main(String[] args) {
        int up = 0, lo = 0, ti = 0, alpha = 0, letter = 0, ideo = 0, mirrored = 0, defined = 0;
        long h = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp += 29) {
            boolean u = Character.isUpperCase(cp), l = Character.isLowerCase(cp), a = Character.isAlphabetic(cp);
            if (u) up++;
            if (l) lo++;
            if (Character.isTitleCase(cp)) ti++;
            if (a) alpha++;
            if (Character.isLetter(cp)) letter++;
            if (Character.isIdeographic(cp)) ideo++;
            if (Character.isMirrored(cp)) mirrored++;
            if (Character.isDefined(cp)) defined++;
            if (u || l || a) h = h * 31 + cp;
        }
        System.out.println("upper=" + up + " lower=" + lo + " title=" + ti + " alpha=" + alpha + " letter=" + letter
            + " ideo=" + ideo + " mirrored=" + mirrored + " defined=" + defined + " h=" + h);
        int[] picks = {0xAA, 0xBA, 0x2B0, 0x345, 0x2160, 0x24B6, 0x24D0, 0x1D2C, 0x1F130, 0x3006, 0x3007, 0x16F0};
        for (int cp : picks) {
            System.out.println(Integer.toHexString(cp) + " " + Character.isUpperCase(cp) + " " + Character.isLowerCase(cp) + " "
                + Character.isAlphabetic(cp) + " " + Character.isLetter(cp) + " " + Character.isIdeographic(cp) + " " + Character.getType(cp));
        }
    }
}
