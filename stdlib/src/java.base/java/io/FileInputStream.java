package java.io;

/**
 * An input stream reading from a file descriptor (standard input) or from a file. A file is read whole when
 * it is opened (through a native) and then served from memory, so no host descriptor stays open.
 */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;
    /** The file's contents, or null when reading a descriptor. */
    private byte[] data;
    private int pos;
    private boolean closed;

    /** Reading from {@code fdObj}. */
    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    /** Reading the file named {@code name}: FileNotFoundException ({@code name (reason)}) if it cannot be read. */
    public FileInputStream(String name) throws FileNotFoundException {
        this(name == null ? null : new File(name));
    }

    /** Reading {@code file}: FileNotFoundException ({@code path (reason)}) if it cannot be read. */
    public FileInputStream(File file) throws FileNotFoundException {
        if (file == null) {
            throw new NullPointerException();
        }
        this.fd = new FileDescriptor();
        this.data = File.readAll0(file.getPath());
    }

    /**
     * Native: reads up to {@code len} bytes from descriptor {@code fd} into {@code b} from {@code off}, blocking
     * until at least one is available; the number read, -1 at end of file; IOException on failure.
     */
    private static native int readBytes(int fd, byte[] b, int off, int len) throws IOException;

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream Closed");
        }
    }

    @Override
    public int read() throws IOException {
        ensureOpen();
        if (data != null) {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }
        byte[] one = new byte[1];
        int n = readBytes(fd.number(), one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) {
            return 0;
        }
        if (data != null) {
            int n = Math.min(len, data.length - pos);
            if (n <= 0) {
                return -1;
            }
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
        return readBytes(fd.number(), b, off, len);
    }

    @Override
    public byte[] readAllBytes() throws IOException {
        ensureOpen();
        if (data == null) {
            return super.readAllBytes();
        }
        byte[] rest = new byte[data.length - pos];
        System.arraycopy(data, pos, rest, 0, rest.length);
        pos = data.length;
        return rest;
    }

    @Override
    public long skip(long n) throws IOException {
        ensureOpen();
        if (data != null) {
            long k = Math.max(0, Math.min(n, data.length - pos));
            pos += (int) k;
            return k;
        }
        return super.skip(n);
    }

    @Override
    public int available() throws IOException {
        ensureOpen();
        return data != null ? data.length - pos : 0;
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
