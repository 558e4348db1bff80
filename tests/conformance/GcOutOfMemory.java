// jvm-args: -Xmx32m
// OutOfMemoryError is thrown when the heap is full, can be caught, and the VM keeps working once the program
// lets go of what it held; soft references are cleared before it is thrown.
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

public class GcOutOfMemory {
    public static void main(String[] args) {
        SoftReference<byte[]> soft = new SoftReference<>(new byte[4 << 20]);
        List<byte[]> hog = new ArrayList<>();
        try {
            while (true) {
                hog.add(new byte[1 << 20]);
            }
        } catch (OutOfMemoryError e) {
            int held = hog.size();
            hog = null;
            System.out.println("caught: " + e.getMessage() + " after more than 10 MB: " + (held > 10));
        }
        System.out.println("soft cleared: " + (soft.get() == null));
        long sum = 0;
        for (int i = 0; i < 100; i++) {
            byte[] b = new byte[1 << 20];
            b[i] = (byte) i;
            sum += b[i];
        }
        System.out.println("recovered, sum " + sum);
        try {
            long[] huge = new long[Integer.MAX_VALUE - 8];
            System.out.println(huge.length);
        } catch (OutOfMemoryError e) {
            System.out.println("huge: " + e.getMessage());
        }
        try {
            int[] tooBig = new int[Integer.MAX_VALUE];
            System.out.println(tooBig.length);
        } catch (OutOfMemoryError e) {
            System.out.println("too big: " + e.getMessage());
        }
        List<Object> nested = new ArrayList<>();
        try {
            while (true) {
                nested.add(new Object[1000]);
            }
        } catch (OutOfMemoryError e) {
            int n = nested.size();
            nested.clear();
            System.out.println("nested caught, cleared " + (n > 100));
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("max >= 24m: " + (rt.maxMemory() >= (24L << 20)) + ", total <= max: "
                + (rt.totalMemory() <= rt.maxMemory()) + ", free <= total: " + (rt.freeMemory() <= rt.totalMemory()));
    }
}
