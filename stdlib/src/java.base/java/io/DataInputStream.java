package java.io;

/** Reads Java primitives (big-endian) and modified UTF-8 strings from an input stream. */
public class DataInputStream extends FilterInputStream implements DataInput {
    /** Reading {@code in}. */
    public DataInputStream(InputStream in) {
        super(in);
    }

    @Override
    public final int read(byte[] b) throws IOException {
        return in.read(b, 0, b.length);
    }

    @Override
    public final int read(byte[] b, int off, int len) throws IOException {
        return in.read(b, off, len);
    }

    @Override
    public final void readFully(byte[] b) throws IOException {
        readFully(b, 0, b.length);
    }

    @Override
    public final void readFully(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        int done = 0;
        while (done < len) {
            int n = in.read(b, off + done, len - done);
            if (n < 0) {
                throw new EOFException();
            }
            done += n;
        }
    }

    @Override
    public final int skipBytes(int n) throws IOException {
        int done = 0;
        while (done < n) {
            long k = in.skip(n - done);
            if (k <= 0) {
                break;
            }
            done += (int) k;
        }
        return done;
    }

    private int next() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    @Override
    public final boolean readBoolean() throws IOException {
        return next() != 0;
    }

    @Override
    public final byte readByte() throws IOException {
        return (byte) next();
    }

    @Override
    public final int readUnsignedByte() throws IOException {
        return next();
    }

    @Override
    public final short readShort() throws IOException {
        return (short) readUnsignedShort();
    }

    @Override
    public final int readUnsignedShort() throws IOException {
        int hi = next();
        int lo = next();
        return (hi << 8) | lo;
    }

    @Override
    public final char readChar() throws IOException {
        return (char) readUnsignedShort();
    }

    @Override
    public final int readInt() throws IOException {
        int a = next();
        int b = next();
        int c = next();
        int d = next();
        return (a << 24) | (b << 16) | (c << 8) | d;
    }

    @Override
    public final long readLong() throws IOException {
        long hi = readInt();
        long lo = readInt() & 0xFFFFFFFFL;
        return (hi << 32) | lo;
    }

    @Override
    public final float readFloat() throws IOException {
        return Float.intBitsToFloat(readInt());
    }

    @Override
    public final double readDouble() throws IOException {
        return Double.longBitsToDouble(readLong());
    }

    /** A line of Latin-1 bytes ended by LF, CR or CR LF; null at the end. Deprecated in the API. */
    @Override
    @Deprecated
    public final String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (c == '\r') {
                break;
            }
            sb.append((char) c);
            c = in.read();
        }
        return sb.toString();
    }

    @Override
    public final String readUTF() throws IOException {
        return readUTF(this);
    }

    /** Reads a length-prefixed modified UTF-8 string from {@code in}. */
    public static final String readUTF(DataInput in) throws IOException {
        int length = in.readUnsignedShort();
        byte[] bytes = new byte[length];
        in.readFully(bytes, 0, length);
        char[] chars = new char[length];
        int n = 0;
        int i = 0;
        while (i < length) {
            int a = bytes[i] & 0xff;
            if (a < 0x80) {
                chars[n++] = (char) a;
                i++;
            } else if ((a & 0xE0) == 0xC0) {
                if (i + 1 >= length) {
                    throw new UTFDataFormatException("malformed input: partial character at end");
                }
                int b = bytes[i + 1] & 0xff;
                if ((b & 0xC0) != 0x80) {
                    throw new UTFDataFormatException("malformed input around byte " + (i + 1));
                }
                chars[n++] = (char) (((a & 0x1F) << 6) | (b & 0x3F));
                i += 2;
            } else if ((a & 0xF0) == 0xE0) {
                if (i + 2 >= length) {
                    throw new UTFDataFormatException("malformed input: partial character at end");
                }
                int b = bytes[i + 1] & 0xff;
                int c = bytes[i + 2] & 0xff;
                if ((b & 0xC0) != 0x80 || (c & 0xC0) != 0x80) {
                    throw new UTFDataFormatException("malformed input around byte " + (i + 1));
                }
                chars[n++] = (char) (((a & 0x0F) << 12) | ((b & 0x3F) << 6) | (c & 0x3F));
                i += 3;
            } else {
                throw new UTFDataFormatException("malformed input around byte " + i);
            }
        }
        return new String(chars, 0, n);
    }
}
