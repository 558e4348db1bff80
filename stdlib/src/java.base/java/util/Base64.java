package java.util;

/**
 * Base64 encoders and decoders (RFC 4648 and RFC 2045): the basic alphabet, the URL- and file-name-safe alphabet,
 * and MIME (76-character lines separated by CRLF; the MIME decoder skips characters outside the alphabet).
 * Decoding errors carry HotSpot's messages. {@code wrap} streams encode as they go; a wrapped decoding stream
 * reads and decodes its whole source on the first read. The {@code ByteBuffer} forms are not provided.
 */
public class Base64 {
    private Base64() {
    }

    private static final char[] BASIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    private static final char[] URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final int[] FROM_BASIC = inverse(BASIC);
    private static final int[] FROM_URL = inverse(URL);
    private static final byte[] CRLF = {'\r', '\n'};

    private static int[] inverse(char[] alphabet) {
        int[] r = new int[256];
        Arrays.fill(r, -1);
        for (int i = 0; i < alphabet.length; i++) {
            r[alphabet[i]] = i;
        }
        r['='] = -2;
        return r;
    }

    /** The basic encoder. */
    public static Encoder getEncoder() {
        return new Encoder(false, null, -1, true);
    }

    /** The URL and file-name safe encoder. */
    public static Encoder getUrlEncoder() {
        return new Encoder(true, null, -1, true);
    }

    /** The MIME encoder: 76-character lines separated by CRLF. */
    public static Encoder getMimeEncoder() {
        return new Encoder(false, CRLF, 76, true);
    }

    /** A MIME encoder with lines of {@code lineLength} (rounded down to a multiple of 4) and the given separator. */
    public static Encoder getMimeEncoder(int lineLength, byte[] lineSeparator) {
        Objects.requireNonNull(lineSeparator);
        for (byte b : lineSeparator) {
            if (FROM_BASIC[b & 0xff] != -1) {
                throw new IllegalArgumentException(
                    "Illegal base64 line separator character 0x" + Integer.toString(b, 16));
            }
        }
        lineLength = lineLength >> 2 << 2;
        if (lineLength <= 0) {
            return getEncoder();
        }
        return new Encoder(false, lineSeparator.clone(), lineLength, true);
    }

    /** The basic decoder. */
    public static Decoder getDecoder() {
        return new Decoder(false, false);
    }

    /** The URL and file-name safe decoder. */
    public static Decoder getUrlDecoder() {
        return new Decoder(true, false);
    }

    /** The MIME decoder, which ignores characters outside the alphabet. */
    public static Decoder getMimeDecoder() {
        return new Decoder(false, true);
    }

    /** Encodes bytes to Base64. */
    public static class Encoder {
        private final boolean isURL;
        private final byte[] newline;
        private final int linemax;
        private final boolean doPadding;

        private Encoder(boolean isURL, byte[] newline, int linemax, boolean doPadding) {
            this.isURL = isURL;
            this.newline = newline;
            this.linemax = linemax;
            this.doPadding = doPadding;
        }

        private int outLength(int len) {
            int n;
            if (doPadding) {
                n = 4 * ((len + 2) / 3);
            } else {
                int rem = len % 3;
                n = 4 * (len / 3) + (rem == 0 ? 0 : rem + 1);
            }
            if (linemax > 0 && n > 0) {
                n += (n - 1) / linemax * newline.length;
            }
            return n;
        }

        /** The encoding of {@code src} as a new array. */
        public byte[] encode(byte[] src) {
            byte[] dst = new byte[outLength(src.length)];
            int n = encode0(src, dst);
            return n == dst.length ? dst : Arrays.copyOf(dst, n);
        }

        /** Encodes {@code src} into {@code dst}, returning the number of bytes written. */
        public int encode(byte[] src, byte[] dst) {
            if (dst.length < outLength(src.length)) {
                throw new IllegalArgumentException("Output byte array is too small for encoding all input bytes");
            }
            return encode0(src, dst);
        }

        /** The encoding of {@code src} as a string. */
        public String encodeToString(byte[] src) {
            byte[] e = encode(src);
            char[] c = new char[e.length];
            for (int i = 0; i < e.length; i++) {
                c[i] = (char) (e[i] & 0xff);
            }
            return new String(c);
        }

