/** A string-building workload: CSV assembly and parsing, word counting with arrays, padding, and a checksum of the text. */
public class StringBuildingWorkload {
    static String pad(String s, int width, char c, boolean left) {
        if (s.length() >= width) {
            return s;
        }
        String fill = String.valueOf(c).repeat(width - s.length());
        return left ? fill + s : s + fill;
    }

    public static void main(String[] args) {
        StringBuilder csv = new StringBuilder("id,name,score\n");
        String[] names = {"ann", "bob", "cy", "dee", "eve", "fay", "gus"};
        for (int i = 0; i < 70; i++) {
            csv.append(i).append(',').append(names[i % names.length]).append(i / 7).append(',').append((i * 37) % 101)
                .append('\n');
        }
        String text = csv.toString();
        String[] lines = text.split("\n");
        long total = 0;
        int best = -1;
        String bestName = "";
        for (int i = 1; i < lines.length; i++) {
            String[] cols = lines[i].split(",");
            int score = Integer.parseInt(cols[2]);
            total += score;
            if (score > best) {
                best = score;
                bestName = cols[1];
            }
        }
        System.out.println("rows " + (lines.length - 1) + " total " + total + " best " + bestName + "=" + best);
        System.out.println("text length " + text.length() + " hash " + text.hashCode());
        String prose = "it was the best of times it was the worst of times it was the age of wisdom it was the age of foolishness";
        String[] words = prose.split(" ");
        String[] uniq = new String[words.length];
        int[] counts = new int[words.length];
        int n = 0;
        for (String w : words) {
            int k = 0;
            while (k < n && !uniq[k].equals(w)) {
                k++;
            }
            if (k == n) {
                uniq[n++] = w;
            }
            counts[k]++;
        }
        StringBuilder table = new StringBuilder();
        for (int i = 0; i < n; i++) {
            table.append('|').append(pad(uniq[i], 12, '.', false)).append(pad(Integer.toString(counts[i]), 3, ' ', true))
                .append("|\n");
        }
        System.out.print(table);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20000; i++) {
            big.append((char) ('a' + i % 26));
            if (i % 100 == 99) {
                big.append('\n');
            }
        }
        int h = 0;
        for (int i = 0; i < big.length(); i++) {
            h = h * 131 + big.charAt(i);
        }
        System.out.println("big " + big.length() + " checksum " + h + " lines " + big.toString().split("\n").length);
    }
}
