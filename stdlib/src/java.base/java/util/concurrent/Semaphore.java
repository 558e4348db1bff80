package java.util.concurrent;

import java.util.Collection;
import java.util.Collections;

/**
 * A count of permits: {@code acquire} waits until enough are available and takes them, {@code release} gives
 * them back (any thread may release). Permits are counted under this object's monitor; a fair semaphore serves
 * waiters in arrival order (each takes a ticket and waits for its turn), a non-fair one lets any waiter whose
 * request fits proceed.
 */
public class Semaphore implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final boolean fair;
    private int permits;
    /** Fair mode: the next ticket to hand out and the ticket being served. */
    private long nextTicket;
    private long serving;
    /** Threads waiting in acquire. */
    private int waiters;

    /** A non-fair semaphore with {@code permits} permits (may be negative). */
    public Semaphore(int permits) {
        this(permits, false);
    }

    /** A semaphore with {@code permits} permits and the given fairness. */
    public Semaphore(int permits, boolean fair) {
        this.permits = permits;
        this.fair = fair;
    }

    /** Takes {@code n} permits, waiting up to {@code nanos} (forever if negative); whether they were taken. */
    private boolean take(int n, long nanos, boolean interruptible) throws InterruptedException {
        if (interruptible && Thread.interrupted()) {
            throw new InterruptedException();
        }
        boolean interrupted = false;
        synchronized (this) {
            if ((!fair || waiters == 0) && permits >= n) {
                permits -= n;
                return true;
            }
            if (nanos == 0) {
                return false;
            }
            long ticket = nextTicket++;
            long deadline = Waits.deadline(nanos);
            waiters++;
            try {
                for (;;) {
                    if ((!fair || ticket == serving) && permits >= n) {
                        permits -= n;
                        return true;
                    }
                    try {
                        if (nanos < 0) {
                            wait();
                        } else {
                            long left = Waits.left(deadline);
                            if (left <= 0) {
                                return false;
                            }
                            Waits.waitNanos(this, left);
                        }
                    } catch (InterruptedException ie) {
                        if (interruptible) {
                            throw ie;
                        }
                        interrupted = true;
                    }
                }
            } finally {
                waiters--;
                if (fair) {
                    // Whoever leaves the head of the line (served or given up) passes the turn on; a waiter that
                    // gives up in the middle leaves a gap the serving counter skips.
                    skipTo(ticket);
                }
                notifyAll();
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private final java.util.TreeSet<Long> gone = new java.util.TreeSet<Long>();

    /** Fair mode: records that {@code ticket} left the line and advances the serving counter past gaps. */
    private void skipTo(long ticket) {
        gone.add(ticket);
        while (gone.remove(serving)) {
            serving++;
        }
    }

    /** Takes one permit, waiting for it. */
    public void acquire() throws InterruptedException {
        take(1, -1L, true);
    }

    /** Takes one permit, waiting for it without reacting to interrupts. */
    public void acquireUninterruptibly() {
        try {
            take(1, -1L, false);
        } catch (InterruptedException cannotHappen) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes one permit if one is available now (even on a fair semaphore). */
    public boolean tryAcquire() {
        synchronized (this) {
            if (permits >= 1) {
                permits--;
                return true;
            }
            return false;
        }
    }

    /** Takes one permit, waiting at most the timeout. */
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        return take(1, Math.max(0L, unit.toNanos(timeout)), true);
    }

    /** Returns one permit. */
    public void release() {
        release(1);
    }

    /** Takes {@code permits} permits, waiting for them. */
    public void acquire(int permits) throws InterruptedException {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        take(permits, -1L, true);
    }

    /** Takes {@code permits} permits, waiting without reacting to interrupts. */
    public void acquireUninterruptibly(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        try {
            take(permits, -1L, false);
        } catch (InterruptedException cannotHappen) {
            Thread.currentThread().interrupt();
        }
    }

    /** Takes {@code permits} permits if available now. */
    public boolean tryAcquire(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            if (this.permits >= permits) {
                this.permits -= permits;
                return true;
            }
            return false;
        }
    }

    /** Takes {@code permits} permits, waiting at most the timeout. */
    public boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        return take(permits, Math.max(0L, unit.toNanos(timeout)), true);
    }

    /** Returns {@code permits} permits. */
    public void release(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            int next = this.permits + permits;
            if (next < this.permits) {
                throw new Error("Maximum permit count exceeded");
            }
            this.permits = next;
            notifyAll();
        }
    }

    /** The permits available now. */
    public int availablePermits() {
        synchronized (this) {
            return permits;
        }
    }

    /** Takes every available permit; how many. */
    public int drainPermits() {
        synchronized (this) {
            int n = permits;
            if (n > 0) {
                permits = 0;
                return n;
            }
            if (n < 0) {
                permits = 0;
                notifyAll();
            }
            return n;
        }
    }

    /** Removes {@code reduction} permits without waiting. */
    protected void reducePermits(int reduction) {
        if (reduction < 0) {
            throw new IllegalArgumentException();
        }
        synchronized (this) {
            int next = permits - reduction;
            if (next > permits) {
                throw new Error("Permit count underflow");
            }
            permits = next;
        }
    }

    /** Whether the semaphore is fair. */
    public boolean isFair() {
        return fair;
    }

    /** Whether threads wait to acquire. */
    public final boolean hasQueuedThreads() {
        synchronized (this) {
            return waiters > 0;
        }
    }

    /** The number of waiting threads. */
    public final int getQueueLength() {
        synchronized (this) {
            return waiters;
        }
    }

    /** The waiting threads (not tracked: empty). */
    protected Collection<Thread> getQueuedThreads() {
        return Collections.emptyList();
    }

    /** The identity string with {@code [Permits = n]}. */
    @Override
    public String toString() {
        return super.toString() + "[Permits = " + availablePermits() + "]";
    }
}
