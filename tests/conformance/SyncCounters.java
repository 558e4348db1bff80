import java.util.*;

/**
 * Threads incrementing shared counters under monitors: synchronized instance and static methods, synchronized
 * blocks on a shared lock object, nested (reentrant) locking, and the synchronized collections. Totals are exact.
 */
public class SyncCounters {
    static final int THREADS = 4;
    static final int ROUNDS = 20_000;
    static int staticCount;
    static final Object LOCK = new Object();
    static long blockCount;
    int count;

    synchronized void inc() {
        count++;
    }

    static synchronized void incStatic() {
        staticCount++;
    }

    synchronized void incNested() {
        synchronized (this) {
            inc();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SyncCounters c = new SyncCounters();
        Vector<Integer> vector = new Vector<>();
        Hashtable<Integer, Integer> table = new Hashtable<>();
        StringBuffer buffer = new StringBuffer();
        List<Integer> syncList = Collections.synchronizedList(new ArrayList<>());
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            final int id = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < ROUNDS; i++) {
                    c.inc();
                    c.incNested();
                    incStatic();
                    synchronized (LOCK) {
                        blockCount += i;
                    }
                    if (i % 10 == 0) {
                        vector.add(i);
                        syncList.add(id);
                        table.merge(i % 100, 1, Integer::sum);
                        buffer.append((char) ('a' + id));
                    }
                }
            });
        }
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("count " + c.count + " static " + staticCount + " block " + blockCount);
        long vsum = 0;
        for (int v : vector) {
            vsum += v;
        }
        int tsum = 0;
        for (int v : table.values()) {
            tsum += v;
        }
        int[] perThread = new int[THREADS];
        for (int i = 0; i < buffer.length(); i++) {
            perThread[buffer.charAt(i) - 'a']++;
        }
        System.out.println("vector " + vector.size() + " " + vsum + " list " + syncList.size() + " table " + table.size() + " " + tsum);
        System.out.println("buffer " + buffer.length() + " " + Arrays.toString(perThread));
    }
}
