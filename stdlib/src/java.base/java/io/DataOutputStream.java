package java.io;

/** Writes Java primitives (big-endian) and modified UTF-8 strings to an output stream, counting the bytes. */
public class DataOutputStream extends FilterOutputStream implements DataOutput {
    /** The number of bytes written so far. */
    protected int written;

    /** Writing to {@code out}. */
    public DataOutputStream(OutputStream out) {
        super(out);
    }

    private void count(int n) {
        written += n;
        if (written < 0) {
            written = Integer.MAX_VALUE;
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        out.write(b);
        count(1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        count(len);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public final void writeBoolean(boolean v) throws IOException {
        write(v ? 1 : 0);
    }

    @Override
    public final void writeByte(int v) throws IOException {
        write(v);
    }

    @Override
    public final void writeShort(int v) throws IOException {
        write(new byte[] {(byte) (v >>> 8), (byte) v}, 0, 2);
    }

    @Override
    public final void writeChar(int v) throws IOException {
        writeShort(v);
    }

    @Override
    public final void writeInt(int v) throws IOException {
        write(new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v}, 0, 4);
    }

    @Override
    public final void writeLong(long v) throws IOException {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (56 - 8 * i));
        }
        write(b, 0, 8);
    }

    @Override
    public final void writeFloat(float v) throws IOException {
        writeInt(Float.floatToIntBits(v));
    }

    @Override
    public final void writeDouble(double v) throws IOException {
        writeLong(Double.doubleToLongBits(v));
    }

    @Override
    public final void writeBytes(String s) throws IOException {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) s.charAt(i);
        }
        write(b, 0, b.length);
    }

    @Override
    public final void writeChars(String s) throws IOException {
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) (c >>> 8);
            b[2 * i + 1] = (byte) c;
        }
        write(b, 0, b.length);
    }

    @Override
    public final void writeUTF(String s) throws IOException {
        int utflen = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            utflen += (c >= 1 && c < 0x80) ? 1 : c < 0x800 ? 2 : 3;
        }
        if (utflen > 65535) {
            throw new UTFDataFormatException("encoded string (" + s.substring(0, 8) + "..." + s.substring(s.length() - 8)
                    + ") too long: " + utflen + " bytes");
        }
        byte[] b = new byte[utflen + 2];
        b[0] = (byte) (utflen >>> 8);
        b[1] = (byte) utflen;
        int n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 1 && c < 0x80) {
                b[n++] = (byte) c;
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        write(b, 0, b.length);
    }

    /** The number of bytes written so far. */
    public final int size() {
        return written;
    }
}
