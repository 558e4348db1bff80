package java.io;

/** A test on abstract path names, for {@link File#listFiles(FileFilter)}. */
@FunctionalInterface
public interface FileFilter {
    /** Whether {@code pathname} is accepted. */
    boolean accept(File pathname);
}
