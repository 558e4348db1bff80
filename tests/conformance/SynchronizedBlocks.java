/** monitorenter/monitorexit: synchronized blocks and methods, reentrancy, exceptions leaving synchronized code, static sync. */
public class SynchronizedBlocks {
    private int counter;
    private static int staticCounter;
    private final Object lock = new Object();

    synchronized void inc() {
        counter++;
    }

    synchronized int incTwiceReentrant() {
        inc();
        inc();
        return counter;
    }

    static synchronized void staticInc() {
        staticCounter++;
    }

    int blockInc(int n) {
        for (int i = 0; i < n; i++) {
            synchronized (lock) {
                synchronized (this) {
                    counter++;
                }
            }
        }
        return counter;
    }

    int throwInside() {
        try {
            synchronized (lock) {
                counter += 100;
                if (counter > 0) {
                    throw new IllegalStateException("thrown while holding lock");
                }
            }
        } catch (IllegalStateException e) {
            System.out.println("caught: " + e.getMessage());
        }
        synchronized (lock) {
            return counter;
        }
    }

    synchronized int returnFromSync(int x) {
        if (x > 5) {
            return x * 2;
        }
        synchronized (SynchronizedBlocks.class) {
            return x + staticCounter;
        }
    }

    public static void main(String[] args) {
        SynchronizedBlocks s = new SynchronizedBlocks();
        for (int i = 0; i < 1000; i++) {
            s.inc();
        }
        System.out.println("after inc: " + s.counter);
        System.out.println("reentrant: " + s.incTwiceReentrant());
        for (int i = 0; i < 10; i++) {
            staticInc();
        }
        System.out.println("static: " + staticCounter);
        System.out.println("block: " + s.blockInc(50));
        System.out.println("after throw: " + s.throwInside());
        System.out.println("return from sync: " + s.returnFromSync(7) + " " + s.returnFromSync(3));
        String str = "lock on string";
        synchronized (str) {
            synchronized (str) {
                System.out.println("nested on same string: " + str.length());
            }
        }
        Object[] locks = {new Object(), "x", 1, new int[0], SynchronizedBlocks.class};
        int n = 0;
        for (Object l : locks) {
            synchronized (l) {
                n++;
            }
        }
        System.out.println("locked " + n + " different kinds");
    }
}
