/** Character.getType and the letter/digit tests over scripts beyond Latin-1, sampled every 97 code points plus chosen ones. */
public class UniTypes {
    public static void main(String[] args) {
        int[] picks = {0x41, 0xE9, 0x391, 0x3C9, 0x416, 0x5D0, 0x627, 0x660, 0x905, 0x966, 0xE01, 0x10A0, 0x1E00,
            0x2160, 0x2170, 0x3042, 0x30A2, 0x4E00, 0xAC00, 0xFF21, 0xFF10, 0x10400, 0x1D400, 0x1F600, 0x20000, 0xE000,
            0xD800, 0xFFFF, 0x10FFFF, 0x1734, 0x0378, 0x2028, 0x2029, 0x200B, 0x00AD, 0x20AC, 0x2E2F, 0x1F3FB};
        for (int cp : picks) {
            System.out.println(Integer.toHexString(cp) + " type=" + Character.getType(cp) + " letter=" + Character.isLetter(cp)
                + " digit=" + Character.isDigit(cp) + " lod=" + Character.isLetterOrDigit(cp) + " alpha=" + Character.isAlphabetic(cp)
                + " ideo=" + Character.isIdeographic(cp) + " defined=" + Character.isDefined(cp));
        }
        long sum = 0;
        int[] counts = new int[31];
        for (int cp = 0; cp <= 0x10FFFF; cp += 97) {
            int t = Character.getType(cp);
            counts[t]++;
            sum = sum * 31 + t;
        }
        System.out.println("checksum " + sum);
        for (int i = 0; i < counts.length; i++) {
            System.out.print(counts[i] + (i + 1 < counts.length ? "," : "\n"));
        }
    }
}
