package java.lang;

import java.util.ArrayList;

/**
 * A set of threads and of other groups, forming a tree whose root is the {@code system} group and whose
 * {@code main} group holds the main thread. A thread belongs to the group it was created in (its creator's
 * group unless one is named) from construction until it ends; it counts as active from {@link Thread#start} to
 * its exit. The group is also the default uncaught-exception handler of its threads, passing exceptions up to
 * its parent and finally to {@link Thread#getDefaultUncaughtExceptionHandler()} or the standard report.
 *
 * <p>Each group's lists are guarded by the group's own monitor; operations over subgroups take a snapshot of
 * the list first, so no thread ever holds a parent's and a child's monitor together.
 */
public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    private final ThreadGroup parent;
    private final String name;
    private int maxPriority;
    private boolean daemon;
    private boolean destroyed;
    /** Threads constructed in this group and not yet started (they keep a daemon group from being destroyed). */
    private int unstarted;
    private final ArrayList<Thread> threads = new ArrayList<>();
    private final ArrayList<ThreadGroup> groups = new ArrayList<>();

    /** The root group, {@code system}, made once by the VM's start-up. */
    private ThreadGroup() {
        this.parent = null;
        this.name = "system";
        this.maxPriority = Thread.MAX_PRIORITY;
    }

    /** A group named {@code name} whose parent is the current thread's group. */
    public ThreadGroup(String name) {
        this(Thread.currentThread().getThreadGroup(), name);
    }

    /** A group named {@code name} inside {@code parent}, with the parent's maximum priority and daemon status. */
    public ThreadGroup(ThreadGroup parent, String name) {
        parent.checkAccess();
        this.parent = parent;
        this.name = name;
        this.maxPriority = parent.maxPriority;
        this.daemon = parent.daemon;
        parent.addGroup(this);
    }

    /** The {@code system} group and its {@code main} child, for the main thread. */
    static ThreadGroup newMainGroup() {
        return new ThreadGroup(new ThreadGroup(), "main");
    }

    /** The group's name. */
    public final String getName() {
        return name;
    }

    /** The parent group, or null for the root. */
    public final ThreadGroup getParent() {
        if (parent != null) {
            parent.checkAccess();
        }
        return parent;
    }

    /** The highest priority a thread of this group may have. */
    public final int getMaxPriority() {
        return maxPriority;
    }

    /** Whether this group is destroyed when its last thread ends or last subgroup is destroyed. */
    public final boolean isDaemon() {
        return daemon;
    }

    /** Whether this group has been destroyed. */
    public synchronized boolean isDestroyed() {
        return destroyed;
    }

    /** Makes this group a daemon group or not. */
    public final void setDaemon(boolean daemon) {
        checkAccess();
        this.daemon = daemon;
    }

    /**
     * Lowers (or raises, up to the parent's maximum) this group's maximum priority and, recursively, its
     * subgroups'; out-of-range values are ignored. Threads already in the group keep their priority.
     */
    public final void setMaxPriority(int pri) {
        checkAccess();
        if (pri < Thread.MIN_PRIORITY || pri > Thread.MAX_PRIORITY) {
            return;
        }
        ThreadGroup[] children;
        synchronized (this) {
            maxPriority = parent != null ? Math.min(pri, parent.maxPriority) : pri;
            children = groups.toArray(new ThreadGroup[0]);
        }
        for (ThreadGroup g : children) {
            g.setMaxPriority(pri);
        }
    }

    /** Whether this group is {@code g} or one of its ancestors. */
    public final boolean parentOf(ThreadGroup g) {
        for (; g != null; g = g.parent) {
            if (g == this) {
                return true;
            }
        }
        return false;
    }

    /** Checks that the caller may modify this group: always allowed (no security manager). */
    public final void checkAccess() {
    }

    /** An estimate of the live threads in this group and its subgroups. */
    public int activeCount() {
        ThreadGroup[] children;
        int n;
        synchronized (this) {
            if (destroyed) {
                return 0;
            }
            n = threads.size();
            children = groups.toArray(new ThreadGroup[0]);
        }
        for (ThreadGroup g : children) {
            n += g.activeCount();
        }
        return n;
    }

    /** Copies the live threads of this group and its subgroups into {@code list}; returns how many. */
    public int enumerate(Thread[] list) {
        return enumerate(list, true);
    }

    /** Copies the live threads of this group (and of its subgroups if {@code recurse}) into {@code list}. */
    public int enumerate(Thread[] list, boolean recurse) {
        checkAccess();
        return enumerateThreads(list, 0, recurse);
    }

    private int enumerateThreads(Thread[] list, int n, boolean recurse) {
        ThreadGroup[] children = null;
        synchronized (this) {
            if (destroyed) {
                return n;
            }
            for (int k = 0; k < threads.size() && n < list.length; k++) {
                list[n++] = threads.get(k);
            }
            if (recurse) {
                children = groups.toArray(new ThreadGroup[0]);
            }
        }
        if (children != null) {
            for (ThreadGroup g : children) {
                n = g.enumerateThreads(list, n, true);
            }
        }
        return n;
    }

    /** An estimate of the live groups below this one. */
    public int activeGroupCount() {
        ThreadGroup[] children;
        synchronized (this) {
            if (destroyed) {
                return 0;
            }
            children = groups.toArray(new ThreadGroup[0]);
        }
        int n = children.length;
        for (ThreadGroup g : children) {
            n += g.activeGroupCount();
        }
        return n;
    }

    /** Copies the groups below this one into {@code list}; returns how many. */
    public int enumerate(ThreadGroup[] list) {
        return enumerate(list, true);
    }

    /** Copies this group's subgroups (and theirs if {@code recurse}) into {@code list}. */
    public int enumerate(ThreadGroup[] list, boolean recurse) {
        checkAccess();
        return enumerateGroups(list, 0, recurse);
    }

    private int enumerateGroups(ThreadGroup[] list, int n, boolean recurse) {
        ThreadGroup[] children;
        synchronized (this) {
            if (destroyed) {
                return n;
            }
            children = groups.toArray(new ThreadGroup[0]);
        }
        for (ThreadGroup g : children) {
            if (n >= list.length) {
                break;
            }
            list[n++] = g;
            if (recurse) {
                n = g.enumerateGroups(list, n, true);
            }
        }
        return n;
    }

    /** Interrupts every thread of this group and its subgroups. */
    public final void interrupt() {
        checkAccess();
        ThreadGroup[] children;
        Thread[] members;
        synchronized (this) {
            members = threads.toArray(new Thread[0]);
            children = groups.toArray(new ThreadGroup[0]);
        }
        for (Thread t : members) {
            t.interrupt();
        }
        for (ThreadGroup g : children) {
            g.interrupt();
        }
    }

    /**
     * Destroys this group and its subgroups: {@code IllegalThreadStateException} if it is destroyed already or
     * any of them still has live threads.
     */
    public final void destroy() {
        checkAccess();
        ThreadGroup[] children;
        synchronized (this) {
            if (destroyed || !threads.isEmpty()) {
                throw new IllegalThreadStateException();
            }
            children = groups.toArray(new ThreadGroup[0]);
        }
        for (ThreadGroup g : children) {
            g.destroy();
        }
        synchronized (this) {
            if (!threads.isEmpty()) {
                throw new IllegalThreadStateException();
            }
            destroyed = true;
            groups.clear();
        }
        if (parent != null) {
            parent.removeGroup(this);
        }
    }

    /** Prints this group, its threads and its subgroups on System.out, indented by depth. */
    public void list() {
        list(System.out, 0);
    }

    private void list(java.io.PrintStream out, int indent) {
        Thread[] members;
        ThreadGroup[] children;
        synchronized (this) {
            members = threads.toArray(new Thread[0]);
            children = groups.toArray(new ThreadGroup[0]);
        }
        out.println(" ".repeat(indent) + this);
        for (Thread t : members) {
            out.println(" ".repeat(indent + 4) + t);
        }
        for (ThreadGroup g : children) {
            g.list(out, indent + 4);
        }
    }

    /**
     * Handles an exception that ended thread {@code t} and that no thread handler took: the parent group's
     * handler if there is a parent, else the default handler, else {@code Exception in thread "NAME" } and the
     * stack trace on System.err ({@link ThreadDeath} is ignored silently).
     */
    @Override
    public void uncaughtException(Thread t, Throwable e) {
        if (parent != null) {
            parent.uncaughtException(t, e);
            return;
        }
        Thread.UncaughtExceptionHandler h = Thread.getDefaultUncaughtExceptionHandler();
        if (h != null) {
            h.uncaughtException(t, e);
        } else if (!(e instanceof ThreadDeath)) {
            System.err.print("Exception in thread \"" + t.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    /** {@code java.lang.ThreadGroup[name=main,maxpri=10]} (the runtime class's name first). */
    @Override
    public String toString() {
        return getClass().getName() + "[name=" + getName() + ",maxpri=" + getMaxPriority() + "]";
    }

    private synchronized void addGroup(ThreadGroup g) {
        if (destroyed) {
            throw new IllegalThreadStateException();
        }
        groups.add(g);
    }

    private void removeGroup(ThreadGroup g) {
        boolean destroyNow;
        synchronized (this) {
            if (destroyed) {
                return;
            }
            groups.remove(g);
            destroyNow = daemon && threads.isEmpty() && unstarted == 0 && groups.isEmpty();
        }
        if (destroyNow) {
            destroyQuietly();
        }
    }

    /** Called by the Thread constructor: one more thread that may start in this group. */
    synchronized void addUnstarted() {
        if (destroyed) {
            throw new IllegalThreadStateException();
        }
        unstarted++;
    }

    /** Called by {@link Thread#start}: {@code t} is now a live member. */
    synchronized void add(Thread t) {
        if (destroyed) {
            throw new IllegalThreadStateException();
        }
        threads.add(t);
        unstarted--;
    }

    /** Called when {@code t} ends: it leaves the group, and an emptied daemon group is destroyed. */
    void threadTerminated(Thread t) {
        boolean destroyNow;
        synchronized (this) {
            threads.remove(t);
            destroyNow = daemon && threads.isEmpty() && unstarted == 0 && groups.isEmpty();
        }
        if (destroyNow) {
            destroyQuietly();
        }
    }

    private void destroyQuietly() {
        try {
            destroy();
        } catch (IllegalThreadStateException raced) {
            // A thread or group joined meanwhile: the group stays.
        }
    }
}
