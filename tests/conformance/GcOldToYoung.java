// jvm-args: -Xmx64m
// Arrays and objects that live long (promoted to the old generation) are updated to point at fresh objects
// between collections: the write barrier must record those old-to-young references so that a young
// collection keeps the new objects and updates the old slots.
import java.util.ArrayList;
import java.util.List;

public class GcOldToYoung {
    static final class Box {
        Object payload;
        Box next;
    }

    public static void main(String[] args) {
        Object[] table = new Object[50_000];
        Box[] boxes = new Box[1000];
        for (int i = 0; i < boxes.length; i++) {
            boxes[i] = new Box();
        }
        // Age everything into the old generation.
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long garbage = 0;
        for (int round = 0; round < 40; round++) {
            for (int i = round % 7; i < table.length; i += 7) {
                table[i] = "v" + round + ":" + i;
            }
            for (int i = 0; i < boxes.length; i++) {
                boxes[i].payload = new int[] {round, i};
                if (i > 0) {
                    boxes[i].next = boxes[i - 1];
                }
            }
            // Garbage to force young collections between the stores and the checks.
            List<int[]> junk = new ArrayList<>();
            for (int k = 0; k < 20_000; k++) {
                junk.add(new int[8]);
                if (junk.size() > 100) {
                    garbage += junk.size();
                    junk = new ArrayList<>();
                }
            }
            int ok = 0;
            for (int i = 0; i < boxes.length; i++) {
                int[] p = (int[]) boxes[i].payload;
                if (p[0] == round && p[1] == i && (i == 0 || boxes[i].next == boxes[i - 1])) {
                    ok++;
                }
            }
            String s = (String) table[round % 7];
            if (round % 8 == 0) {
                System.out.println("round " + round + " boxes ok " + ok + " sample " + s);
            }
        }
        long chars = 0;
        for (Object o : table) {
            chars += o == null ? 0 : ((String) o).length();
        }
        System.out.println("table chars " + chars + " garbage " + garbage);
        Object[] copy = new Object[table.length];
        System.arraycopy(table, 0, copy, 0, table.length);
        Object[] cloned = table.clone();
        for (int i = 0; i < 200_000; i++) {
            table[i % table.length] = new StringBuilder().append(i).toString();
        }
        System.gc();
        int same = 0;
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == cloned[i]) {
                same++;
            }
        }
        System.out.println("copies agree " + same + " last " + table[table.length - 1]);
    }
}
