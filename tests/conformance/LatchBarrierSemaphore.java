import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;

/** Threads coordinated by CountDownLatch (start gate and done signal), CyclicBarrier (rounds with a barrier
 * action, breaking on interrupt), Semaphore (bounded concurrency), Phaser and Exchanger. */
public class LatchBarrierSemaphore {
    public static void main(String[] args) throws Exception {
        int n = 6;
        CountDownLatch startGate = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(n);
        AtomicInteger started = new AtomicInteger();
        long[] results = new long[n];
        for (int i = 0; i < n; i++) {
            int id = i;
            new Thread(() -> {
                try {
                    startGate.await();
                    started.incrementAndGet();
                    long s = 0;
                    for (int k = 0; k <= 1000 * (id + 1); k++) {
                        s += k;
                    }
                    results[id] = s;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "worker-" + i).start();
        }
        System.out.println("before gate: started " + started.get() + ", count " + done.getCount());
        startGate.countDown();
        System.out.println("all done " + done.await(20, TimeUnit.SECONDS) + " started " + started.get() + " " + Arrays.toString(results));

        int parties = 4;
        int rounds = 3;
        List<String> actions = Collections.synchronizedList(new ArrayList<>());
        AtomicLong roundSum = new AtomicLong();
        long[] perRound = new long[rounds];
        AtomicInteger round = new AtomicInteger();
        CyclicBarrier barrier = new CyclicBarrier(parties, () -> {
            int r = round.getAndIncrement();
            perRound[r] = roundSum.getAndSet(0);
            actions.add("round " + r + " sum " + perRound[r]);
        });
        Thread[] ts = new Thread[parties];
        AtomicInteger arrivalZero = new AtomicInteger();
        for (int p = 0; p < parties; p++) {
            int id = p;
            ts[p] = new Thread(() -> {
                try {
                    for (int r = 0; r < rounds; r++) {
                        roundSum.addAndGet((long) (id + 1) * (r + 1));
                        if (barrier.await() == 0) {
                            arrivalZero.incrementAndGet();
                        }
                    }
                } catch (InterruptedException | BrokenBarrierException e) {
                    System.out.println("unexpected " + e);
                }
            });
            ts[p].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        System.out.println(actions + " last arrivals " + arrivalZero.get() + " broken " + barrier.isBroken());

        CyclicBarrier breaking = new CyclicBarrier(3);
        AtomicInteger broken = new AtomicInteger();
        CountDownLatch waiting = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            try {
                waiting.countDown();
                breaking.await();
            } catch (BrokenBarrierException e) {
                broken.incrementAndGet();
            } catch (InterruptedException e) {
                System.out.println("waiter interrupted");
            }
        });
        Thread victim = new Thread(() -> {
            try {
                breaking.await();
            } catch (InterruptedException e) {
                System.out.println("victim interrupted");
            } catch (BrokenBarrierException e) {
                broken.incrementAndGet();
            }
        });
        waiter.start();
        waiting.await();
        while (breaking.getNumberWaiting() < 1) {
            Thread.sleep(1);
        }
        victim.start();
        while (breaking.getNumberWaiting() < 2) {
            Thread.sleep(1);
        }
        victim.interrupt();
        victim.join();
        waiter.join();
        System.out.println("broken waiters " + broken.get() + " isBroken " + breaking.isBroken());

        Semaphore sem = new Semaphore(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        Thread[] users = new Thread[6];
        for (int i = 0; i < users.length; i++) {
            users[i] = new Thread(() -> {
                for (int k = 0; k < 20; k++) {
                    try {
                        sem.acquire();
                    } catch (InterruptedException e) {
                        return;
                    }
                    try {
                        int now = inside.incrementAndGet();
                        maxInside.accumulateAndGet(now, Math::max);
                        Thread.yield();
                        inside.decrementAndGet();
                    } finally {
                        sem.release();
                    }
                }
            });
            users[i].start();
        }
        for (Thread t : users) {
            t.join();
        }
        System.out.println("semaphore max inside <= 2: " + (maxInside.get() <= 2) + ", permits back " + sem.availablePermits());

        Phaser phaser = new Phaser(1);
        AtomicIntegerArray phaseCounts = new AtomicIntegerArray(3);
        Thread[] ps = new Thread[3];
        for (int i = 0; i < ps.length; i++) {
            phaser.register();
            ps[i] = new Thread(() -> {
                for (int ph = 0; ph < 3; ph++) {
                    phaseCounts.incrementAndGet(ph);
                    phaser.arriveAndAwaitAdvance();
                }
                phaser.arriveAndDeregister();
            });
            ps[i].start();
        }
        for (int ph = 0; ph < 3; ph++) {
            int p = phaser.arriveAndAwaitAdvance();
            System.out.println("phase " + ph + " done, next " + p + " count " + phaseCounts.get(ph));
        }
        phaser.arriveAndDeregister();
        for (Thread t : ps) {
            t.join();
        }
        System.out.println("phaser terminated " + phaser.isTerminated() + " parties " + phaser.getRegisteredParties());

        Exchanger<String> ex = new Exchanger<>();
        String[] got = new String[1];
        Thread partner = new Thread(() -> {
            try {
                got[0] = ex.exchange("from partner");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        partner.start();
        String mine = ex.exchange("from main");
        partner.join();
        System.out.println("exchanged: main got '" + mine + "', partner got '" + got[0] + "'");
    }
}
