package java.util.concurrent;

/**
 * A reusable barrier with a varying number of parties: parties register, arrive, and wait for the others of the
 * current phase; when the last one arrives, {@link #onAdvance} decides whether the phaser terminates, else the
 * phase number advances. Cortado's phaser keeps phase, party and arrival counts under its monitor; tiered
 * phasers (with a parent) are not provided.
 */
public class Phaser {
    private static final int MAX_PARTIES = 0xffff;

    /** The phase number; negative once terminated. */
    private int phase;
    private int parties;
    private int unarrived;

    /** A phaser with no registered parties. */
    public Phaser() {
        this(0);
    }

    /** A phaser with {@code parties} registered parties. */
    public Phaser(int parties) {
        if (parties < 0 || parties > MAX_PARTIES) {
            throw new IllegalArgumentException("Illegal number of parties");
        }
        this.parties = parties;
        this.unarrived = parties;
    }

    private String stateToString() {
        return super.toString() + "[phase = " + phase + " parties = " + parties + " arrived = "
                + (parties - unarrived) + "]";
    }

    /** Adds one party; the phase it joined. */
    public int register() {
        return doRegister(1);
    }

    /** Adds {@code parties} parties; the phase they joined. */
    public int bulkRegister(int parties) {
        if (parties < 0) {
            throw new IllegalArgumentException();
        }
        if (parties == 0) {
            return getPhase();
        }
        return doRegister(parties);
    }

    private synchronized int doRegister(int n) {
        if (parties + n > MAX_PARTIES) {
            throw new IllegalStateException("Attempt to register more than " + MAX_PARTIES + " parties for "
                    + stateToString());
        }
        if (phase < 0) {
            return phase;
        }
        parties += n;
        unarrived += n;
        return phase;
    }

    /** Arrives (deregistering if asked); the arrival phase. The caller holds the monitor. */
    private int doArrive(boolean deregister) {
        int p = phase;
        if (p < 0) {
            return p;
        }
        if (unarrived <= 0) {
            throw new IllegalStateException("Attempted arrival of unregistered party for " + stateToString());
        }
        unarrived--;
        if (deregister) {
            parties--;
        }
        if (unarrived == 0) {
            if (onAdvance(p, parties)) {
                phase = p + Integer.MIN_VALUE;
            } else {
                phase = (p + 1) & Integer.MAX_VALUE;
            }
            unarrived = parties;
            notifyAll();
        }
        return p;
    }

    /** Arrives without waiting; the arrival phase. */
    public synchronized int arrive() {
        return doArrive(false);
    }

    /** Arrives and deregisters without waiting; the arrival phase. */
    public synchronized int arriveAndDeregister() {
        return doArrive(true);
    }

    /** Arrives and waits for the others; the phase after the advance. */
    public synchronized int arriveAndAwaitAdvance() {
        return awaitAdvance(doArrive(false));
    }

    /** Waits until phase {@code phase} is over; the next phase (at once if it is not the current one). */
    public int awaitAdvance(int phase) {
        synchronized (this) {
            if (phase < 0) {
                return phase;
            }
            boolean interrupted = false;
            while (this.phase == phase) {
                try {
                    wait();
                } catch (InterruptedException ie) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return this.phase;
        }
    }

    /** As {@link #awaitAdvance}, throwing InterruptedException if interrupted. */
    public int awaitAdvanceInterruptibly(int phase) throws InterruptedException {
        synchronized (this) {
            if (phase < 0) {
                return phase;
            }
            while (this.phase == phase) {
                wait();
            }
            return this.phase;
        }
    }

    /** As {@link #awaitAdvance}, with a timeout. */
    public int awaitAdvanceInterruptibly(int phase, long timeout, TimeUnit unit)
            throws InterruptedException, TimeoutException {
        long deadline = Waits.deadline(unit.toNanos(timeout));
        synchronized (this) {
            if (phase < 0) {
                return phase;
            }
            while (this.phase == phase) {
                long left = Waits.left(deadline);
                if (left <= 0) {
                    throw new TimeoutException();
                }
                Waits.waitNanos(this, left);
            }
            return this.phase;
        }
    }

    /** Terminates the phaser, releasing every waiter. */
    public synchronized void forceTermination() {
        if (phase >= 0) {
            phase += Integer.MIN_VALUE;
            notifyAll();
        }
    }

    /** The current phase; negative once terminated. */
    public final synchronized int getPhase() {
        return phase;
    }

    /** The registered parties. */
    public synchronized int getRegisteredParties() {
        return parties;
    }

    /** The parties that arrived in this phase. */
    public synchronized int getArrivedParties() {
        return parties - unarrived;
    }

    /** The parties yet to arrive in this phase. */
    public synchronized int getUnarrivedParties() {
        return unarrived;
    }

    /** The parent phaser: always null here. */
    public Phaser getParent() {
        return null;
    }

    /** The root phaser: this one. */
    public Phaser getRoot() {
        return this;
    }

    /** Whether the phaser terminated. */
    public synchronized boolean isTerminated() {
        return phase < 0;
    }

    /** Called when the last party arrives; true terminates. Default: terminate when no party is registered. */
    protected boolean onAdvance(int phase, int registeredParties) {
        return registeredParties == 0;
    }

    /** The identity string with phase, parties and arrivals, as HotSpot prints it. */
    @Override
    public synchronized String toString() {
        return stateToString();
    }
}
