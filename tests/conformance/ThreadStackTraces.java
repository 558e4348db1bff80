import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Thread.getStackTrace of the current thread (this method on top, then the callers with their lines), of
 * threads blocked in wait, sleep and join (a snapshot of their frames), of a thread spinning in a loop (stopped
 * at a safepoint while read), of threads not started or ended (empty), and Thread.getAllStackTraces.
 * Library frames below the program's own are left out of the blocked threads' lines: their shape is the
 * library's business, not the program's.
 */
public class ThreadStackTraces {
    static final Object lock = new Object();
    static boolean released;
    static volatile boolean stopSpinning;
    static volatile long spins;

    public static void main(String[] args) throws Exception {
        outer();
        Thread notStarted = new Thread(() -> { }, "never");
        System.out.println("not started: " + notStarted.getStackTrace().length);

        Thread waiter = new Thread(() -> waitLevel1(), "waiter");
        Thread sleeper = new Thread(ThreadStackTraces::sleepLevel1, "sleeper");
        Thread joiner = new Thread(() -> joinLevel1(sleeper), "joiner");
        Thread spinner = new Thread(ThreadStackTraces::spinLevel1, "spinner");
        waiter.start();
        sleeper.start();
        joiner.start();
        spinner.start();
        awaitState(waiter, Thread.State.WAITING);
        awaitState(sleeper, Thread.State.TIMED_WAITING);
        awaitState(joiner, Thread.State.WAITING);
        while (spins < 1000) {
            Thread.sleep(1);
        }
        for (Thread t : new Thread[] {waiter, sleeper, joiner}) {
            print(t.getName(), ownFrames(t.getStackTrace(), true));
        }
        // A running thread is read while stopped; where exactly it was is up to the scheduler, which frames
        // it was in is not.
        print("spinner", ownFrames(spinner.getStackTrace(), false));
        Map<Thread, StackTraceElement[]> all = Thread.getAllStackTraces();
        Map<String, List<String>> byName = new TreeMap<>();
        for (Map.Entry<Thread, StackTraceElement[]> e : all.entrySet()) {
            String name = e.getKey().getName();
            if (name.equals("waiter") || name.equals("joiner") || name.equals("main")) {
                byName.put(name, ownFrames(e.getValue(), true));
            } else if (name.equals("spinner")) {
                byName.put(name, ownFrames(e.getValue(), false));
            }
        }
        for (Map.Entry<String, List<String>> e : byName.entrySet()) {
            print("all/" + e.getKey(), e.getValue());
        }
        System.out.println("all has current: " + all.containsKey(Thread.currentThread()));
        stopSpinning = true;
        synchronized (lock) {
            released = true;
            lock.notifyAll();
        }
        sleeper.interrupt();
        for (Thread t : new Thread[] {waiter, sleeper, joiner, spinner}) {
            t.join();
        }
        System.out.println("ended: " + waiter.getStackTrace().length + " " + spinner.getStackTrace().length);
        System.out.println("all lacks ended: " + !Thread.getAllStackTraces().containsKey(waiter));
    }

    static void outer() {
        middle(3);
    }

    static void middle(int n) {
        if (n > 0) {
            middle(n - 1);
            return;
        }
        StackTraceElement[] trace = Thread.currentThread().getStackTrace();
        System.out.println("top: " + trace[0].getClassName() + "." + trace[0].getMethodName());
        for (int k = 1; k < trace.length; k++) {
            System.out.println("  at " + trace[k]);
        }
        Runnable r = () -> {
            StackTraceElement[] t = Thread.currentThread().getStackTrace();
            System.out.println("in lambda: " + t[1] + " <- " + t[2]);
        };
        r.run();
    }

    static void awaitState(Thread t, Thread.State state) throws InterruptedException {
        while (t.getState() != state) {
            Thread.sleep(1);
        }
    }

    static List<String> ownFrames(StackTraceElement[] trace, boolean withLines) {
        List<String> out = new ArrayList<>();
        for (StackTraceElement e : trace) {
            if (e.getClassName().equals("ThreadStackTraces")) {
                out.add(e.getMethodName() + (withLines ? ":" + e.getLineNumber() : ""));
            }
        }
        return out;
    }

    static void print(String label, List<String> frames) {
        System.out.println(label + ": " + frames);
    }

    static void waitLevel1() {
        waitLevel2();
    }

    static void waitLevel2() {
        synchronized (lock) {
            while (!released) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    static void sleepLevel1() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            System.out.println("sleeper interrupted");
        }
    }

    static void joinLevel1(Thread other) {
        try {
            other.join();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static void spinLevel1() {
        spinLevel2();
    }

    static void spinLevel2() {
        while (!stopSpinning) {
            spins++;
        }
    }
}
