package java.io;

import cortado.internal.Text;
import java.nio.charset.Charset;

/** A reader decoding the bytes of an input stream (UTF-8, ISO-8859-1 or US-ASCII; bad input becomes U+FFFD). */
public class InputStreamReader extends Reader {
    private final InputStream in;
    private final int charset;
    private final byte[] bytes = new byte[8192];
    private int bytePos;
    private int byteCount;
    /** A low surrogate still to be returned after its high surrogate. */
    private int pendingLow = -1;

    /** Decoding {@code in} in the default charset. */
    public InputStreamReader(InputStream in) {
        this(in, Text.defaultCharsetId());
    }

    /** Decoding {@code in} in the named charset. */
    public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {
        this(in, idOf(charsetName));
    }

    /** Decoding {@code in} in {@code cs}. */
    public InputStreamReader(InputStream in, Charset cs) {
        this(in, Text.charsetId(cs.name()));
    }

    private InputStreamReader(InputStream in, int charset) {
        super(in);
        this.in = in;
        this.charset = charset;
    }

    private static int idOf(String name) throws UnsupportedEncodingException {
        if (name == null) {
            throw new NullPointerException("charsetName");
        }
        int id = Text.charsetId(name);
        if (id < 0) {
            throw new UnsupportedEncodingException(name);
        }
        return id;
    }

    private int nextByte() throws IOException {
        if (bytePos >= byteCount) {
            int n = in.read(bytes, 0, bytes.length);
            if (n <= 0) {
                return -1;
            }
            bytePos = 0;
            byteCount = n;
        }
        return bytes[bytePos++] & 0xff;
    }

    private int peekByte() throws IOException {
        int b = nextByte();
        if (b >= 0) {
            bytePos--;
        }
        return b;
    }

    /** The next UTF-16 unit, or -1 at the end. */
    private int nextChar() throws IOException {
        if (pendingLow >= 0) {
            int c = pendingLow;
            pendingLow = -1;
            return c;
        }
        int b = nextByte();
        if (b < 0) {
            return -1;
        }
        if (charset == Text.ISO_8859_1) {
            return b;
        }
        if (b < 0x80) {
            return b;
        }
        if (charset == Text.US_ASCII) {
            return 0xFFFD;
        }
        int need;
        int cp;
        int min;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
            min = 0x10000;
        } else {
            return 0xFFFD;
        }
        for (int i = 0; i < need; i++) {
            int next = peekByte();
            if (next < 0 || (next & 0xC0) != 0x80) {
                return 0xFFFD;
            }
            nextByte();
            cp = (cp << 6) | (next & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return 0xFFFD;
        }
        if (cp >= 0x10000) {
            pendingLow = Character.lowSurrogate(cp);
            return Character.highSurrogate(cp);
        }
        return cp;
    }

    @Override
    public int read() throws IOException {
        synchronized (lock) {
            return nextChar();
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        synchronized (lock) {
            int c = nextChar();
            if (c < 0) {
                return -1;
            }
            cbuf[off] = (char) c;
            int n = 1;
            // Keep going only while decoded input is already at hand, so a read never blocks needlessly.
            while (n < len && (bytePos < byteCount || pendingLow >= 0)) {
                if (pendingLow < 0) {
                    // A run of ASCII bytes decodes to the same values in every supported charset.
                    int p = bytePos;
                    int o = off + n;
                    int end = Math.min(byteCount, p + len - n);
                    while (p < end && bytes[p] >= 0) {
                        cbuf[o++] = (char) bytes[p++];
                    }
                    bytePos = p;
                    n = o - off;
                    if (n == len || bytePos >= byteCount) {
                        break;
                    }
                }
                c = nextChar();
                if (c < 0) {
                    break;
                }
                cbuf[off + n++] = (char) c;
            }
            return n;
        }
    }

    @Override
    public boolean ready() throws IOException {
        return bytePos < byteCount || pendingLow >= 0 || in.available() > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
