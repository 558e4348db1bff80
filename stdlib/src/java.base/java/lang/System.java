package java.lang;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

/**
 * The standard streams, system properties, time, array copying and identity hashes.
 *
 * <p>VM contract: after loading and initializing this class the VM calls {@link #initPhase1()} once, on the
 * main thread, before running any program code. It reads the properties the VM supplies
 * ({@code vmProperties()}), creates {@code in}, {@code out} and {@code err}, and creates the main Thread.
 * The standard output streams encode as {@code stdout.encoding}/{@code stderr.encoding} say (falling back to
 * {@code native.encoding}): UTF-8, ISO-8859-1, or US-ASCII with {@code ?} for what it cannot encode (what
 * HotSpot 17 does under the C locale). They flush after every print, as HotSpot's autoflushing
 * {@code System.out} effectively does.
 */
public final class System {
    /** The standard input stream. */
    public static InputStream in;
    /** The standard output stream. */
    public static PrintStream out;
    /** The standard error stream. */
    public static PrintStream err;

    private static String[] propertyKeys = new String[0];
    private static String[] propertyValues = new String[0];
    private static int propertyCount;
    private static String lineSeparator = "\n";

    private System() {
    }

    // ---------------------------------------------------------------- natives

    /** Native: copies {@code length} elements between arrays, with the checks and exceptions the API documents. */
    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);

    /** Native: the identity hash code of {@code x} (0 for null), the value Object.hashCode returns. */
    public static native int identityHashCode(Object x);

    /** Native: milliseconds since 1970-01-01T00:00Z. */
    public static native long currentTimeMillis();

    /** Native: a monotonic time in nanoseconds, for measuring intervals. */
    public static native long nanoTime();

    /** Native: the properties the VM defines, as key, value, key, value... (see NATIVES.md for the list). */
    private static native String[] vmProperties();

    /** Native: the value of the environment variable {@code name}, or null. */
    private static native String getenv0(String name);

    // ---------------------------------------------------------------- startup

    /** Called once by the VM at startup (see the class comment). */
    private static void initPhase1() {
        String[] props = vmProperties();
        for (int i = 0; i + 1 < props.length; i += 2) {
            setProperty0(props[i], props[i + 1]);
        }
        String ls = getProperty("line.separator");
        if (ls != null) {
            lineSeparator = ls;
        }
        String nativeEncoding = getProperty("native.encoding", getProperty("file.encoding", "UTF-8"));
        in = new BufferedInputStream(new FileInputStream(FileDescriptor.in));
        out = newPrintStream(FileDescriptor.out, getProperty("stdout.encoding", nativeEncoding));
        err = newPrintStream(FileDescriptor.err, getProperty("stderr.encoding", nativeEncoding));
        Thread.initMainThread();
    }

    private static PrintStream newPrintStream(FileDescriptor fd, String encoding) {
        return PrintStream.forStandardStream(new BufferedOutputStream(new FileOutputStream(fd), 8192), encoding);
    }

    /** Flushes out and err; part of the shutdown sequence. */
    static void flushStandardStreams() {
        if (out != null) {
            out.flush();
        }
        if (err != null) {
            err.flush();
        }
    }

    /** Replaces the standard input stream. */
    public static void setIn(InputStream in) {
        System.in = in;
    }

    /** Replaces the standard output stream. */
    public static void setOut(PrintStream out) {
        System.out = out;
    }

    /** Replaces the standard error stream. */
    public static void setErr(PrintStream err) {
        System.err = err;
    }

    // ---------------------------------------------------------------- properties

    private static int indexOfProperty(String key) {
        for (int i = 0; i < propertyCount; i++) {
            if (propertyKeys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static void checkKey(String key) {
        if (key == null) {
            throw new NullPointerException("key can't be null");
        }
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key can't be empty");
        }
    }

    private static synchronized String setProperty0(String key, String value) {
        int i = indexOfProperty(key);
        if (i >= 0) {
            String old = propertyValues[i];
            propertyValues[i] = value;
            return old;
        }
        if (propertyCount == propertyKeys.length) {
            int n = propertyCount * 2 + 8;
            String[] k = new String[n];
            String[] v = new String[n];
            System.arraycopy(propertyKeys, 0, k, 0, propertyCount);
            System.arraycopy(propertyValues, 0, v, 0, propertyCount);
            propertyKeys = k;
            propertyValues = v;
        }
        propertyKeys[propertyCount] = key;
        propertyValues[propertyCount] = value;
        propertyCount++;
        return null;
    }

    /** The system property {@code key}, or null. */
    public static synchronized String getProperty(String key) {
        checkKey(key);
        int i = indexOfProperty(key);
        return i < 0 ? null : propertyValues[i];
    }

    /** The system property {@code key}, or {@code def}. */
    public static String getProperty(String key, String def) {
        String v = getProperty(key);
        return v == null ? def : v;
    }

    /** Sets the system property {@code key}; returns the previous value or null. */
    public static String setProperty(String key, String value) {
        checkKey(key);
        if (value == null) {
            throw new NullPointerException();
        }
        return setProperty0(key, value);
    }

    /** Removes the system property {@code key}; returns the previous value or null. */
    public static synchronized String clearProperty(String key) {
        checkKey(key);
        int i = indexOfProperty(key);
        if (i < 0) {
            return null;
        }
        String old = propertyValues[i];
        propertyCount--;
        propertyKeys[i] = propertyKeys[propertyCount];
        propertyValues[i] = propertyValues[propertyCount];
        propertyKeys[propertyCount] = null;
        propertyValues[propertyCount] = null;
        return old;
    }

    /** The line separator: the {@code line.separator} property at startup ({@code "\n"} on Unix). */
    public static String lineSeparator() {
        return lineSeparator;
    }

    /** The environment variable {@code name}, or null. */
    public static String getenv(String name) {
        if (name == null) {
            throw new NullPointerException();
        }
        return getenv0(name);
    }

    // ---------------------------------------------------------------- the rest

    /** Ends the VM with {@code status} after running the shutdown hooks. */
    public static void exit(int status) {
        Runtime.getRuntime().exit(status);
    }

    /** Suggests a garbage collection. */
    public static void gc() {
        Runtime.getRuntime().gc();
    }

    /** Does nothing: finalization is not supported. */
    public static void runFinalization() {
    }

    /** There is no security manager: null. */
    public static Object getSecurityManager() {
        return null;
    }
}
