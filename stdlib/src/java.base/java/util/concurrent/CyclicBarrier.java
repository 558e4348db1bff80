package java.util.concurrent;

/**
 * A barrier where a fixed number of parties wait for each other; the last to arrive runs the barrier action and
 * releases the rest, and the barrier is then reused. If a party is interrupted, times out, or the action throws,
 * the barrier breaks: every waiter gets {@link BrokenBarrierException} until {@link #reset}. The state of each
 * round (a {@code Generation}) lives under this object's monitor.
 */
public class CyclicBarrier {
    /** One use of the barrier. */
    private static final class Generation {
        boolean broken;
    }

    private final int parties;
    private final Runnable barrierCommand;
    private Generation generation = new Generation();
    /** Parties still to arrive in this generation. */
    private int count;

    /** A barrier for {@code parties} threads whose last arrival runs {@code barrierAction} (may be null). */
    public CyclicBarrier(int parties, Runnable barrierAction) {
        if (parties <= 0) {
            throw new IllegalArgumentException();
        }
        this.parties = parties;
        this.count = parties;
        this.barrierCommand = barrierAction;
    }

    /** A barrier for {@code parties} threads without action. */
    public CyclicBarrier(int parties) {
        this(parties, null);
    }

    private void nextGeneration() {
        notifyAll();
        count = parties;
        generation = new Generation();
    }

    private void breakBarrier() {
        generation.broken = true;
        count = parties;
        notifyAll();
    }

    private int dowait(boolean timed, long nanos) throws InterruptedException, BrokenBarrierException, TimeoutException {
        synchronized (this) {
            Generation g = generation;
            if (g.broken) {
                throw new BrokenBarrierException();
            }
            if (Thread.interrupted()) {
                breakBarrier();
                throw new InterruptedException();
            }
            int index = --count;
            if (index == 0) {
                boolean ran = false;
                try {
                    if (barrierCommand != null) {
                        barrierCommand.run();
                    }
                    ran = true;
                    nextGeneration();
                    return 0;
                } finally {
                    if (!ran) {
                        breakBarrier();
                    }
                }
            }
            long deadline = timed ? Waits.deadline(nanos) : 0L;
            for (;;) {
                try {
                    if (!timed) {
                        wait();
                    } else {
                        long left = Waits.left(deadline);
                        if (left > 0) {
                            Waits.waitNanos(this, left);
                        }
                    }
                } catch (InterruptedException ie) {
                    if (g == generation && !g.broken) {
                        breakBarrier();
                        throw ie;
                    }
                    // The round ended anyway: keep the interrupt for later.
                    Thread.currentThread().interrupt();
                }
                if (g.broken) {
                    throw new BrokenBarrierException();
                }
                if (g != generation) {
                    return index;
                }
                if (timed && Waits.left(deadline) <= 0) {
                    breakBarrier();
                    throw new TimeoutException();
                }
            }
        }
    }

    /** The number of parties. */
    public int getParties() {
        return parties;
    }

    /** Waits until every party arrived; the arrival index ({@code getParties() - 1} first, 0 last). */
    public int await() throws InterruptedException, BrokenBarrierException {
        try {
            return dowait(false, 0L);
        } catch (TimeoutException cannotHappen) {
            throw new Error(cannotHappen);
        }
    }

    /** As {@link #await()}, breaking the barrier with TimeoutException after the timeout. */
    public int await(long timeout, TimeUnit unit) throws InterruptedException, BrokenBarrierException, TimeoutException {
        return dowait(true, unit.toNanos(timeout));
    }

    /** Whether the barrier is broken. */
    public boolean isBroken() {
        synchronized (this) {
            return generation.broken;
        }
    }

    /** Breaks the current round (its waiters get BrokenBarrierException) and starts a new one. */
    public void reset() {
        synchronized (this) {
            breakBarrier();
            nextGeneration();
        }
    }

    /** The number of parties waiting now. */
    public int getNumberWaiting() {
        synchronized (this) {
            return parties - count;
        }
    }
}
