/** NullPointerException messages for throw null, synchronized(null), and explicit NPEs; requireNonNull variants. */
public class NpeThrowAndMonitor {
    static RuntimeException stored;
    static Object lock;

    static void show(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": fine");
        } catch (NullPointerException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    static void throwLocal() {
        RuntimeException e = null;
        throw e;
    }

    static void throwStatic() {
        throw stored;
    }

    static void syncLocal() {
        Object o = null;
        synchronized (o) {
            System.out.println("unreachable");
        }
    }

    static void syncStatic() {
        synchronized (lock) {
            System.out.println("unreachable");
        }
    }

    static void syncOk() {
        Object o = new Object();
        synchronized (o) {
            synchronized (o) {
                System.out.println("nested synchronized on same object ok");
            }
        }
    }

    public static void main(String[] args) {
        show("throw local", NpeThrowAndMonitor::throwLocal);
        show("throw static", NpeThrowAndMonitor::throwStatic);
        show("sync local", NpeThrowAndMonitor::syncLocal);
        show("sync static", NpeThrowAndMonitor::syncStatic);
        show("sync ok", NpeThrowAndMonitor::syncOk);
        show("explicit no message", () -> {
            throw new NullPointerException();
        });
        show("explicit message", () -> {
            throw new NullPointerException("custom text");
        });
        show("requireNonNull", () -> java.util.Objects.requireNonNull(null));
        show("requireNonNull msg", () -> java.util.Objects.requireNonNull(null, "arg must not be null"));
        show("requireNonNull supplier", () -> java.util.Objects.requireNonNull(null, () -> "supplied " + 42));
        show("requireNonNullElse", () -> System.out.println("  " + java.util.Objects.requireNonNullElse(null, "fallback")));
        NullPointerException npe = new NullPointerException();
        System.out.println("fresh NPE getMessage: " + npe.getMessage() + ", toString: " + npe);
        try {
            String s = null;
            synchronized (NpeThrowAndMonitor.class) {
                s.length();
            }
        } catch (NullPointerException e) {
            System.out.println("inside synchronized: " + e.getMessage());
        }
    }
}
