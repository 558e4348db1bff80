/** An uncaught ExceptionInInitializerError from a helper class's static initializer, reached via a static call. */
public class UncaughtHelperInit {
    static class Config {
        static final int PORT = Integer.parseInt("80x");

        static int port() {
            return PORT;
        }
    }

    public static void main(String[] args) {
        System.out.println("starting");
        System.out.println("port " + Config.port());
    }
}
