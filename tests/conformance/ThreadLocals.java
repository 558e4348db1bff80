import java.util.ArrayList;
import java.util.List;

/** ThreadLocal values are per thread; InheritableThreadLocal values are copied when a thread is created. */
public class ThreadLocals {
    static final ThreadLocal<Integer> counter = ThreadLocal.withInitial(() -> 100);
    static final ThreadLocal<String> plain = new ThreadLocal<>();
    static final InheritableThreadLocal<String> inherited = new InheritableThreadLocal<>();
    static final InheritableThreadLocal<List<String>> derived = new InheritableThreadLocal<List<String>>() {
        @Override
        protected List<String> childValue(List<String> parent) {
            List<String> copy = new ArrayList<>(parent);
            copy.add("child");
            return copy;
        }
    };

    static final String[] seen = new String[8];

    public static void main(String[] args) throws InterruptedException {
        counter.set(1);
        plain.set("main-plain");
        inherited.set("from-main");
        derived.set(new ArrayList<>(List.of("root")));
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            final int k = i;
            threads[i] = new Thread(() -> {
                int before = counter.get();
                for (int j = 0; j <= k; j++) {
                    counter.set(counter.get() + 1);
                }
                String p = plain.get();
                String inh = inherited.get();
                inherited.set("changed-" + k);
                seen[k] = "t" + k + " counter " + before + "->" + counter.get() + " plain=" + p + " inherited=" + inh
                    + " now=" + inherited.get() + " derived=" + derived.get();
            });
        }
        inherited.set("from-main-later");
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int i = 0; i < threads.length; i++) {
            System.out.println(seen[i]);
        }
        System.out.println("main counter " + counter.get() + " plain " + plain.get() + " inherited " + inherited.get()
            + " derived " + derived.get());
        counter.remove();
        System.out.println("after remove " + counter.get());
        plain.remove();
        System.out.println("plain after remove " + plain.get());
        // A grandchild inherits what its parent had when the grandchild was created.
        Thread parent = new Thread(() -> {
            inherited.set("parent-value");
            Thread child = new Thread(() -> seen[5] = "grandchild sees " + inherited.get() + " " + derived.get());
            child.start();
            try {
                child.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        });
        parent.start();
        parent.join();
        System.out.println(seen[5]);
    }
}
