// Weak references are cleared once their referent is unreachable, kept while it is strongly reachable, and
// queued on their ReferenceQueue; soft references survive an ordinary collection.
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

public class GcWeakReferences {
    public static void main(String[] args) throws InterruptedException {
        ReferenceQueue<Object> queue = new ReferenceQueue<>();
        Object kept = new StringBuilder("kept");
        WeakReference<Object> strong = new WeakReference<>(kept, queue);
        // Held strongly until the first print, so a collection before it (GC stress collects every few
        // allocations) may not clear it; dropped after, so the System.gc() below must.
        Object dropped = new StringBuilder("dropped");
        WeakReference<Object> weak = new WeakReference<>(dropped, queue);
        SoftReference<Object> soft = new SoftReference<>(new StringBuilder("soft"));
        List<WeakReference<int[]>> many = new ArrayList<>();
        List<int[]> holders = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int[] a = new int[] {i};
            many.add(new WeakReference<>(a));
            if (i % 10 == 0) {
                holders.add(a);
            }
        }
        System.out.println("before: " + strong.get() + " " + weak.get() + " " + soft.get() + " " + weak.refersTo(dropped));
        dropped = null;
        System.gc();
        System.out.println("after: " + strong.get() + " " + weak.get() + " " + soft.get());
        int alive = 0;
        for (WeakReference<int[]> w : many) {
            if (w.get() != null) {
                alive++;
            }
        }
        System.out.println("alive " + alive + " of " + many.size());
        Reference<?> r = queue.remove(5000);
        System.out.println("queued is weak: " + (r == weak) + ", next " + queue.poll());
        System.out.println("refersTo " + strong.refersTo(kept) + " " + weak.refersTo(null));
        weak.clear();
        System.out.println("kept " + kept + " holders " + holders.size());
    }
}
