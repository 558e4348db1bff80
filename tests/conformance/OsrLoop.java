// jvm-args: -XX:CompileThreshold=300 -XX:OnStackReplacePercentage=100
// On-stack replacement: main's loops get hot long before main could be called again, so the default mode
// compiles them mid-run (at a loop head) and moves the interpreter frame into compiled code. Locals of every
// kind (int, long, float, double, references, null, an array) are live into each loop and used after it.
public class OsrLoop {
    static final class Acc {
        long sum;
        String tag;
        Acc(String tag) { this.tag = tag; }
    }

    public static void main(String[] args) {
        int i0 = 7;
        long l0 = 1L << 40;
        float f0 = 1.5f;
        double d0 = 0.25;
        String s0 = "osr";
        Object nothing = null;
        int[] arr = new int[64];
        Acc acc = new Acc("acc");
        long hash = 17;
        for (int i = 0; i < 200_000; i++) {
            arr[i & 63] += i;
            hash = hash * 31 + (i ^ i0);
            l0 += i;
            d0 += i * 0.5;
            f0 += 0.25f;
            acc.sum += arr[(i * 7) & 63];
            if (nothing != null) hash = 0;
        }
        System.out.println("i0=" + i0 + " l0=" + l0 + " f0=" + f0 + " d0=" + d0);
        System.out.println("hash=" + hash + " s0=" + s0 + " tag=" + acc.tag + " sum=" + acc.sum);
        System.out.println("arr[5]=" + arr[5] + " arr[63]=" + arr[63] + " nothing=" + nothing);

        // A second loop in the same method: its own OSR entry.
        StringBuilder sb = new StringBuilder();
        double x = 1.0;
        long steps = 0;
        while (x < 1e12) {
            x *= 1.0001;
            steps++;
            if ((steps & 0xFFFF) == 0) sb.append(steps).append(',');
        }
        System.out.println("steps=" + steps + " x=" + x + " marks=" + sb);

        // A loop whose head sees a long and a double that only the loop defines after the head's first visit.
        long fib = 0, prev = 1;
        double harmonic = 0;
        for (int n = 1; n <= 90; n++) {
            long next = fib + prev;
            prev = fib;
            fib = next;
            for (int k = 1; k <= 3000; k++) harmonic += 1.0 / (n * (double) k);
        }
        System.out.println("fib=" + fib + " harmonic=" + harmonic);
        System.out.println("result " + run(5) + " " + run(6));
    }

    // Called twice only: its loop reaches the OSR threshold within one call.
    static long run(int seed) {
        long total = seed;
        Object keep = Integer.valueOf(seed);
        for (int i = 0; i < 50_000; i++) {
            total += (i % (seed + 1)) * (long) i;
        }
        return total + keep.hashCode();
    }
}