        /** An encoder like this one that adds no padding. */
        public Encoder withoutPadding() {
            if (!doPadding) {
                return this;
            }
            return new Encoder(isURL, newline, linemax, false);
        }

        /** A stream that encodes what is written to it onto {@code os}; {@code close} writes the last unit. */
        public java.io.OutputStream wrap(final java.io.OutputStream os) {
            Objects.requireNonNull(os);
            return new java.io.OutputStream() {
                private final byte[] pending = new byte[3];
                private int npending;
                private int col;
                private boolean closed;

                @Override
                public void write(int b) throws java.io.IOException {
                    if (closed) {
                        throw new java.io.IOException("Stream is closed");
                    }
                    pending[npending++] = (byte) b;
                    if (npending == 3) {
                        emit(3);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) throws java.io.IOException {
                    if (off < 0 || len < 0 || len > b.length - off) {
                        throw new ArrayIndexOutOfBoundsException();
                    }
                    for (int i = 0; i < len; i++) {
                        write(b[off + i]);
                    }
                }

                private void emit(int n) throws java.io.IOException {
                    if (linemax > 0 && col == linemax) {
                        os.write(newline);
                        col = 0;
                    }
                    byte[] out = encode0Unit(pending, n);
                    os.write(out);
                    col += 4;
                    npending = 0;
                }

                @Override
                public void close() throws java.io.IOException {
                    if (!closed) {
                        closed = true;
                        if (npending > 0) {
                            emit(npending);
                        }
                        os.close();
                    }
                }
            };
        }

        private byte[] encode0Unit(byte[] unit, int n) {
            byte[] dst = new byte[4];
            int k = new Encoder(isURL, null, -1, doPadding).encode0(Arrays.copyOf(unit, n), dst);
            return Arrays.copyOf(dst, k);
        }

        private int encode0(byte[] src, byte[] dst) {
            char[] alphabet = isURL ? URL : BASIC;
            int dp = 0;
            int col = 0;
            int sp = 0;
            int len = src.length;
            while (sp < len) {
                int n = Math.min(3, len - sp);
                int bits = (src[sp] & 0xff) << 16;
                if (n > 1) {
                    bits |= (src[sp + 1] & 0xff) << 8;
                }
                if (n > 2) {
                    bits |= src[sp + 2] & 0xff;
                }
                sp += n;
                if (linemax > 0 && col == linemax) {
                    for (byte b : newline) {
                        dst[dp++] = b;
                    }
                    col = 0;
                }
                dst[dp++] = (byte) alphabet[(bits >>> 18) & 0x3f];
                dst[dp++] = (byte) alphabet[(bits >>> 12) & 0x3f];
                if (n > 1) {
                    dst[dp++] = (byte) alphabet[(bits >>> 6) & 0x3f];
                } else if (doPadding) {
                    dst[dp++] = '=';
                }
                if (n > 2) {
                    dst[dp++] = (byte) alphabet[bits & 0x3f];
                } else if (doPadding) {
                    dst[dp++] = '=';
                }
                col += 4;
            }
            return dp;
        }
    }

    /** Decodes Base64 to bytes. */
    public static class Decoder {
        private final boolean isURL;
        private final boolean isMIME;

        private Decoder(boolean isURL, boolean isMIME) {
            this.isURL = isURL;
            this.isMIME = isMIME;
        }

        /** The bytes {@code src} encodes. */
        public byte[] decode(byte[] src) {
            byte[] dst = new byte[outLength(src, 0, src.length)];
            int n = decode0(src, 0, src.length, dst);
            return n == dst.length ? dst : Arrays.copyOf(dst, n);
        }

        /** The bytes {@code src} (ISO-8859-1 characters) encodes. */
        public byte[] decode(String src) {
            byte[] b = new byte[src.length()];
            for (int i = 0; i < b.length; i++) {
                char c = src.charAt(i);
                b[i] = c < 256 ? (byte) c : (byte) '?';
            }
            return decode(b);
        }

        /** Decodes {@code src} into {@code dst}, returning the number of bytes written. */
        public int decode(byte[] src, byte[] dst) {
            int len = outLength(src, 0, src.length);
            if (dst.length < len || len == -1) {
                throw new IllegalArgumentException("Output byte array is too small for decoding all input bytes");
            }
            return decode0(src, 0, src.length, dst);
        }

