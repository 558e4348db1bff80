package java.util.concurrent;

/** Lets threads wait until a count, decremented by {@link #countDown}, reaches zero; it never resets. */
public class CountDownLatch {
    private long count;

    /** A latch that opens after {@code count} count-downs. */
    public CountDownLatch(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count < 0");
        }
        this.count = count;
    }

    /** Waits until the count is zero. */
    public void await() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        synchronized (this) {
            while (count > 0) {
                wait();
            }
        }
    }

    /** Waits at most the timeout until the count is zero; whether it reached zero. */
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long deadline = Waits.deadline(unit.toNanos(timeout));
        synchronized (this) {
            while (count > 0) {
                long left = Waits.left(deadline);
                if (left <= 0) {
                    return false;
                }
                Waits.waitNanos(this, left);
            }
            return true;
        }
    }

    /** Decrements the count, releasing the waiters when it reaches zero. */
    public void countDown() {
        synchronized (this) {
            if (count > 0 && --count == 0) {
                notifyAll();
            }
        }
    }

    /** The current count. */
    public long getCount() {
        synchronized (this) {
            return count;
        }
    }

    /** The identity string with {@code [Count = n]}. */
    @Override
    public String toString() {
        return super.toString() + "[Count = " + getCount() + "]";
    }
}
