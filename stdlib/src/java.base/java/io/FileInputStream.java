package java.io;

/** An input stream reading from a file descriptor; for now only standard input (no opening of files). */
public class FileInputStream extends InputStream {
    private final FileDescriptor fd;

    /** Reading from {@code fdObj}. */
    public FileInputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    /** Opening files is not supported yet: always FileNotFoundException. */
    public FileInputStream(String name) throws FileNotFoundException {
        throw new FileNotFoundException(name + " (opening files is not supported by Cortado yet)");
    }

    /**
     * Native: reads up to {@code len} bytes from descriptor {@code fd} into {@code b} from {@code off}, blocking
     * until at least one is available; the number read, -1 at end of file; IOException on failure.
     */
    private static native int readBytes(int fd, byte[] b, int off, int len) throws IOException;

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = readBytes(fd.number(), one, 0, 1);
        return n <= 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        return readBytes(fd.number(), b, off, len);
    }

    /** The descriptor. */
    public final FileDescriptor getFD() {
        return fd;
    }
}
