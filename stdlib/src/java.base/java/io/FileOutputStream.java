package java.io;

/** An output stream writing to a file descriptor; for now only the standard ones (no opening of files). */
public class FileOutputStream extends OutputStream {
    private final FileDescriptor fd;

    /** Writing to {@code fdObj}. */
    public FileOutputStream(FileDescriptor fdObj) {
        if (fdObj == null) {
            throw new NullPointerException();
        }
        this.fd = fdObj;
    }

    /** Opening files is not supported yet: always FileNotFoundException. */
    public FileOutputStream(String name) throws FileNotFoundException {
        throw new FileNotFoundException(name + " (opening files is not supported by Cortado yet)");
    }

    /**
     * Native: writes {@code len} bytes of {@code b} from {@code off} to descriptor {@code fd}, all of them
     * (retrying short writes); IOException on failure.
     */
    private static native void writeBytes(int fd, byte[] b, int off, int len) throws IOException;

    @Override
    public void write(int b) throws IOException {
        writeBytes(fd.number(), new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        writeBytes(fd.number(), b, off, len);
    }

    /** The descriptor. */
    public final FileDescriptor getFD() {
        return fd;
    }
}
