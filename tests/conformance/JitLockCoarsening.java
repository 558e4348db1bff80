// Adjacent synchronized regions on one object, the shapes the JIT merges into one region after inlining
// (lock coarsening), must behave as separate regions wherever a program can tell: counts stay exact under
// contention from other threads; Thread.holdsLock between the regions is false; an exception thrown between
// them (a bounds check, a null field access) reaches its handler with the monitor released; an exception in
// the second region releases it once; wait in the second region releases it entirely, so another thread gets
// in and notifies; a virtual call between the regions whose inline guard misses (an override) runs without
// the monitor; nesting inside an outer region keeps the count; a lock of another object between two regions
// is left in place; and a loop of regions lets a contending thread in between iterations. Re-entry into a
// monitor the thread holds (counted in the thin lock by compiled code) nests to any depth.
public class JitLockCoarsening {
    static final int WARM = 3000;
    static final int N = 20000;

    static class Box {
        int a;
        int b;
        int c;
        boolean full;
        int value;

        synchronized void incA() {
            a++;
        }

        synchronized void incB() {
            b++;
        }

        void blockC() {
            synchronized (this) {
                c++;
            }
        }

        synchronized int incChecked(int x) {
            if (x < 0) {
                throw new IllegalArgumentException("negative " + x);
            }
            b += x;
            return b;
        }

        synchronized void put(int v) throws InterruptedException {
            while (full) {
                wait();
            }
            value = v;
            full = true;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (!full) {
                wait();
            }
            full = false;
            notifyAll();
            return value;
        }

        synchronized int total() {
            return a + b + c;
        }

        synchronized int depth(int d) {
            if (d == 0) {
                return Thread.holdsLock(this) ? 1 : -1000000;
            }
            return depth(d - 1) + 1;
        }
    }

    /** Overrides the block without synchronizing: reached through the inline guard's miss path. */
    static class Unsynced extends Box {
        int heldInside;

        @Override
        void blockC() {
            if (Thread.holdsLock(this)) {
                heldInside++;
            }
            c++;
        }
    }

    static class Statics {
        static int x;
        static int y;

        static synchronized void incX() {
            x++;
        }

        static synchronized void incY() {
            y++;
        }
    }

    // ---- the shapes -----------------------------------------------------------------------------------

    static void pair(Box box) {
        box.incA();
        box.incB();
    }

    static void triple(Box box) {
        box.incA();
        box.blockC();
        box.incB();
    }

    static int twoBlocks(Box box, int x) {
        synchronized (box) {
            box.a += x;
        }
        synchronized (box) {
            box.b += x;
        }
        return x;
    }

    static boolean heldBetween(Box box) {
        box.incA();
        boolean held = Thread.holdsLock(box);
        box.incB();
        return held;
    }

    static int throwBetween(Box box, int[] array, int i) {
        box.incA();
        int v = array[i];
        box.incB();
        return v;
    }

    static int nullBetween(Box box, Box other) {
        box.incA();
        int v = other.a;
        box.incB();
        return v;
    }

    static int throwInSecond(Box box, int x) {
        box.incA();
        return box.incChecked(x);
    }

    static boolean nested(Box box) {
        synchronized (box) {
            box.incA();
            box.incB();
            return Thread.holdsLock(box);
        }
    }

    static void otherBetween(Box box, Box other) {
        box.incA();
        other.incA();
        box.incB();
    }

    static void statics() {
        Statics.incX();
        Statics.incY();
    }

    static int putThenCount(Box box, int v) throws InterruptedException {
        box.incA();
        box.put(v);
        return v;
    }

    static int takeThenCount(Box box) throws InterruptedException {
        box.incB();
        return box.take();
    }

    // ---- the checks -----------------------------------------------------------------------------------

