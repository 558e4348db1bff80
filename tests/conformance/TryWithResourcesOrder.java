/** try-with-resources: reverse close order, null resources, close exceptions suppressed, exceptions in init, existing variables. */
public class TryWithResourcesOrder {
    static StringBuilder log = new StringBuilder();

    static class Res implements AutoCloseable {
        final String name;
        final boolean failClose;

        Res(String name, boolean failOpen, boolean failClose) {
            if (failOpen) {
                log.append("fail-open:").append(name).append(' ');
                throw new IllegalStateException("open " + name);
            }
            this.name = name;
            this.failClose = failClose;
            log.append("open:").append(name).append(' ');
        }

        @Override
        public void close() {
            log.append("close:").append(name).append(' ');
            if (failClose) {
                throw new IllegalArgumentException("close " + name);
            }
        }
    }

    static void run(String label, Runnable r) {
        log.setLength(0);
        try {
            r.run();
            System.out.println(label + ": " + log + "| ok");
        } catch (RuntimeException e) {
            StringBuilder sup = new StringBuilder();
            for (Throwable s : e.getSuppressed()) {
                sup.append(s.getMessage()).append(';');
            }
            System.out.println(label + ": " + log + "| " + e.getMessage() + " suppressed [" + sup + "]");
        }
    }

    public static void main(String[] args) {
        run("normal", () -> {
            try (Res a = new Res("a", false, false); Res b = new Res("b", false, false); Res c = new Res("c", false, false)) {
                log.append("body ");
            }
        });
        run("body throws", () -> {
            try (Res a = new Res("a", false, true); Res b = new Res("b", false, true)) {
                log.append("body ");
                throw new RuntimeException("body");
            }
        });
        run("close throws only", () -> {
            try (Res a = new Res("a", false, true); Res b = new Res("b", false, true)) {
                log.append("body ");
            }
        });
        run("second open fails", () -> {
            try (Res a = new Res("a", false, false); Res b = new Res("b", true, false)) {
                log.append("body ");
            }
        });
        run("null resource", () -> {
            try (Res a = null; Res b = new Res("b", false, false)) {
                log.append("body a=" + a + " ");
            }
        });
        run("existing variable", () -> {
            Res outer = new Res("outer", false, false);
            try (outer) {
                log.append("body ");
            }
            log.append("after ");
        });
        run("catch and finally order", () -> {
            try (Res a = new Res("a", false, true)) {
                throw new RuntimeException("inner");
            } catch (RuntimeException e) {
                log.append("catch:").append(e.getMessage()).append('+').append(e.getSuppressed().length).append(' ');
            } finally {
                log.append("finally ");
            }
        });
        run("lambda resource", () -> {
            try (AutoCloseableNoThrow r = () -> log.append("lambda-close ")) {
                log.append("body ");
            }
        });
    }

    interface AutoCloseableNoThrow extends AutoCloseable {
        @Override
        void close();
    }
}
