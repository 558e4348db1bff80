package java.io;

/**
 * An output stream writing to a file descriptor (standard output or error) or to a file. A file is created or
 * truncated when opened; every write then appends straight to it through a native (opening it by name each
 * time), so nothing is held back and no host descriptor stays open.
 */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;
    /** The file's path, or null when writing a descriptor. */
    private final String path;
    private boolean closed;

    /** Writing to {@code fdObj}. */
    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
        this.path = null;
    }

    /** Writing the file {@code name}, replacing it. */
    public FileOutputStream(String name) throws FileNotFoundException {
        this(name == null ? null : new File(name), false);
    }

    /** Writing the file {@code name}, appending if {@code append}. */
    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name == null ? null : new File(name), append);
    }

    /** Writing {@code file}, replacing it. */
    public FileOutputStream(File file) throws FileNotFoundException {
        this(file, false);
    }

    /** Writing {@code file}, appending if {@code append}: FileNotFoundException ({@code path (reason)}). */
    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        if (file == null) {
            throw new NullPointerException();
        }
        this.fd = new FileDescriptor();
        this.path = file.getPath();
        try {
            File.write0(path, new byte[0], 0, 0, append);
        } catch (FileNotFoundException e) {
            throw e;
        } catch (IOException e) {
            throw new FileNotFoundException(e.getMessage());
        }
    }

    /**
     * Native: writes {@code len} bytes of {@code b} from {@code off} to descriptor {@code fd}, all of them
     * (retrying short writes); IOException on failure.
     */
    private static native void writeBytes(int fd, byte[] b, int off, int len) throws IOException;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        if (path != null) {
            if (closed) {
                throw new IOException("Stream Closed");
            }
            if (len > 0) {
                File.write0(path, b, off, len, true);
            }
            return;
        }
        writeBytes(fd.number(), b, off, len);
    }

    @Override
    public void close() throws IOException {
        closed = true;
    }

    /** The descriptor (an invalid one for a file). */
    public final FileDescriptor getFD() {
        return fd;
    }
}
