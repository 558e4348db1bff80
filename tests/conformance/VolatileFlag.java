/**
 * Volatile publication: a writer fills plain fields, then sets a volatile flag; readers spin on the flag and
 * must see the plain writes. A volatile long written with wide values is never seen torn. A stop flag ends
 * spinning workers.
 */
public class VolatileFlag {
    static volatile boolean ready;
    static volatile boolean stop;
    static volatile long wide;
    static int a, b;
    static String message;
    volatile int counterSeen;

    public static void main(String[] args) throws InterruptedException {
        Thread reader = new Thread(() -> {
            while (!ready) {
                Thread.onSpinWait();
            }
            System.out.println("reader saw " + a + " " + b + " " + message);
        });
        reader.start();
        Thread.sleep(20);
        a = 6;
        b = 7;
        message = "published";
        ready = true;
        reader.join();

        long[] torn = new long[1];
        Thread watcher = new Thread(() -> {
            while (!stop) {
                long v = wide;
                if (v != 0L && v != -1L && v != 0x5555_5555_5555_5555L) {
                    torn[0]++;
                }
            }
        });
        watcher.start();
        for (int i = 0; i < 200_000; i++) {
            wide = (i % 3 == 0) ? -1L : (i % 3 == 1) ? 0x5555_5555_5555_5555L : 0L;
        }
        stop = true;
        watcher.join();
        System.out.println("torn reads: " + torn[0]);

        VolatileFlag box = new VolatileFlag();
        Thread bumper = new Thread(() -> {
            for (int i = 1; i <= 1000; i++) {
                box.counterSeen = i;
            }
        });
        bumper.start();
        int last = 0;
        boolean monotonic = true;
        while (last < 1000) {
            int now = box.counterSeen;
            if (now < last) {
                monotonic = false;
            }
            last = now;
        }
        bumper.join();
        System.out.println("monotonic " + monotonic + " last " + last);
    }
}
