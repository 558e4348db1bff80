package java.io;

/** An operating-system file descriptor: for now only the standard ones, 0, 1 and 2. */
public final class FileDescriptor {
    /** Standard input. */
    public static final FileDescriptor in = new FileDescriptor(0);
    /** Standard output. */
    public static final FileDescriptor out = new FileDescriptor(1);
    /** Standard error. */
    public static final FileDescriptor err = new FileDescriptor(2);

    /** The descriptor number, read by the I/O natives; -1 if invalid. */
    private final int fd;

    /** An invalid descriptor. */
    public FileDescriptor() {
        this(-1);
    }

    private FileDescriptor(int fd) {
        this.fd = fd;
    }

    int number() {
        return fd;
    }

    /** Whether the descriptor is valid. */
    public boolean valid() {
        return fd >= 0;
    }

    /** Nothing to synchronize: the standard streams are not buffered by the VM. */
    public void sync() throws SyncFailedException {
    }
}
