import java.util.concurrent.atomic.*;

/** AtomicReferenceArray, compareAndExchange, and the index checks of the atomic arrays (HotSpot's messages). */
public class AtomicsArrays {
    public static void main(String[] args) {
        AtomicReferenceArray<String> ra = new AtomicReferenceArray<>(new String[] {"x", null, "z"});
        String x = ra.get(0);
        System.out.println(ra + " " + ra.length() + " " + ra.compareAndSet(0, x, "X") + " " + ra.compareAndSet(0, x, "Y"));
        System.out.println(ra.getAndSet(1, "y") + " " + ra.updateAndGet(2, s -> s + s) + " " + ra.accumulateAndGet(1, "!", String::concat) + " " + ra);
        System.out.println(ra.compareAndExchange(0, "nope", "Q") + " " + ra.compareAndExchange(0, ra.get(0), "Q") + " " + ra.get(0));
        AtomicInteger ai = new AtomicInteger(7);
        System.out.println(ai.compareAndExchange(7, 8) + " " + ai.compareAndExchange(7, 9) + " " + ai.get());
        AtomicLong al = new AtomicLong(-1);
        System.out.println(al.compareAndExchange(-1, Long.MIN_VALUE) + " " + al.getAndAdd(-1) + " " + al.get());
        AtomicBoolean ab = new AtomicBoolean(true);
        System.out.println(ab.compareAndExchange(false, false) + " " + ab.compareAndExchange(true, false) + " " + ab.get());
        AtomicReference<Integer> ar = new AtomicReference<>(1000);
        System.out.println(ar.compareAndSet(Integer.valueOf(1000), 5) + " " + ar.get());
        AtomicIntegerArray ia = new AtomicIntegerArray(3);
        AtomicLongArray la = new AtomicLongArray(2);
        Runnable[] bad = {
            () -> ia.get(3), () -> ia.set(-1, 0), () -> ia.incrementAndGet(5), () -> la.get(2), () -> la.getAndAdd(-7, 1),
            () -> ra.get(3), () -> ra.compareAndSet(10, null, "a"),
        };
        for (Runnable r : bad) {
            try {
                r.run();
                System.out.println("no exception");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(e);
            }
        }
        long sum = 0;
        AtomicLongArray big = new AtomicLongArray(100);
        for (int i = 0; i < 10000; i++) {
            big.addAndGet(i % 100, i);
        }
        for (int i = 0; i < 100; i++) {
            sum += big.get(i) * (i + 1);
        }
        System.out.println(sum);
        LongAdder adder = new LongAdder();
        for (int i = 0; i < 1000; i++) {
            adder.add(i);
        }
        System.out.println(adder.sumThenReset() + " " + adder.sum());
    }
}
