/** Interrupting a sleeping thread: InterruptedException "sleep interrupted", flags before and after. */
public class ThreadSleepInterrupt {
    static volatile String outcome = "none";
    static volatile boolean flagAfterCatch = true;

    /** Waits (at most 20 s) until {@code t} is in {@code state}; its state then. */
    static Thread.State awaitState(Thread t, Thread.State state) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (t.getState() != state && System.currentTimeMillis() < end) {
            Thread.sleep(1);
        }
        return t.getState();
    }

    public static void main(String[] args) throws Exception {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(60_000);
                outcome = "woke normally";
            } catch (InterruptedException e) {
                outcome = "caught " + e.getMessage();
                flagAfterCatch = Thread.currentThread().isInterrupted();
            }
        }, "sleeper");
        sleeper.start();
        System.out.println("state while sleeping: " + awaitState(sleeper, Thread.State.TIMED_WAITING));
        sleeper.interrupt();
        sleeper.join();
        System.out.println(outcome + ", flag after catch " + flagAfterCatch + ", state " + sleeper.getState());

        // Interrupting oneself: the flag stays until interrupted() clears it; sleep then throws at once.
        Thread me = Thread.currentThread();
        System.out.println("before: " + me.isInterrupted());
        me.interrupt();
        System.out.println("after interrupt: " + me.isInterrupted() + " " + me.isInterrupted());
        System.out.println("interrupted(): " + Thread.interrupted() + " then " + Thread.interrupted());
        me.interrupt();
        long start = System.nanoTime();
        try {
            Thread.sleep(10_000);
            System.out.println("slept");
        } catch (InterruptedException e) {
            System.out.println("self: " + e + " quick=" + ((System.nanoTime() - start) < 5_000_000_000L) + " flag=" + me.isInterrupted());
        }

        // join is interruptible too.
        Thread forever = new Thread(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                outcome = "forever interrupted";
            }
        }, "forever");
        forever.setDaemon(true);
        forever.start();
        Thread joiner = new Thread(() -> {
            try {
                forever.join();
                outcome = "joined";
            } catch (InterruptedException e) {
                outcome = "join " + e;
            }
        }, "joiner");
        joiner.start();
        System.out.println("joiner state: " + awaitState(joiner, Thread.State.WAITING));
        joiner.interrupt();
        joiner.join();
        System.out.println(outcome);
        forever.interrupt();
        forever.join();
        System.out.println(outcome);

        // An interrupt before start is kept.
        Thread early = new Thread(() -> {
            outcome = "early sees " + Thread.currentThread().isInterrupted();
        });
        early.interrupt();
        System.out.println("unstarted interrupted: " + early.isInterrupted());
        early.start();
        early.join();
        System.out.println(outcome);
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
