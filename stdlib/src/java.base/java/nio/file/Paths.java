package java.nio.file;

/** Makes {@link Path}s from strings. */
public final class Paths {
    private Paths() {
    }

    /** {@link Path#of(String, String...)}. */
    public static Path get(String first, String... more) {
        return Path.of(first, more);
    }
}
