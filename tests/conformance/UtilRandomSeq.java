import java.util.*;

public class UtilRandomSeq {
    public static void main(String[] args) {
        for (long seed : new long[] {0, 1, 42, -7, 123456789012345L, Long.MIN_VALUE}) {
            Random r = new Random(seed);
            StringBuilder sb = new StringBuilder();
            sb.append(seed).append(": ");
            sb.append(r.nextInt()).append(' ').append(r.nextInt(10)).append(' ').append(r.nextInt(1 << 20)).append(' ');
            sb.append(r.nextInt(1000000007)).append(' ').append(r.nextLong()).append(' ').append(r.nextBoolean()).append(' ');
            sb.append(r.nextFloat()).append(' ').append(r.nextDouble()).append(' ').append(r.nextGaussian()).append(' ');
            sb.append(r.nextGaussian()).append(' ').append(r.nextGaussian()).append(' ').append(r.nextInt(5, 17));
            sb.append(' ').append(r.nextInt(-1000, 1000)).append(' ').append(r.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE));
            System.out.println(sb);
            byte[] bytes = new byte[7];
            r.nextBytes(bytes);
            System.out.println(Arrays.toString(bytes));
        }
        Random r = new Random(99);
        int[] hist = new int[7];
        for (int i = 0; i < 10000; i++) {
            hist[r.nextInt(7)]++;
        }
        System.out.println(Arrays.toString(hist));
        r.setSeed(99);
        System.out.println(r.nextInt(7) + " " + r.nextInt(Integer.MAX_VALUE) + " " + r.nextInt(0x40000001));
        try {
            r.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            l.add(i);
        }
        Collections.shuffle(l, new Random(2024));
        System.out.println(l);
        Collections.shuffle(l, new Random(1));
        System.out.println(l);
    }
}
