import java.util.ArrayList;
import java.util.List;

/** Classes the embedding tests call into. */
public class Scripts {
    public static int add(int a, int b) { return a + b; }
    public static long mix(byte b, short s, char c, long l, float f, double d, boolean z) {
        return b + s + c + l + (long) f + (long) d + (z ? 1000 : 0);
    }
    public static String greet(String name) { return name == null ? "nobody" : "hello, " + name; }
    public static int[] doubled(int[] xs) {
        int[] out = new int[xs.length];
        for (int i = 0; i < xs.length; i++) out[i] = xs[i] * 2;
        return out;
    }
    public static String join(String[] parts) { return String.join("+", parts); }
    public static byte[] bytes(int n) { byte[] b = new byte[n]; for (int i = 0; i < n; i++) b[i] = (byte) i; return b; }
    public static Object nothing() { return null; }
    public static void fail(String why) { throw new IllegalStateException(why, new RuntimeException("root cause")); }
    public static int depth(int n) { return n == 0 ? 0 : 1 + depth(n - 1); }

    public static void spin() { while (true) { } }

    /** Threads the script starts: a result gathered through join, a spinner, a sleeper left behind. */
    static volatile long spins;
    public static int threadResult() throws InterruptedException {
        int[] box = new int[1];
        Thread t = new Thread(() -> box[0] = add(40, 2));
        t.start();
        t.join();
        return box[0];
    }
    public static void spinWithHelper() {
        Thread helper = new Thread(() -> { while (true) { spins++; } }, "helper");
        helper.start();
        spin();
    }
    public static long spins() { return spins; }
    /** Sleeps `millis` inside the call, so a metered spinner runs meanwhile; how far it counted. */
    public static long spinsDuring(long millis) throws InterruptedException {
        long start = spins;
        Thread.sleep(millis);
        return spins - start;
    }
    /** Waits until the spinner has counted past `than`; the count then. */
    public static long awaitSpins(long than) { while (spins <= than) { Thread.onSpinWait(); } return spins; }
    /** Starts a spinner that outlives the call (a daemon, so nothing waits for it) and returns at once. */
    public static void startBackgroundSpinner() {
        Thread spinner = new Thread(() -> { while (true) { spins++; } }, "background");
        spinner.setDaemon(true);
        spinner.start();
        while (spins == 0) { Thread.onSpinWait(); }
    }
    public static void leaveSleeper() {
        new Thread(() -> {
            try { Thread.sleep(600_000); } catch (InterruptedException e) { throw new IllegalStateException(e); }
        }, "sleeper").start();
    }
    public static int recurseForever(int n) { return recurseForever(n + 1) + 1; }
    /** Tries to swallow the stop: catch everything, loop again; finally blocks must not run either. */
    public static int stubborn() {
        int caught = 0;
        while (true) {
            try {
                try { spin(); } finally { System.out.println("finally ran"); }
            } catch (Throwable t) {
                caught++;
            }
        }
    }
    public static long count(long n) { long s = 0; for (long i = 0; i < n; i++) s += i; return s; }
    public static void sleepLong() throws InterruptedException { Thread.sleep(60_000); }
    public static void nap(long millis) throws InterruptedException { Thread.sleep(millis); }

    public static String allocateUntilOom() {
        List<long[]> keep = new ArrayList<>();
        try {
            while (true) keep.add(new long[1 << 16]);
        } catch (OutOfMemoryError e) {
            int n = keep.size();
            keep = null;
            return "caught " + e.getClass().getName() + " after " + n;
        }
    }
    public static void allocateForever() {
        List<long[]> keep = new ArrayList<>();
        while (true) keep.add(new long[1 << 16]);
    }
    /** Allocates `mb` megabytes of garbage. */
    public static long churn(int mb) {
        long sum = 0;
        for (int i = 0; i < mb * 16; i++) { long[] a = new long[8192]; a[i % 8192] = i; sum += a.length; }
        return sum;
    }

    public static String readFile(String path) throws Exception {
        return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path)));
    }
    public static boolean exists(String path) { return new java.io.File(path).exists(); }
    public static void writeFile(String path, String text) throws Exception {
        try (java.io.FileOutputStream out = new java.io.FileOutputStream(path)) { out.write(text.getBytes()); }
    }
    public static boolean delete(String path) { return new java.io.File(path).delete(); }
    public static String env(String name) { return System.getenv(name); }
    public static String property(String name) { return System.getProperty(name); }
    public static void exit(int status) { System.exit(status); }
    public static void print(String text) { System.out.println(text); System.err.println("err:" + text); }

    // Host natives.
    public static native int hostAdd(int a, int b);
    public static native String hostGreet(String name);
    public static native void hostPanic();
    public static native void hostThrow();
    public static native Object hostWrongType();
    public native String describe(int n);
    public static int callsHostAdd(int n) { int s = 0; for (int i = 0; i < n; i++) s = hostAdd(s, 1); return s; }
    public static String nativeThrowCaught() {
        try { hostThrow(); return "no"; } catch (IllegalArgumentException e) { return "caught " + e.getMessage(); }
    }
    public static String nativePanicCaught() {
        try { hostPanic(); return "no"; } catch (Error e) { return e.getMessage(); }
    }

    // Instances.
    private final String name;
    private final List<Integer> seen = new ArrayList<>();
    public Scripts(String name) { this.name = name; }
    public Scripts() { this("anonymous"); }
    public void add(int x) { seen.add(x); }
    public int total() { int t = 0; for (int x : seen) t += x; return t; }
    public String name() { return name; }
    @Override public String toString() { return "Scripts(" + name + ", " + seen + ")"; }
    public static String nameOf(Scripts s) { return s.name; }
    public static int trivial() { return 1; }

    /** A chain whose toString recurses through string concatenation (host activations nest). */
    static final class Node {
        final Node next;
        Node(Node next) { this.next = next; }
        @Override public String toString() { return "(" + next + ")"; }
    }
    public static int nestedToString(int depth) {
        Node n = null;
        for (int i = 0; i < depth; i++) n = new Node(n);
        return String.valueOf(n).length();
    }

    /** An exception whose overridable accessors never return: describing it must not run them. */
    static final class Evil extends RuntimeException {
        Evil() { super("evil"); }
        @Override public StackTraceElement[] getStackTrace() { while (true) { } }
        @Override public synchronized Throwable getCause() { while (true) { } }
    }
    public static void throwEvil() { throw new Evil(); }

    // Host natives that call back into Java.
    public static native int hostCallsBack(int n);
    public static native String hostCallsThrower();
    public static native void hostCallsSpin();
    public static int callback(int n) { return hostCallsBack(n); }
    public static String callbackThrows() {
        try { hostCallsThrower(); return "no"; } catch (IllegalStateException e) { return "caught " + e.getMessage(); }
    }

    /** The first byte of stdin, or -1 at its end. */
    public static int readStdin() throws java.io.IOException { return System.in.read(); }

    private static int counter;
    /** Increments a static: each VM has its own. */
    public static int bump() { return ++counter; }
}
