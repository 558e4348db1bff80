/** String.toUpperCase/toLowerCase beyond Latin-1: sharp s, ligatures, Greek final sigma, dotted I, supplementary letters. */
public class UniStringCase {
    static void show(String s) {
        String u = s.toUpperCase();
        String l = s.toLowerCase();
        System.out.println(s + " -> " + u + " / " + l + " (" + s.length() + "," + u.length() + "," + l.length() + ")");
    }

    public static void main(String[] args) {
        show("straße");
        show("ﬁnance ﬂow ﬀ ﬃ");
        show("ΟΔΥΣΣΕΥΣ");
        show("ΣΑΣ Σ ΑΣ. ΑΣ's ΑΣ1");
        show("İstanbul");
        show("Привет Мир");
        show("Ἀθῆναι ᾳ ᾼ ΐ");
        show("\uD801\uDC00\uD801\uDC28 deseret");
        show("ŉ ǰ ẖ և");
        show("ǅungla ǈ ǋ");
        show("plain ascii 123");
        String same = "ALREADY UPPER";
        System.out.println(same.toUpperCase() == same);
        String low = "already lower";
        System.out.println(low.toLowerCase() == low);
        System.out.println("ΑΣ".toLowerCase() + " " + "Σ".toLowerCase() + " " + "ΑΣΑ".toLowerCase());
        System.out.println("Ωμέγα".equalsIgnoreCase("ΩΜΈΓΑ"));
    }
}