        /** A stream of the bytes {@code is} encodes (the whole source is read and decoded on the first read). */
        public java.io.InputStream wrap(final java.io.InputStream is) {
            Objects.requireNonNull(is);
            return new java.io.InputStream() {
                private byte[] data;
                private int pos;
                private boolean closed;

                private void load() throws java.io.IOException {
                    if (closed) {
                        throw new java.io.IOException("Stream is closed");
                    }
                    if (data == null) {
                        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
                        byte[] chunk = new byte[4096];
                        int n;
                        while ((n = is.read(chunk, 0, chunk.length)) > 0) {
                            all.write(chunk, 0, n);
                        }
                        try {
                            data = decode(all.toByteArray());
                        } catch (IllegalArgumentException e) {
                            throw new java.io.IOException(e.getMessage());
                        }
                    }
                }

                @Override
                public int read() throws java.io.IOException {
                    load();
                    return pos < data.length ? data[pos++] & 0xff : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) throws java.io.IOException {
                    load();
                    if (len == 0) {
                        return 0;
                    }
                    if (pos >= data.length) {
                        return -1;
                    }
                    int n = Math.min(len, data.length - pos);
                    System.arraycopy(data, pos, b, off, n);
                    pos += n;
                    return n;
                }

                @Override
                public int available() throws java.io.IOException {
                    load();
                    return data.length - pos;
                }

                @Override
                public void close() throws java.io.IOException {
                    if (!closed) {
                        closed = true;
                        is.close();
                    }
                }
            };
        }

        private int outLength(byte[] src, int sp, int sl) {
            int[] base64 = isURL ? FROM_URL : FROM_BASIC;
            int paddings = 0;
            int len = sl - sp;
            if (len == 0) {
                return 0;
            }
            if (len < 2) {
                if (isMIME) {
                    return 0;
                }
                throw new IllegalArgumentException("Input byte[] should at least have 2 bytes for base64 bytes");
            }
            if (isMIME) {
                int n = 0;
                while (sp < sl) {
                    int b = src[sp++] & 0xff;
                    if (b == '=') {
                        len -= (sl - sp + 1);
                        break;
                    }
                    if (base64[b] == -1) {
                        n++;
                    }
                }
                len -= n;
            } else if (src[sl - 1] == '=') {
                paddings++;
                if (src[sl - 2] == '=') {
                    paddings++;
                }
            }
            if (paddings == 0 && (len & 3) != 0) {
                paddings = 4 - (len & 3);
            }
            return 3 * (int) ((len + 3L) / 4) - paddings;
        }

        private int decode0(byte[] src, int sp, int sl, byte[] dst) {
            int[] base64 = isURL ? FROM_URL : FROM_BASIC;
            int dp = 0;
            int bits = 0;
            int shiftto = 18;
            while (sp < sl) {
                int b = src[sp++] & 0xff;
                if ((b = base64[b]) < 0) {
                    if (b == -2) {
                        if (shiftto == 6 && (sp == sl || src[sp++] != '=') || shiftto == 18) {
                            throw new IllegalArgumentException("Input byte array has wrong 4-byte ending unit");
                        }
                        break;
                    }
                    if (isMIME) {
                        continue;
                    }
                    throw new IllegalArgumentException(
                        "Illegal base64 character " + Integer.toString(src[sp - 1], 16));
                }
                bits |= b << shiftto;
                shiftto -= 6;
                if (shiftto < 0) {
                    dst[dp++] = (byte) (bits >> 16);
                    dst[dp++] = (byte) (bits >> 8);
                    dst[dp++] = (byte) bits;
                    shiftto = 18;
                    bits = 0;
                }
            }
            if (shiftto == 6) {
                dst[dp++] = (byte) (bits >> 16);
            } else if (shiftto == 0) {
                dst[dp++] = (byte) (bits >> 16);
                dst[dp++] = (byte) (bits >> 8);
            } else if (shiftto == 12) {
                throw new IllegalArgumentException("Last unit does not have enough valid bits");
            }
            while (sp < sl) {
                if (isMIME && base64[src[sp++] & 0xff] < 0) {
                    continue;
                }
                throw new IllegalArgumentException("Input byte array has incorrect ending byte at " + sp);
            }
            return dp;
        }
    }
}
