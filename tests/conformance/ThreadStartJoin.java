/** Many threads, each computing its own result; main gathers them through join and prints them in order. */
public class ThreadStartJoin {
    static class Worker extends Thread {
        final int index;
        long result;

        Worker(int index) {
            super("worker-" + index);
            this.index = index;
        }

        @Override
        public void run() {
            long sum = 0;
            for (int i = 0; i <= 20_000 * (index + 1); i++) {
                sum += (long) i * i % 1_000_003;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                sb.append(index).append(',');
            }
            result = sum + sb.length();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Worker[] workers = new Worker[16];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Worker(i);
            System.out.println(workers[i].getName() + " " + workers[i].getState() + " alive=" + workers[i].isAlive());
        }
        for (Worker w : workers) {
            w.start();
        }
        for (Worker w : workers) {
            w.join();
        }
        for (Worker w : workers) {
            System.out.println(w.getName() + " -> " + w.result + " " + w.getState() + " alive=" + w.isAlive());
        }
        try {
            workers[0].start();
        } catch (IllegalThreadStateException e) {
            System.out.println("second start: " + e);
        }
        // A Runnable target, default names, and join(millis) on a thread that has ended.
        final long[] box = new long[1];
        Thread t = new Thread(() -> box[0] = 42);
        System.out.println(t.getName().startsWith("Thread-") + " daemon=" + t.isDaemon() + " priority=" + t.getPriority());
        t.start();
        t.join(10_000);
        t.join(5);
        System.out.println("runnable result " + box[0]);
        Thread main = Thread.currentThread();
        System.out.println(main.getName() + " " + main.getState() + " alive=" + main.isAlive() + " " + main);
        // Threads starting threads.
        final long[] nested = new long[4];
        Thread outer = new Thread(() -> {
            Thread[] inner = new Thread[4];
            for (int i = 0; i < 4; i++) {
                final int k = i;
                inner[i] = new Thread(() -> nested[k] = (k + 1) * 100);
                inner[i].start();
            }
            for (Thread x : inner) {
                try {
                    x.join();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }, "outer");
        outer.start();
        outer.join();
        System.out.println("nested " + nested[0] + " " + nested[1] + " " + nested[2] + " " + nested[3]);
    }
}
