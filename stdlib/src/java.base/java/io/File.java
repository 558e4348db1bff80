package java.io;

import java.nio.file.Path;
import java.util.ArrayList;

/**
 * An abstract path name on the host's (Unix) file system, with the queries and operations that go through the
 * host natives below (see {@code NATIVES.md}, "Files").
 */
public class File implements Serializable, Comparable<File> {
    /** The name separator character, {@code '/'}. */
    public static final char separatorChar = '/';
    /** The name separator, {@code "/"}. */
    public static final String separator = "/";
    /** The path-list separator character, {@code ':'}. */
    public static final char pathSeparatorChar = ':';
    /** The path-list separator, {@code ":"}. */
    public static final String pathSeparator = ":";

    private final String path;

    /** The file named by {@code pathname} (normalized: repeated and trailing slashes dropped). */
    public File(String pathname) {
        if (pathname == null) {
            throw new NullPointerException();
        }
        this.path = normalize(pathname);
    }

    /** {@code child} inside {@code parent} (or {@code child} alone if {@code parent} is null). */
    public File(String parent, String child) {
        if (child == null) {
            throw new NullPointerException();
        }
        if (parent == null) {
            this.path = normalize(child);
        } else if (parent.isEmpty()) {
            this.path = normalize("/" + child);
        } else {
            this.path = normalize(parent + "/" + child);
        }
    }

    /** {@code child} inside {@code parent} (or {@code child} alone if {@code parent} is null). */
    public File(File parent, String child) {
        this(parent == null ? null : parent.path, child);
    }

