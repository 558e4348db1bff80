package java.io;

import cortado.internal.Text;
import java.nio.charset.Charset;

/** An output stream collecting bytes in a growing array. */
public class ByteArrayOutputStream extends OutputStream {
    /** The bytes written so far (and spare room). */
    protected byte[] buf;
    /** The number of bytes written. */
    protected int count;

    /** With room for 32 bytes. */
    public ByteArrayOutputStream() {
        this(32);
    }

    /** With room for {@code size} bytes. */
    public ByteArrayOutputStream(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("Negative initial size: " + size);
        }
        buf = new byte[size];
    }

    private void ensureCapacity(int min) {
        if (min > buf.length) {
            int grown = Math.max(min, buf.length * 2);
            byte[] bigger = new byte[grown];
            System.arraycopy(buf, 0, bigger, 0, count);
            buf = bigger;
        }
    }

    @Override
    public synchronized void write(int b) {
        ensureCapacity(count + 1);
        buf[count++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        checkFromIndexSize(off, len, b.length);
        ensureCapacity(count + len);
        System.arraycopy(b, off, buf, count, len);
        count += len;
    }

    /** Writes all of {@code b}. */
    public void writeBytes(byte[] b) {
        write(b, 0, b.length);
    }

    /** Writes the collected bytes to {@code out}. */
    public synchronized void writeTo(OutputStream out) throws IOException {
        out.write(buf, 0, count);
    }

    /** Forgets the bytes written. */
    public synchronized void reset() {
        count = 0;
    }

    /** A copy of the bytes written. */
    public synchronized byte[] toByteArray() {
        byte[] copy = new byte[count];
        System.arraycopy(buf, 0, copy, 0, count);
        return copy;
    }

    /** The number of bytes written. */
    public synchronized int size() {
        return count;
    }

    /** The bytes decoded in the default charset. */
    @Override
    public synchronized String toString() {
        return new String(Text.decode(buf, 0, count, Text.defaultCharsetId()));
    }

    /** The bytes decoded in the named charset. */
    public synchronized String toString(String charsetName) throws UnsupportedEncodingException {
        int id = Text.charsetId(charsetName);
        if (id < 0) {
            throw new UnsupportedEncodingException(charsetName);
        }
        return new String(Text.decode(buf, 0, count, id));
    }

    /** The bytes decoded in {@code charset}. */
    public synchronized String toString(Charset charset) {
        return new String(Text.decode(buf, 0, count, Text.charsetId(charset.name())));
    }

    @Override
    public void close() throws IOException {
    }
}
