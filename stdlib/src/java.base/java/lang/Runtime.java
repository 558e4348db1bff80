package java.lang;

/** The running VM as seen by a program: processors, memory, collection, exit and shutdown hooks. */
public class Runtime {
    private static final Runtime CURRENT = new Runtime();

    private Runtime() {
    }

    /** The runtime of the current program. */
    public static Runtime getRuntime() {
        return CURRENT;
    }

    /** Runs the shutdown hooks and ends the VM with {@code status}. */
    public void exit(int status) {
        Shutdown.exit(status);
    }

    /** Ends the VM with {@code status} at once: no hooks run. */
    public void halt(int status) {
        Shutdown.halt(status);
    }

    /** Registers a thread to run when the VM shuts down (hooks run one after another, on the exiting thread). */
    public void addShutdownHook(Thread hook) {
        Shutdown.addHook(hook);
    }

    /** Removes a registered shutdown hook; whether it was registered. */
    public boolean removeShutdownHook(Thread hook) {
        return Shutdown.removeHook(hook);
    }

    /** Native: the number of processors available to the VM (at least 1). */
    public native int availableProcessors();

    /** Native: the free memory in the heap, in bytes. */
    public native long freeMemory();

    /** Native: the current size of the heap, in bytes. */
    public native long totalMemory();

    /** Native: the largest size the heap may grow to, in bytes ({@code Long.MAX_VALUE} if unbounded). */
    public native long maxMemory();

    /** Native: suggests a garbage collection now. */
    public native void gc();

    /** Does nothing: finalization is not supported. */
    public void runFinalization() {
    }

    /** The Java version this library reports. */
    public static Version version() {
        return Version.CURRENT;
    }

    /** A Java version: feature, interim, update, patch. */
    public static final class Version implements Comparable<Version> {
        static final Version CURRENT = new Version(new int[] {17, 0, 15});
        private final int[] numbers;

        private Version(int[] numbers) {
            this.numbers = numbers;
        }

        /** The feature release (17). */
        public int feature() {
            return numbers[0];
        }

        /** The interim release. */
        public int interim() {
            return numbers.length > 1 ? numbers[1] : 0;
        }

        /** The update release. */
        public int update() {
            return numbers.length > 2 ? numbers[2] : 0;
        }

        /** The patch release. */
        public int patch() {
            return numbers.length > 3 ? numbers[3] : 0;
        }

        @Override
        public int compareTo(Version other) {
            int n = Math.max(numbers.length, other.numbers.length);
            for (int i = 0; i < n; i++) {
                int a = i < numbers.length ? numbers[i] : 0;
                int b = i < other.numbers.length ? other.numbers[i] : 0;
                if (a != b) {
                    return Integer.compare(a, b);
                }
            }
            return 0;
        }

        /** {@code 17.0.15}. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < numbers.length; i++) {
                if (i > 0) {
                    sb.append('.');
                }
                sb.append(numbers[i]);
            }
            return sb.toString();
        }
    }
}
