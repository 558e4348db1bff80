// jvm-args: -Xmx24m -XX:CompileThreshold=300 -XX:OnStackReplacePercentage=100
// On-stack replacement in loops that allocate: young collections happen before the transition (in churn,
// called first), while the loop still runs interpreted, and after it runs compiled, with references live
// in the locals the OSR entry takes over (a list head, an array ring, a string, a map). Everything is checked
// after the loops, so a reference the collector missed or did not update shows up as a wrong number or a
// crash.
import java.util.HashMap;

public class OsrAllocatingLoop {
    static final class Node {
        final int value;
        final Node next;
        final int[] payload;

        Node(int value, Node next) {
            this.value = value;
            this.next = next;
            this.payload = new int[(value & 15) + 1];
            this.payload[0] = value;
        }
    }

    static long churn(int n) {
        long total = 0;
        for (int i = 0; i < n; i++) {
            int[] garbage = new int[32 + (i & 63)];
            garbage[garbage.length - 1] = i;
            total += garbage[garbage.length - 1] + garbage.length;
        }
        return total;
    }

    static long length(Node n) {
        long sum = 0;
        while (n != null) {
            sum += n.value + n.payload[0] + n.payload.length;
            n = n.next;
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println("churn " + churn(200_000));
        String label = "list-" + args.length;
        Node head = null;
        Node oldest = new Node(-1, null);
        Object[] ring = new Object[32];
        HashMap<Integer, String> names = new HashMap<>();
        long checksum = 0;
        for (int i = 0; i < 300_000; i++) {
            head = new Node(i, head);
            ring[i & 31] = head;
            if ((i & 4095) == 0) names.put(i, "n" + i);
            if (i % 2000 == 1999) {
                checksum += length(head);
                head = null;
            }
        }
        System.out.println(label + " checksum " + checksum + " oldest " + oldest.value + "/" + oldest.payload.length);
        long ringSum = 0;
        for (Object o : ring) ringSum += ((Node) o).value + ((Node) o).payload[0];
        System.out.println("ring " + ringSum + " names " + names.size() + " " + names.get(4096) + " " + names.get(290816));

        // A loop whose live references are all made before it and only read inside it, while it allocates.
        Node keep = new Node(42, new Node(43, null));
        String text = label + "!";
        int[] counts = new int[8];
        for (int i = 0; i < 100_000; i++) {
            Object tmp = new long[i & 7];
            counts[((long[]) tmp).length]++;
            if (keep.next.value != 43 || text.length() != 7) throw new AssertionError("lost a reference");
        }
        StringBuilder sb = new StringBuilder();
        for (int c : counts) sb.append(c).append(' ');
        System.out.println("counts " + sb + keep.value + " " + keep.next.payload.length + " " + text);
    }
}
