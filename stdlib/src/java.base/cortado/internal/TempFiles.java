package cortado.internal;

import java.io.File;
import java.io.IOException;

/**
 * Temporary files and directories for {@code File.createTempFile} and {@code Files.createTempFile}/
 * {@code createTempDirectory} (not exported): a random name, created atomically and owner-only by a native.
 */
public final class TempFiles {
    private TempFiles() {
    }

    /** The source of names, made on first use (a program that makes no temporary file never seeds it). */
    private static final class Names {
        static final java.util.Random RANDOM = new java.util.Random();
    }

    /**
     * A new empty file (or directory) in {@code dir} named {@code prefix}, a random unsigned long and
     * {@code suffix}, readable and writable by its owner only; null if no free name was found. The callers
     * reject a separator in prefix or suffix first, each with its own exception.
     */
    public static File create(File dir, String prefix, String suffix, boolean directory) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            File f = new File(dir, prefix + Long.toUnsignedString(Names.RANDOM.nextLong()) + suffix);
            if (createOwnerOnly0(f.getPath(), directory)) {
                return f;
            }
        }
        return null;
    }

    /** Whether {@code prefix} and {@code suffix} would make one name (no separator in either). */
    public static boolean isSingleName(String prefix, String suffix) {
        return prefix.indexOf('/') < 0 && suffix.indexOf('/') < 0;
    }

    /** Native: creates the file (or directory) unless something exists there (false); IOException otherwise. */
    private static native boolean createOwnerOnly0(String path, boolean directory) throws IOException;
}
