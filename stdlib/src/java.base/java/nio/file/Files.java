package java.nio.file;

import cortado.internal.Text;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Static operations on files and directories, built on {@link File} and the file streams (so on the host
 * natives described in {@code NATIVES.md}). Missing files are reported as {@link NoSuchFileException} with the
 * path as message, as HotSpot does.
 */
public final class Files {
    private Files() {
    }

    private static File fileOf(Path path) {
        if (path == null) {
            throw new NullPointerException();
        }
        return new File(path.toString());
    }

    private static File existingFile(Path path) throws IOException {
        File f = fileOf(path);
        if (!f.exists()) {
            throw new NoSuchFileException(path.toString());
        }
        if (f.isDirectory()) {
            throw new IOException("Is a directory");
        }
        return f;
    }

    private static boolean has(OpenOption[] options, OpenOption o) {
        for (OpenOption x : options) {
            if (x == o) {
                return true;
            }
        }
        return false;
    }

    /** Checks the options and the target, then opens {@code path} for writing as they ask. */
    private static OutputStream openForWrite(Path path, OpenOption... options) throws IOException {
        File f = fileOf(path);
        boolean append = false;
        boolean create = true;
        boolean createNew = false;
        if (options.length > 0) {
            append = has(options, StandardOpenOption.APPEND);
            create = has(options, StandardOpenOption.CREATE);
            createNew = has(options, StandardOpenOption.CREATE_NEW);
            if (has(options, StandardOpenOption.READ)) {
                throw new IllegalArgumentException("READ not allowed");
            }
            if (append && has(options, StandardOpenOption.TRUNCATE_EXISTING)) {
                throw new IllegalArgumentException("READ + APPEND not allowed");
            }
        }
        File parent = f.getAbsoluteFile().getParentFile();
        if (parent != null && !parent.isDirectory()) {
            throw new NoSuchFileException(path.toString());
        }
        if (f.isDirectory()) {
            throw new FileSystemException(path.toString() + ": Is a directory");
        }
        boolean exists = f.exists();
        if (createNew && exists) {
            throw new FileAlreadyExistsException(path.toString());
        }
        if (!create && !createNew && !exists) {
            throw new NoSuchFileException(path.toString());
        }
        return new FileOutputStream(f, append);
    }

    /** Every byte of the file. */
    public static byte[] readAllBytes(Path path) throws IOException {
        return new FileInputStream(existingFile(path)).readAllBytes();
    }

    /** The file decoded as UTF-8. */
    public static String readString(Path path) throws IOException {
        return readString(path, StandardCharsets.UTF_8);
    }

    /** The file decoded in {@code cs}. */
    public static String readString(Path path, Charset cs) throws IOException {
        byte[] bytes = readAllBytes(path);
        return new String(Text.decode(bytes, 0, bytes.length, Text.charsetId(cs.name())));
    }