    static void contended() throws InterruptedException {
        Box box = new Box();
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < N; i++) {
                    pair(box);
                    triple(box);
                    twoBlocks(box, 2);
                    statics();
                    nested(box);
                }
            });
            threads[t].start();
        }
        for (int i = 0; i < N; i++) {
            pair(box);
            triple(box);
            twoBlocks(box, 2);
            statics();
            nested(box);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println("contended a=" + box.a + " b=" + box.b + " c=" + box.c + " x=" + Statics.x + " y=" + Statics.y
                + " held=" + Thread.holdsLock(box));
    }

    static void between() {
        Box box = new Box();
        int heldCount = 0;
        for (int i = 0; i < WARM; i++) {
            if (heldBetween(box)) {
                heldCount++;
            }
        }
        System.out.println("holdsLock between regions: " + heldCount + " of " + WARM);

        int[] array = new int[10];
        int thrown = 0;
        int heldInHandler = 0;
        long sum = 0;
        for (int i = 0; i < WARM; i++) {
            try {
                sum += throwBetween(box, array, i % 12);
            } catch (ArrayIndexOutOfBoundsException e) {
                thrown++;
                if (Thread.holdsLock(box)) {
                    heldInHandler++;
                }
            }
        }
        Box other = new Box();
        for (int i = 0; i < WARM; i++) {
            try {
                sum += nullBetween(box, i % 7 == 0 ? null : other);
            } catch (NullPointerException e) {
                thrown++;
                if (Thread.holdsLock(box)) {
                    heldInHandler++;
                }
            }
        }
        for (int i = 0; i < WARM; i++) {
            try {
                sum += throwInSecond(box, i % 5 == 0 ? -i : 1);
            } catch (IllegalArgumentException e) {
                thrown++;
                if (Thread.holdsLock(box)) {
                    heldInHandler++;
                }
            }
        }
        System.out.println("thrown " + thrown + " held in handler " + heldInHandler + " a=" + box.a + " b=" + box.b + " sum " + sum);

        int nestedHeld = 0;
        for (int i = 0; i < WARM; i++) {
            if (nested(box)) {
                nestedHeld++;
            }
        }
        System.out.println("nested held " + nestedHeld + " after " + Thread.holdsLock(box) + " total " + box.total());

        for (int i = 0; i < WARM; i++) {
            otherBetween(box, other);
        }
        System.out.println("other a=" + other.a + " box a=" + box.a + " b=" + box.b);
    }

    static void guardMiss() {
        Box[] boxes = {new Box(), new Unsynced(), new Box()};
        for (int i = 0; i < WARM * 3; i++) {
            triple(boxes[i % 3]);
        }
        Unsynced u = (Unsynced) boxes[1];
        System.out.println("guard miss: held inside override " + u.heldInside + " c=" + u.c + " total " + (boxes[0].total() + u.total()
                + boxes[2].total()));
    }

    static void waitInSecond() throws InterruptedException {
        Box box = new Box();
        Thread consumer = new Thread(() -> {
            long sum = 0;
            try {
                for (int i = 0; i < N; i++) {
                    sum += takeThenCount(box);
                }
            } catch (InterruptedException e) {
                System.out.println("consumer interrupted");
            }
            System.out.println("consumed sum " + sum);
        });
        consumer.start();
        for (int i = 1; i <= N; i++) {
            putThenCount(box, i);
        }
        consumer.join();
        System.out.println("wait a=" + box.a + " b=" + box.b + " full=" + box.full);
    }

    static volatile int progress;

    static void loopLetsOthersIn() throws InterruptedException {
        Box box = new Box();
        Thread other = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                synchronized (box) {
                    progress++;
                }
                Thread.yield();
            }
        });
        other.start();
        long spins = 0;
        while (progress < 200) {
            synchronized (box) {
                box.a++;
            }
            synchronized (box) {
                box.b++;
            }
            spins++;
        }
        other.join();
        System.out.println("loop: other thread got in " + progress + " times, a == b " + (box.a == box.b) + " " + (spins > 0));
    }

    /**
     * Re-entry in compiled code: a synchronized method recursing on its own monitor counts each entry (past
     * what a thin lock can count, too), holds it at the bottom, and frees it entirely on the way back, so
     * another thread gets in afterwards.
     */
    static void reentry() throws InterruptedException {
        Box box = new Box();
        long sum = 0;
        for (int i = 0; i < WARM; i++) {
            sum += box.depth(i % 20);
        }
        int deep = box.depth(1500);
        boolean heldAfter = Thread.holdsLock(box);
        int[] got = {0};
        Thread other = new Thread(() -> {
            synchronized (box) {
                got[0] = box.depth(3);
            }
        });
        other.start();
        other.join();
        System.out.println("reentry sum " + sum + " deep " + deep + " held after " + heldAfter + " other " + got[0]);
    }

    public static void main(String[] args) throws Exception {
        reentry();
        between();
        guardMiss();
        contended();
        waitInSecond();
        loopLetsOthersIn();
    }
}
