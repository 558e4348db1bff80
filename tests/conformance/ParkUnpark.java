import java.util.concurrent.locks.LockSupport;

/**
 * LockSupport: a permit given before park makes it return at once (and is not counted twice); unpark wakes a
 * parked thread; parkNanos times out; an interrupt wakes park and leaves the flag set; a hand-off chain of
 * threads each unparking the next.
 */
public class ParkUnpark {
    static volatile int stage;

    public static void main(String[] args) throws Exception {
        Thread me = Thread.currentThread();
        LockSupport.unpark(me);
        LockSupport.unpark(me);
        long start = System.nanoTime();
        LockSupport.park();
        System.out.println("permit consumed at once: " + ((System.nanoTime() - start) < 1_000_000_000L));
        start = System.nanoTime();
        LockSupport.parkNanos(30_000_000L);
        System.out.println("second park timed out: " + ((System.nanoTime() - start) >= 25_000_000L));
        LockSupport.parkUntil(System.currentTimeMillis() - 5);
        System.out.println("past deadline returns");

        Thread sleeper = new Thread(() -> {
            stage = 1;
            while (stage != 2) {
                LockSupport.park("blocker");
            }
            System.out.println("sleeper unparked");
        });
        sleeper.start();
        while (stage != 1) {
            Thread.sleep(1);
        }
        Thread.sleep(20);
        stage = 2;
        LockSupport.unpark(sleeper);
        sleeper.join();

        Thread interrupted = new Thread(() -> {
            LockSupport.park();
            System.out.println("interrupt woke park, flag " + Thread.currentThread().isInterrupted());
        });
        interrupted.start();
        Thread.sleep(20);
        interrupted.interrupt();
        interrupted.join();

        int n = 5;
        Thread[] chain = new Thread[n];
        StringBuffer order = new StringBuffer();
        int[] go = new int[1];
        for (int i = n - 1; i >= 0; i--) {
            final int id = i;
            final Thread next = i + 1 < n ? chain[i + 1] : null;
            chain[i] = new Thread(() -> {
                synchronized (go) {
                    while (go[0] != id) {
                        try {
                            go.wait();
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }
                order.append(id);
                synchronized (go) {
                    go[0] = id + 1;
                    go.notifyAll();
                }
                if (next != null) {
                    LockSupport.unpark(next);
                }
            });
        }
        for (Thread t : chain) {
            t.start();
        }
        for (Thread t : chain) {
            t.join();
        }
        System.out.println("chain " + order);
    }
}