    /** The file's lines (UTF-8), without terminators. */
    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    /** The file's lines in {@code cs}, without terminators. */
    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        BufferedReader r = newBufferedReader(path, cs);
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            lines.add(line);
        }
        r.close();
        return lines;
    }

    /** The file's lines (UTF-8) as a stream. */
    public static Stream<String> lines(Path path) throws IOException {
        return lines(path, StandardCharsets.UTF_8);
    }

    /** The file's lines in {@code cs} as a stream. */
    public static Stream<String> lines(Path path, Charset cs) throws IOException {
        return readAllLines(path, cs).stream();
    }

    /** A buffered reader of the file (UTF-8). */
    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    /** A buffered reader of the file in {@code cs}. */
    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        return new BufferedReader(new InputStreamReader(new FileInputStream(existingFile(path)), cs));
    }

    /** A buffered writer to the file (UTF-8). */
    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    /** A buffered writer to the file in {@code cs}. */
    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options)
            throws IOException {
        return new BufferedWriter(new OutputStreamWriter(openForWrite(path, options), cs));
    }

    /** An input stream of the file. */
    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        return new FileInputStream(existingFile(path));
    }

    /** An output stream to the file. */
    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        return openForWrite(path, options);
    }

    /** Writes {@code bytes} to the file. */
    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        OutputStream out = openForWrite(path, options);
        out.write(bytes, 0, bytes.length);
        out.close();
        return path;
    }

    /** Writes each line followed by the line separator, in UTF-8. */
    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options)
            throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    /** Writes each line followed by the line separator, in {@code cs}. */
    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs, OpenOption... options)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        for (CharSequence line : lines) {
            sb.append(line).append(System.lineSeparator());
        }
        return write(path, Text.encodeString(sb.toString(), Text.charsetId(cs.name())), options);
    }

    /** Writes {@code csq} in UTF-8. */
    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    /** Writes {@code csq} in {@code cs}. */
    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options)
            throws IOException {
        return write(path, Text.encodeString(csq.toString(), Text.charsetId(cs.name())), options);
    }

    /** Whether the file exists. */
    public static boolean exists(Path path, LinkOption... options) {
        return fileOf(path).exists();
    }

    /** Whether the file is known not to exist. */
    public static boolean notExists(Path path, LinkOption... options) {
        return !fileOf(path).exists();
    }

    /** Whether the path is a directory. */
    public static boolean isDirectory(Path path, LinkOption... options) {
        return fileOf(path).isDirectory();
    }

    /** Whether the path is a regular file. */
    public static boolean isRegularFile(Path path, LinkOption... options) {
        return fileOf(path).isFile();
    }

    /** Whether the file can be read. */
    public static boolean isReadable(Path path) {
        return fileOf(path).canRead();
    }

    /** Whether the file can be written. */
    public static boolean isWritable(Path path) {
        return fileOf(path).canWrite();
    }

    /** Whether the name starts with a dot. */
    public static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** Whether the two paths locate the same file (compared as absolute, normalized paths). */
    public static boolean isSameFile(Path path, Path path2) throws IOException {
        if (path.equals(path2)) {
            return true;
        }
        existingFile(path);
        return path.toAbsolutePath().normalize().equals(path2.toAbsolutePath().normalize());
    }

    /** The file's size in bytes. */
    public static long size(Path path) throws IOException {
        File f = fileOf(path);
        if (!f.exists()) {
            throw new NoSuchFileException(path.toString());
        }
        return f.length();
    }

    /** Creates an empty file; FileAlreadyExistsException if it exists. */
    public static Path createFile(Path path, FileAttribute<?>... attrs) throws IOException {
        File f = fileOf(path);
        File parent = f.getAbsoluteFile().getParentFile();
        if (parent != null && !parent.isDirectory()) {
            throw new NoSuchFileException(path.toString());
        }
        if (!f.createNewFile()) {
            throw new FileAlreadyExistsException(path.toString());
        }
        return path;
    }

    /** Creates a directory; FileAlreadyExistsException if something exists there. */
    public static Path createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        File f = fileOf(dir);
        if (f.exists()) {
            throw new FileAlreadyExistsException(dir.toString());
        }
        File parent = f.getAbsoluteFile().getParentFile();
        if (parent != null && !parent.isDirectory()) {
            throw new NoSuchFileException(dir.toString());
        }
        if (!f.mkdir()) {
            throw new FileSystemException(dir.toString());
        }
        return dir;
    }

    /** Creates a directory and its missing parents; nothing if it already is a directory. */
    public static Path createDirectories(Path dir, FileAttribute<?>... attrs) throws IOException {
        File f = fileOf(dir);
        if (f.isDirectory()) {
            return dir;
        }
        if (f.exists()) {
            throw new FileAlreadyExistsException(dir.toString());
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        if (!f.mkdir() && !f.isDirectory()) {
            throw new FileSystemException(dir.toString());
        }
        return dir;
    }

    /**
     * Creates a new empty file in the {@code java.io.tmpdir} directory named {@code prefix} (nothing if null), a
     * random number and {@code suffix} ({@code ".tmp"} if null), readable and writable by its owner only.
     */
    public static Path createTempFile(String prefix, String suffix, FileAttribute<?>... attrs) throws IOException {
        return createTemp(null, prefix, suffix == null ? ".tmp" : suffix, false);
    }

    /** {@link #createTempFile(String, String, FileAttribute[])} in {@code dir}. */
    public static Path createTempFile(Path dir, String prefix, String suffix, FileAttribute<?>... attrs)
            throws IOException {
        return createTemp(requireDir(dir), prefix, suffix == null ? ".tmp" : suffix, false);
    }

    /** Creates a new directory in the {@code java.io.tmpdir} directory named {@code prefix} and a random number. */
    public static Path createTempDirectory(String prefix, FileAttribute<?>... attrs) throws IOException {
        return createTemp(null, prefix, "", true);
    }

    /** {@link #createTempDirectory(String, FileAttribute[])} in {@code dir}. */
    public static Path createTempDirectory(Path dir, String prefix, FileAttribute<?>... attrs) throws IOException {
        return createTemp(requireDir(dir), prefix, "", true);
    }

    private static Path requireDir(Path dir) {
        if (dir == null) {
            throw new NullPointerException();
        }
        return dir;
    }

    /** The common part: names checked, a missing directory reported as NoSuchFileException naming the would-be file. */
    private static Path createTemp(Path dir, String prefix, String suffix, boolean directory) throws IOException {
        String p = prefix == null ? "" : prefix;
        if (!cortado.internal.TempFiles.isSingleName(p, suffix)) {
            throw new IllegalArgumentException("Invalid prefix or suffix");
        }
        Path in = dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"));
        if (!fileOf(in).isDirectory()) {
            throw new NoSuchFileException(in.resolve(p + "0" + suffix).toString());
        }
        File made = cortado.internal.TempFiles.create(fileOf(in), p, suffix, directory);
        if (made == null) {
            throw new FileSystemException(in.resolve(p + suffix).toString());
        }
        return in.resolve(made.getName());
    }

    /** Deletes the file or empty directory: NoSuchFileException or DirectoryNotEmptyException otherwise. */
    public static void delete(Path path) throws IOException {
        File f = fileOf(path);
        if (!f.exists()) {
            throw new NoSuchFileException(path.toString());
        }
        if (!f.delete()) {
            String[] entries = f.isDirectory() ? f.list() : null;
            if (entries != null && entries.length > 0) {
                throw new DirectoryNotEmptyException(path.toString());
            }
            throw new FileSystemException(path.toString());
        }
    }

    /** Deletes the file if it exists; whether it did. */
    public static boolean deleteIfExists(Path path) throws IOException {
        if (!fileOf(path).exists()) {
            return false;
        }
        delete(path);
        return true;
    }

    /** Copies a file's bytes to {@code target}. */
    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) {
            replace |= o == StandardCopyOption.REPLACE_EXISTING;
        }
        byte[] bytes = readAllBytes(source);
        if (!replace && fileOf(target).exists()) {
            throw new FileAlreadyExistsException(target.toString());
        }
        write(target, bytes);
        return target;
    }

    /** Renames {@code source} to {@code target}. */
    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) {
            replace |= o == StandardCopyOption.REPLACE_EXISTING;
        }
        if (!fileOf(source).exists()) {
            throw new NoSuchFileException(source.toString());
        }
        if (!replace && fileOf(target).exists()) {
            throw new FileAlreadyExistsException(target.toString());
        }
        if (!fileOf(source).renameTo(fileOf(target))) {
            throw new FileSystemException(source.toString(), target.toString(), null);
        }
        return target;
    }

    /** The entries of the directory (in the host's order). */
    public static Stream<Path> list(Path dir) throws IOException {
        File f = fileOf(dir);
        if (!f.exists()) {
            throw new NoSuchFileException(dir.toString());
        }
        String[] names = f.list();
        if (names == null) {
            throw new NotDirectoryException(dir.toString());
        }
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            paths.add(dir.resolve(name));
        }
        return paths.stream();
    }

    /** Copies everything from {@code in} to the file. */
    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        boolean replace = false;
        for (CopyOption o : options) {
            replace |= o == StandardCopyOption.REPLACE_EXISTING;
        }
        if (!replace && fileOf(target).exists()) {
            throw new FileAlreadyExistsException(target.toString());
        }
        byte[] bytes = in.readAllBytes();
        write(target, bytes);
        return bytes.length;
    }

    /** Keeps UncheckedIOException reachable for stream users. */
    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
