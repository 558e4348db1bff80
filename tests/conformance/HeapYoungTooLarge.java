// jvm-args: -Xmn100m -Xmx50m
// A young generation larger than the maximum heap is shrunk to fit, as HotSpot does, and the program runs.
public class HeapYoungTooLarge {
    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 200_000; i++) {
            int[] a = new int[16];
            a[i & 15] = i;
            sum += a[i & 15];
        }
        System.out.println("sum " + sum + ", max <= 50m: " + (Runtime.getRuntime().maxMemory() <= (50L << 20)));
    }
}