    static String normalize(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        char prev = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/') {
                continue;
            }
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') {
            sb.setLength(sb.length() - 1);
        }
        return sb.toString();
    }

    // Natives (static, on the path string). Bits of attributes0: 1 exists, 2 regular file, 4 directory,
    // 8 readable, 16 writable; 0 if the path cannot be queried.
    static native byte[] readAll0(String path) throws FileNotFoundException;

    static native void write0(String path, byte[] b, int off, int len, boolean append) throws IOException;

    private static native int attributes0(String path);

    private static native long length0(String path);

    private static native long lastModified0(String path);

    private static native boolean delete0(String path);

    private static native boolean mkdir0(String path);

    private static native boolean rename0(String from, String to);

    private static native boolean createNew0(String path) throws IOException;

    private static native String[] list0(String path);

    /** The path as given (normalized). */
    public String getPath() {
        return path;
    }

    /** The last name of the path, {@code ""} for the root or an empty path. */
    public String getName() {
        int slash = path.lastIndexOf('/');
        return path.substring(slash + 1);
    }

    /** Everything before the last name, or null if there is none. */
    public String getParent() {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return null;
        }
        if (slash == 0) {
            return path.length() > 1 ? "/" : null;
        }
        return path.substring(0, slash);
    }

    /** The parent as a File, or null. */
    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    /** Whether the path starts with {@code /}. */
    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    /** The path resolved against {@code user.dir}. */
    public String getAbsolutePath() {
        if (isAbsolute()) {
            return path;
        }
        String dir = System.getProperty("user.dir");
        return path.isEmpty() ? dir : normalize(dir + "/" + path);
    }

    /** The absolute path as a File. */
    public File getAbsoluteFile() {
        return new File(getAbsolutePath());
    }

    /** The absolute path with {@code .} and {@code ..} resolved (symbolic links are not followed). */
    public String getCanonicalPath() throws IOException {
        String[] parts = getAbsolutePath().split("/");
        ArrayList<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!kept.isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
            } else {
                kept.add(part);
            }
        }
        return "/" + String.join("/", kept);
    }

    /** The canonical path as a File. */
    public File getCanonicalFile() throws IOException {
        return new File(getCanonicalPath());
    }

    private int attributes() {
        return attributes0(path.isEmpty() ? "" : path);
    }

    /** Whether the file or directory exists. */
    public boolean exists() {
        return (attributes() & 1) != 0;
    }

    /** Whether this is an existing directory. */
    public boolean isDirectory() {
        return (attributes() & 4) != 0;
    }

    /** Whether this is an existing regular file. */
    public boolean isFile() {
        return (attributes() & 2) != 0;
    }

    /** Whether the name starts with a dot. */
    public boolean isHidden() {
        return getName().startsWith(".");
    }

    /** Whether the file exists and can be read. */
    public boolean canRead() {
        return (attributes() & 8) != 0;
    }

    /** Whether the file exists and is not read-only. */
    public boolean canWrite() {
        return (attributes() & 16) != 0;
    }

    /** The length in bytes, 0 if the file does not exist. */
    public long length() {
        return length0(path);
    }

    /** Last modification in milliseconds since the epoch, 0 if the file does not exist. */
    public long lastModified() {
        return lastModified0(path);
    }

    /** Deletes the file or empty directory; whether it was deleted. */
    public boolean delete() {
        return delete0(path);
    }

    /** Creates the directory; whether it was created. */
    public boolean mkdir() {
        return mkdir0(path);
    }

    /** Creates the directory and any missing parents; whether it was created. */
    public boolean mkdirs() {
        if (exists()) {
            return false;
        }
        if (mkdir()) {
            return true;
        }
        File parent = getCanonicalParent();
        return parent != null && (parent.mkdirs() || parent.exists()) && mkdir();
    }

    private File getCanonicalParent() {
        try {
            return getCanonicalFile().getParentFile();
        } catch (IOException e) {
            return null;
        }
    }

    /** Renames to {@code dest}; whether it succeeded. */
    public boolean renameTo(File dest) {
        if (dest == null) {
            throw new NullPointerException();
        }
        return rename0(path, dest.path);
    }

    /** Creates an empty file if none exists; whether it was created. */
    public boolean createNewFile() throws IOException {
        return createNew0(path);
    }

    /**
     * Creates a new empty file in the directory named by the {@code java.io.tmpdir} property, named
     * {@code prefix}, a random number and {@code suffix} ({@code ".tmp"} if null).
     */
    public static File createTempFile(String prefix, String suffix) throws IOException {
        return createTempFile(prefix, suffix, null);
    }

    /**
     * Creates a new empty file in {@code directory} (the {@code java.io.tmpdir} directory if null), named
     * {@code prefix} (at least three characters), a random number and {@code suffix} ({@code ".tmp"} if null),
     * readable and writable by its owner only.
     */
    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        File dir = directory != null ? directory : new File(System.getProperty("java.io.tmpdir"));
        // As on HotSpot, only the last name of the prefix is used ("a/bc" makes "bc...").
        String head = new File(prefix).getName();
        String tail = suffix == null ? ".tmp" : suffix;
        File f = cortado.internal.TempFiles.isSingleName(head, tail)
                ? cortado.internal.TempFiles.create(dir, head, tail, false) : null;
        if (f == null) {
            throw new IOException("Unable to create temporary file, " + new File(dir, head + tail));
        }
        return f;
    }

    /**
     * Asks for this file (or empty directory) to be deleted when the VM ends normally (not by {@code halt}):
     * after the shutdown hooks have run, in the reverse order of registration.
     */
    public void deleteOnExit() {
        cortado.internal.DeleteOnExit.add(getAbsolutePath());
    }

    /** The names in this directory (in the host's order), or null if it is not a readable directory. */
    public String[] list() {
        return list0(path.isEmpty() ? "." : path);
    }

    /** The entries of this directory as Files, or null. */
    public File[] listFiles() {
        String[] names = list();
        if (names == null) {
            return null;
        }
        File[] files = new File[names.length];
        for (int i = 0; i < names.length; i++) {
            files[i] = new File(this, names[i]);
        }
        return files;
    }

    /** The entries accepted by {@code filter}, or null. */
    public File[] listFiles(FileFilter filter) {
        File[] all = listFiles();
        if (all == null || filter == null) {
            return all;
        }
        ArrayList<File> kept = new ArrayList<>();
        for (File f : all) {
            if (filter.accept(f)) {
                kept.add(f);
            }
        }
        return kept.toArray(new File[0]);
    }

    /** The entries whose names {@code filter} accepts, or null. */
    public File[] listFiles(FilenameFilter filter) {
        File[] all = listFiles();
        if (all == null || filter == null) {
            return all;
        }
        ArrayList<File> kept = new ArrayList<>();
        for (File f : all) {
            if (filter.accept(this, f.getName())) {
                kept.add(f);
            }
        }
        return kept.toArray(new File[0]);
    }

    /** The path as a {@link Path}. */
    public Path toPath() {
        return Path.of(path);
    }

    @Override
    public int compareTo(File other) {
        return path.compareTo(other.path);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof File && ((File) obj).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode() ^ 1234321;
    }

    /** The path. */
    @Override
    public String toString() {
        return path;
    }
}
