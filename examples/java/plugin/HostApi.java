package host;

/** What the Rust host offers a plugin: implemented by Rust closures registered as natives. */
public final class HostApi {
    private HostApi() {}
    /** Writes a line to the host's log. */
    public static native void log(String message);
    /** A value from the host's configuration, or null. */
    public static native String config(String key);
}
