import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * ThreadGroup: the main group and its parent, groups of new threads (named, or the creator's), active counts
 * and enumeration while threads are blocked, leaving the group at exit, maximum priorities, uncaught
 * exceptions dispatched through the group chain, destroy (explicit and of daemon groups), interrupt, list.
 */
public class ThreadGroups {
    public static void main(String[] args) throws Exception {
        Thread main = Thread.currentThread();
        ThreadGroup mainGroup = main.getThreadGroup();
        System.out.println(main + " " + mainGroup + " parent " + mainGroup.getParent().getName()
                + " root parent " + mainGroup.getParent().getParent());
        System.out.println("main group has main: " + mainGroup.parentOf(mainGroup) + " "
                + mainGroup.getParent().parentOf(mainGroup) + " " + mainGroup.parentOf(mainGroup.getParent()));

        ThreadGroup workers = new ThreadGroup("workers");
        ThreadGroup inner = new ThreadGroup(workers, "inner");
        System.out.println(workers.getParent().getName() + " " + inner.getParent().getName() + " groups "
                + mainGroup.activeGroupCount() + " " + workers.activeGroupCount());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch childMade = new CountDownLatch(1);
        Thread[] child = new Thread[1];
        Runnable blocked = () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        };
        Thread w1 = new Thread(workers, blocked, "w1");
        Thread w2 = new Thread(workers, () -> {
            // A thread made by a thread of a group is in that group.
            child[0] = new Thread(blocked, "w2-child");
            childMade.countDown();
            blocked.run();
        }, "w2");
        Thread i1 = new Thread(inner, blocked, "i1");
        System.out.println("before start: " + workers.activeCount() + " " + w1.getThreadGroup().getName() + " " + w1);
        w1.start();
        w2.start();
        i1.start();
        childMade.await();
        System.out.println("child group: " + child[0].getThreadGroup().getName());
        child[0].start();
        System.out.println("active: workers " + workers.activeCount() + " inner " + inner.activeCount());
        System.out.println("enumerate: " + names(workers, true) + " " + names(workers, false) + " " + names(inner, true));
        Thread[] small = new Thread[2];
        System.out.println("enumerate into 2: " + workers.enumerate(small));
        ThreadGroup[] groups = new ThreadGroup[4];
        int ng = mainGroup.enumerate(groups);
        List<String> groupNames = new ArrayList<>();
        for (int k = 0; k < ng; k++) {
            groupNames.add(groups[k].getName());
        }
        System.out.println("groups under main: " + groupNames);
        try {
            workers.destroy();
            System.out.println("destroyed a busy group");
        } catch (IllegalThreadStateException e) {
            System.out.println("busy group: " + e);
        }
        System.out.println("handler is group: " + (w1.getUncaughtExceptionHandler() == workers));
        release.countDown();
        for (Thread t : new Thread[] {w1, w2, i1, child[0]}) {
            t.join();
        }
        System.out.println("after: " + workers.activeCount() + " " + w1.getThreadGroup() + " " + w1
                + " handler " + w1.getUncaughtExceptionHandler());

        // Maximum priority.
        inner.setMaxPriority(3);
        workers.setMaxPriority(7);
        System.out.println("maxpri: " + workers.getMaxPriority() + " " + inner.getMaxPriority());
        inner.setMaxPriority(9);
        workers.setMaxPriority(42);
        System.out.println("maxpri: " + workers.getMaxPriority() + " " + inner.getMaxPriority());
        workers.setMaxPriority(4);
        System.out.println("maxpri: " + workers + " " + inner);
        Thread low = new Thread(inner, () -> { }, "low");
        System.out.print("priority " + low.getPriority());
        low.setPriority(Thread.MAX_PRIORITY);
        System.out.println(" " + low.getPriority());

        // Uncaught exceptions: the thread's handler, else the group chain.
        ThreadGroup catching = new ThreadGroup("catching") {
            @Override
            public void uncaughtException(Thread t, Throwable e) {
                System.out.println("group " + getName() + " caught " + e.getMessage() + " from " + t.getName()
                        + " in " + t.getThreadGroup().getName());
            }
        };
        ThreadGroup below = new ThreadGroup(catching, "below");
        runAndJoin(new Thread(catching, () -> { throw new IllegalStateException("one"); }, "c1"));
        runAndJoin(new Thread(below, () -> { throw new IllegalStateException("two"); }, "c2"));
        Thread own = new Thread(below, () -> { throw new IllegalStateException("three"); }, "c3");
        own.setUncaughtExceptionHandler((t, e) -> System.out.println("own handler: " + e.getMessage()));
        runAndJoin(own);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> System.out.println("default handler: " + e.getMessage()
                + " in " + t.getThreadGroup().getName()));
        runAndJoin(new Thread(workers, () -> { throw new IllegalStateException("four"); }, "c4"));
        Thread.setDefaultUncaughtExceptionHandler(null);

        // Destroy.
        inner.destroy();
        System.out.println("inner destroyed " + inner.isDestroyed() + " workers groups " + workers.activeGroupCount()
                + " count " + inner.activeCount());
        try {
            new Thread(inner, () -> { }, "late");
        } catch (IllegalThreadStateException e) {
            System.out.println("thread in destroyed group: " + e);
        }
        try {
            new ThreadGroup(inner, "late");
        } catch (IllegalThreadStateException e) {
            System.out.println("group in destroyed group: " + e);
        }
        try {
            inner.destroy();
        } catch (IllegalThreadStateException e) {
            System.out.println("destroyed twice: " + e);
        }
        ThreadGroup daemonGroup = new ThreadGroup(workers, "daemons");
        daemonGroup.setDaemon(true);
        runAndJoin(new Thread(daemonGroup, () -> System.out.println("in daemon group"), "d1"));
        System.out.println("daemon group destroyed: " + daemonGroup.isDaemon() + " " + daemonGroup.isDestroyed());

        // Interrupt reaches every thread of the group and its subgroups.
        ThreadGroup sleepers = new ThreadGroup("sleepers");
        ThreadGroup deeper = new ThreadGroup(sleepers, "deeper");
        CountDownLatch asleep = new CountDownLatch(2);
        String[] woke = new String[2];
        Thread s1 = new Thread(sleepers, () -> sleepLong(asleep, woke, 0), "s1");
        Thread s2 = new Thread(deeper, () -> sleepLong(asleep, woke, 1), "s2");
        s1.start();
        s2.start();
        asleep.await();
        while (s1.getState() != Thread.State.TIMED_WAITING || s2.getState() != Thread.State.TIMED_WAITING) {
            Thread.sleep(1);
        }
        System.out.println("sleepers before interrupt:");
        sleepers.list();
        sleepers.interrupt();
        s1.join();
        s2.join();
        System.out.println("woke: " + Arrays.toString(woke));
        System.out.println("Thread.activeCount in main group >= 1: " + (Thread.activeCount() >= 1));
    }

    static void sleepLong(CountDownLatch asleep, String[] woke, int k) {
        asleep.countDown();
        try {
            Thread.sleep(600_000);
            woke[k] = "slept";
        } catch (InterruptedException e) {
            woke[k] = Thread.currentThread().getName() + " interrupted";
        }
    }

    static void runAndJoin(Thread t) throws InterruptedException {
        t.start();
        t.join();
    }

    static List<String> names(ThreadGroup g, boolean recurse) {
        Thread[] list = new Thread[g.activeCount() + 4];
        int n = g.enumerate(list, recurse);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(list[k].getName());
        }
        out.sort(null);
        return out;
    }
}
