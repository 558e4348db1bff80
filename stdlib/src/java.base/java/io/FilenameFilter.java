package java.io;

/** A test on file names within a directory, for {@link File#listFiles(FilenameFilter)}. */
@FunctionalInterface
public interface FilenameFilter {
    /** Whether the entry {@code name} of {@code dir} is accepted. */
    boolean accept(File dir, String name);
}
