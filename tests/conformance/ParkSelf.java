import java.util.concurrent.locks.LockSupport;

/** LockSupport on one thread: a permit (not counted twice) makes park return, timed parks time out. */
public class ParkSelf {
    public static void main(String[] args) {
        Thread me = Thread.currentThread();
        LockSupport.unpark(me);
        LockSupport.unpark(me);
        long start = System.nanoTime();
        LockSupport.park();
        System.out.println("permit consumed at once: " + ((System.nanoTime() - start) < 2_000_000_000L));
        start = System.nanoTime();
        LockSupport.parkNanos(30_000_000L);
        System.out.println("no second permit, timed out: " + ((System.nanoTime() - start) >= 25_000_000L));
        start = System.nanoTime();
        LockSupport.parkUntil("deadline", System.currentTimeMillis() + 20);
        System.out.println("deadline reached: " + ((System.nanoTime() - start) >= 10_000_000L));
        LockSupport.parkUntil(System.currentTimeMillis() - 5);
        LockSupport.parkNanos(-1);
        LockSupport.parkNanos(0);
        System.out.println("past deadlines return, blocker " + LockSupport.getBlocker(me));
        LockSupport.unpark(me);
        LockSupport.park("blocker");
        LockSupport.unpark(null);
        System.out.println("done");
    }
}
