/** Allocation pressure: many short-lived objects and arrays with a few survivors kept in a ring, checked at the end. */
public class AllocationChurn {
    static final class Blob {
        final int id;
        final long[] payload;
        Blob link;

        Blob(int id, int size) {
            this.id = id;
            this.payload = new long[size];
            for (int i = 0; i < size; i++) {
                payload[i] = (long) id * 31 + i;
            }
        }

        long sum() {
            long s = 0;
            for (long v : payload) {
                s += v;
            }
            return s;
        }
    }

    public static void main(String[] args) {
        Blob[] ring = new Blob[64];
        long garbageSum = 0;
        for (int i = 0; i < 200000; i++) {
            Blob b = new Blob(i, i % 17);
            if (i % 1000 == 0) {
                Blob keep = new Blob(i, 8);
                keep.link = ring[(i / 1000 + 63) % 64];
                ring[(i / 1000) % 64] = keep;
            }
            garbageSum += b.payload.length;
            String s = "tmp" + i;
            garbageSum += s.length();
            int[] arr = new int[i % 33];
            garbageSum += arr.length;
        }
        System.out.println("garbage sum " + garbageSum);
        long ringSum = 0;
        int linked = 0;
        for (Blob b : ring) {
            if (b != null) {
                ringSum += b.sum();
                if (b.link != null) {
                    linked++;
                    ringSum += b.link.id;
                }
            }
        }
        System.out.println("ring sum " + ringSum + " linked " + linked);
        StringBuilder sb = new StringBuilder();
        for (int round = 0; round < 50; round++) {
            String[] words = new String[200];
            for (int i = 0; i < words.length; i++) {
                words[i] = Integer.toString(i * round, 36);
            }
            sb.setLength(0);
            for (String w : words) {
                sb.append(w);
            }
        }
        System.out.println("last round length " + sb.length() + " tail " + sb.substring(sb.length() - 10));
        Object[][] nested = new Object[100][];
        for (int i = 0; i < nested.length; i++) {
            nested[i] = new Object[i];
            for (int j = 0; j < i; j++) {
                nested[i][j] = j % 2 == 0 ? Integer.valueOf(j * 1000) : "s" + j;
            }
        }
        int ints = 0, strings = 0;
        for (Object[] row : nested) {
            for (Object o : row) {
                if (o instanceof Integer) ints++;
                else if (o instanceof String) strings++;
            }
        }
        System.out.println("nested ints " + ints + " strings " + strings);
    }
}
