// jvm-args: -XX:CompileThreshold=300 -XX:OnStackReplacePercentage=100
// On-stack replacement inside the class library, which is trusted and not verified when it loads, so the JIT
// computes a method's frame types when its first loop gets hot: each library call below runs its loop long
// enough on its first call for the loop to move into compiled code mid-way (vm/tests/osr.rs checks that it
// does). Also loops in synchronized library methods (Hashtable, Vector) and exceptions thrown out of an
// OSR'd library loop by the code it calls back.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Vector;

public class OsrLibraryLoop {
    /** A value whose equals counts its calls and throws at the given one. */
    static final class Tripwire {
        static int calls;
        static int tripAt = -1;
        final int id;

        Tripwire(int id) {
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            calls++;
            if (calls == tripAt) {
                throw new IllegalStateException("equals call " + calls);
            }
            return o instanceof Tripwire && ((Tripwire) o).id == id;
        }

        @Override
        public int hashCode() {
            return id;
        }
    }

    /** Whether this thread holds `o`'s monitor (notify throws IllegalMonitorStateException if not). */
    static boolean holds(Object o) {
        try {
            o.notify();
            return true;
        } catch (IllegalMonitorStateException e) {
            return false;
        }
    }

    static long sum(int[] a) {
        long s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }

    public static void main(String[] args) {
        int[] ints = new int[60_000];
        Arrays.fill(ints, 7);
        System.out.println("fill int: " + sum(ints));
        long[] longs = new long[40_000];
        Arrays.fill(longs, 1L << 33);
        System.out.println("fill long: " + longs[0] + " " + longs[39_999]);
        double[] doubles = new double[40_000];
        Arrays.fill(doubles, 0.25);
        double ds = 0;
        for (double d : doubles) {
            ds += d;
        }
        System.out.println("fill double: " + ds);
        Object[] objects = new Object[40_000];
        Arrays.fill(objects, "x");
        System.out.println("fill Object: " + objects[123] + " " + objects[39_999]);

        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30_000; i++) {
            sb.append((char) ('a' + i % 3));
        }
        sb.append("needle");
        String big = sb.toString();
        System.out.println("indexOf char: " + big.indexOf('n') + " " + big.indexOf('z'));
        System.out.println("indexOf string: " + big.indexOf("needle") + " " + big.indexOf("cab", 20_000));
        System.out.println("lastIndexOf: " + big.lastIndexOf("abc", 10_000));

        int[] random = new int[20_000];
        int seed = 12345;
        for (int i = 0; i < random.length; i++) {
            seed = seed * 1103515245 + 12345;
            random[i] = (seed >>> 8) % 100_000;
        }
        int[] sorted = random.clone();
        Arrays.sort(sorted);
        boolean ordered = true;
        for (int i = 1; i < sorted.length; i++) {
            ordered &= sorted[i - 1] <= sorted[i];
        }
        System.out.println("sort int: " + ordered + " " + sorted[0] + " " + sorted[10_000] + " " + sorted[19_999] + " " + (sum(sorted) == sum(random)));

        Integer[] boxed = new Integer[5_000];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = random[i];
        }
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println("sort Integer desc: " + boxed[0] + " " + boxed[2_500] + " " + boxed[4_999]);

        HashMap<Integer, Integer> map = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            map.put(i * 7, i);
        }
        long hits = 0;
        for (int i = 0; i < 20_000; i++) {
            Integer v = map.get(i * 7);
            hits += v == null ? 0 : v;
        }
        System.out.println("HashMap: " + map.size() + " " + hits + " " + map.containsValue(-1) + " " + map.containsValue(19_999));

        // Synchronized library methods with loops: the monitor moves with the frame into compiled code.
        Hashtable<Integer, Tripwire> table = new Hashtable<>();
        for (int i = 0; i < 5_000; i++) {
            table.put(i, new Tripwire(i));
        }
        Tripwire.calls = 0;
        System.out.println("Hashtable.contains: " + table.contains(new Tripwire(-1)) + " after " + Tripwire.calls + " calls, held " + holds(table));
        Tripwire.calls = 0;
        Tripwire.tripAt = 4_000;
        try {
            table.contains(new Tripwire(-2));
            System.out.println("no exception");
        } catch (IllegalStateException e) {
            System.out.println("Hashtable.contains threw: " + e.getMessage() + ", held " + holds(table));
        }
        Tripwire.tripAt = -1;
        System.out.println("Hashtable still usable: " + table.get(42).id + " " + table.size());

        Vector<String> vector = new Vector<>();
        for (int i = 0; i < 10_000; i++) {
            vector.add("v" + i);
        }
        System.out.println("Vector.indexOf: " + vector.indexOf("v9999") + " " + vector.indexOf("none") + ", held " + holds(vector));

        // A callback that throws from inside an OSR'd library loop.
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            list.add(i);
        }
        int[] seen = {0};
        try {
            list.forEach(x -> {
                seen[0]++;
                if (x == 8_000) {
                    throw new ArithmeticException("stop at " + x);
                }
            });
        } catch (ArithmeticException e) {
            System.out.println("forEach threw: " + e.getMessage() + " after " + seen[0]);
        }
    }
}
