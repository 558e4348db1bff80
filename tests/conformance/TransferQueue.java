import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * LinkedTransferQueue: tryTransfer only to a waiting consumer, transfer waiting until its element is taken,
 * timed tryTransfer and interrupted transfer taking their element back out, waiting-consumer counts, the plain
 * queue operations, and three producers transferring to two consumers with exact totals.
 */
public class TransferQueue {
    public static void main(String[] args) throws Exception {
        LinkedTransferQueue<String> q = new LinkedTransferQueue<>();
        System.out.println("no consumer: tryTransfer " + q.tryTransfer("x") + " size " + q.size() + " waiting "
                + q.hasWaitingConsumer() + " " + q.getWaitingConsumerCount());

        String[] got = new String[1];
        Thread consumer = new Thread(() -> {
            try {
                got[0] = q.take();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, "consumer");
        consumer.start();
        while (!q.hasWaitingConsumer()) {
            Thread.sleep(1);
        }
        System.out.println("consumer waiting: " + q.getWaitingConsumerCount() + " tryTransfer " + q.tryTransfer("a"));
        consumer.join();
        System.out.println("consumer got " + got[0] + " waiting " + q.hasWaitingConsumer() + " size " + q.size());

        boolean[] transferred = new boolean[1];
        Thread producer = new Thread(() -> {
            try {
                q.transfer("b");
                transferred[0] = true;
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }, "producer");
        producer.start();
        while (producer.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
        System.out.println("transfer waits: queued " + q + " contains " + q.contains("b") + " done " + transferred[0]);
        System.out.println("take " + q.take());
        producer.join();
        System.out.println("transfer returned " + transferred[0] + " size " + q.size());

        System.out.println("timed tryTransfer " + q.tryTransfer("c", 30, TimeUnit.MILLISECONDS) + " left queued "
                + q.size());
        String[] outcome = new String[1];
        Thread interrupted = new Thread(() -> {
            try {
                q.transfer("d");
                outcome[0] = "transferred";
            } catch (InterruptedException e) {
                outcome[0] = "interrupted";
            }
        }, "interrupted");
        interrupted.start();
        while (interrupted.getState() != Thread.State.WAITING) {
            Thread.sleep(1);
        }
        interrupted.interrupt();
        interrupted.join();
        System.out.println("interrupted transfer: " + outcome[0] + " queue " + q);

        q.offer("e");
        q.put("f");
        q.add("g");
        System.out.println("plain: " + q + " peek " + q.peek() + " poll " + q.poll() + " remaining "
                + (q.remainingCapacity() == Integer.MAX_VALUE) + " offer timed " + q.offer("h", 1, TimeUnit.SECONDS)
                + " remove g " + q.remove("g") + " " + q);
        List<String> drained = new ArrayList<>();
        System.out.println("drained " + q.drainTo(drained) + " " + drained + " empty " + q.isEmpty() + " poll "
                + q.poll() + " timed poll " + q.poll(5, TimeUnit.MILLISECONDS));
        try {
            q.transfer(null);
        } catch (NullPointerException e) {
            System.out.println("transfer(null): NPE");
        }
        try {
            q.tryTransfer(null);
        } catch (NullPointerException e) {
            System.out.println("tryTransfer(null): NPE");
        }
        System.out.println("from collection " + new LinkedTransferQueue<>(List.of(3, 1, 2)));

        LinkedTransferQueue<Integer> numbers = new LinkedTransferQueue<>();
        int producers = 3;
        int perProducer = 200;
        AtomicLong consumed = new AtomicLong();
        AtomicLong count = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            Thread t = new Thread(() -> {
                try {
                    while (true) {
                        int v = numbers.take();
                        if (v < 0) {
                            return;
                        }
                        consumed.addAndGet(v);
                        count.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
            threads.add(t);
            t.start();
        }
        List<Thread> senders = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int base = p * 1000;
            Thread t = new Thread(() -> {
                try {
                    for (int i = 1; i <= perProducer; i++) {
                        if (i % 2 == 0) {
                            numbers.transfer(base + i);
                        } else {
                            numbers.put(base + i);
                        }
                    }
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
            senders.add(t);
            t.start();
        }
        for (Thread t : senders) {
            t.join();
        }
        numbers.transfer(-1);
        numbers.transfer(-1);
        for (Thread t : threads) {
            t.join();
        }
        long expected = 0;
        for (int p = 0; p < producers; p++) {
            for (int i = 1; i <= perProducer; i++) {
                expected += p * 1000 + i;
            }
        }
        System.out.println("threads: consumed " + count.get() + " sum " + consumed.get() + " expected " + expected
                + " left " + numbers.size());
    }
}
