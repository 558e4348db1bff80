package java.io;

/** Writing Java primitives and modified UTF-8 strings as big-endian binary output. */
public interface DataOutput {
    /** One byte. */
    void write(int b) throws IOException;

    /** All of {@code b}. */
    void write(byte[] b) throws IOException;

    /** {@code len} bytes of {@code b} from {@code off}. */
    void write(byte[] b, int off, int len) throws IOException;

    /** 1 or 0. */
    void writeBoolean(boolean v) throws IOException;

    /** The low byte. */
    void writeByte(int v) throws IOException;

    /** The low two bytes, big-endian. */
    void writeShort(int v) throws IOException;

    /** A char, big-endian. */
    void writeChar(int v) throws IOException;

    /** Four bytes, big-endian. */
    void writeInt(int v) throws IOException;

    /** Eight bytes, big-endian. */
    void writeLong(long v) throws IOException;

    /** The float's int bits. */
    void writeFloat(float v) throws IOException;

    /** The double's long bits. */
    void writeDouble(double v) throws IOException;

    /** The low byte of each char. */
    void writeBytes(String s) throws IOException;

    /** Each char as two bytes. */
    void writeChars(String s) throws IOException;

    /** Two length bytes, then modified UTF-8. */
    void writeUTF(String s) throws IOException;
}
