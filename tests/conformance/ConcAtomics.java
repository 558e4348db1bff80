import java.util.concurrent.atomic.*;

/** AtomicInteger/Long/Boolean/Reference and the arrays: CAS, get-and-update family, toString, Number views. */
public class ConcAtomics {
    public static void main(String[] args) {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai.getAndIncrement() + " " + ai.incrementAndGet() + " " + ai.addAndGet(10) + " " + ai.getAndAdd(-3) + " " + ai);
        System.out.println(ai.compareAndSet(14, 100) + " " + ai.compareAndSet(14, 200) + " " + ai.get());
        System.out.println(ai.getAndUpdate(x -> x * 2) + " " + ai.updateAndGet(x -> x + 1) + " " + ai.accumulateAndGet(7, Math::max) + " " + ai.getAndAccumulate(1000, Integer::sum) + " " + ai);
        System.out.println(ai.getAndSet(-1) + " " + ai.decrementAndGet() + " " + ai.getAndDecrement() + " " + ai.intValue() + " " + ai.doubleValue());
        AtomicLong al = new AtomicLong(Long.MAX_VALUE - 1);
        System.out.println(al.incrementAndGet() + " " + al.incrementAndGet() + " " + al.updateAndGet(v -> v / 2) + " " + al.longValue());
        AtomicBoolean ab = new AtomicBoolean();
        System.out.println(ab + " " + ab.compareAndSet(false, true) + " " + ab.compareAndSet(false, true) + " " + ab.getAndSet(false) + " " + ab.get());
        AtomicReference<String> ar = new AtomicReference<>("a");
        String a = ar.get();
        System.out.println(ar.compareAndSet(a, "b") + " " + ar.compareAndSet("zz", "c") + " " + ar.getAndUpdate(s -> s + "!") + " " + ar.accumulateAndGet("?", String::concat) + " " + ar);
        System.out.println(new AtomicReference<Object>() + " " + new AtomicInteger() + " " + new AtomicLong());
        AtomicIntegerArray ia = new AtomicIntegerArray(new int[] {3, 1, 4, 1, 5});
        ia.incrementAndGet(0);
        ia.getAndAdd(4, 10);
        ia.compareAndSet(1, 1, 9);
        ia.updateAndGet(2, x -> x * x);
        System.out.println(ia + " " + ia.length() + " " + ia.get(2));
        AtomicLongArray la = new AtomicLongArray(3);
        la.set(1, 1L << 40);
        la.accumulateAndGet(1, 3, (x, y) -> x * y);
        la.decrementAndGet(2);
        System.out.println(la);
        LongAdder adder = new LongAdder();
        for (int i = 1; i <= 100; i++) adder.add(i);
        adder.increment();
        adder.decrement();
        adder.decrement();
        System.out.println(adder + " " + adder.sum() + " " + adder.intValue() + " " + adder.sumThenReset() + " " + adder.sum());
        int[] counter = {0};
        AtomicInteger seq = new AtomicInteger();
        for (int i = 0; i < 1000; i++) {
            int prev;
            do {
                prev = seq.get();
                counter[0]++;
            } while (!seq.compareAndSet(prev, prev + 3));
        }
        System.out.println(seq + " " + counter[0]);
    }
}
