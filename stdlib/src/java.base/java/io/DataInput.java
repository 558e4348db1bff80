package java.io;

/** Reading Java primitives and modified UTF-8 strings from big-endian binary input. */
public interface DataInput {
    /** Fills {@code b} or throws EOFException. */
    void readFully(byte[] b) throws IOException;

    /** Reads exactly {@code len} bytes or throws EOFException. */
    void readFully(byte[] b, int off, int len) throws IOException;

    /** Skips up to {@code n} bytes. */
    int skipBytes(int n) throws IOException;

    /** One byte, non-zero meaning true. */
    boolean readBoolean() throws IOException;

    /** A signed byte. */
    byte readByte() throws IOException;

    /** An unsigned byte. */
    int readUnsignedByte() throws IOException;

    /** A big-endian short. */
    short readShort() throws IOException;

    /** A big-endian unsigned short. */
    int readUnsignedShort() throws IOException;

    /** A big-endian char. */
    char readChar() throws IOException;

    /** A big-endian int. */
    int readInt() throws IOException;

    /** A big-endian long. */
    long readLong() throws IOException;

    /** A float from its int bits. */
    float readFloat() throws IOException;

    /** A double from its long bits. */
    double readDouble() throws IOException;

    /** A line of Latin-1 bytes, or null at the end. */
    String readLine() throws IOException;

    /** A length-prefixed modified UTF-8 string. */
    String readUTF() throws IOException;
}
