/**
 * Uncontended monitors: the same small method called n times through a synchronized method and through a
 * synchronized block, on an object that escapes (so no VM may elide the lock). Compare with PlainCalls,
 * which makes the same calls without monitors: the ratio of the two is the cost of an uncontended lock.
 */
public class SyncCalls {
    static SyncCalls shared;
    private int sum;

    synchronized void add(int x) {
        sum += x ^ (sum >>> 3);
    }

    void addBlock(int x) {
        synchronized (this) {
            sum += x ^ (sum >>> 5);
        }
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        SyncCalls c = new SyncCalls();
        shared = c;
        for (int i = 0; i < n; i++) {
            c.add(i);
            c.addBlock(i);
        }
        System.out.println(new StringBuilder().append("sum ").append(c.sum).toString());
    }
}
