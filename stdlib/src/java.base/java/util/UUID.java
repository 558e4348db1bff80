package java.util;

/**
 * An immutable 128-bit universally unique identifier (RFC 4122). {@link #randomUUID} draws from a generator of its
 * own (a SplitMix64 sequence seeded from {@code System.nanoTime} and the identity of a fresh object), not a
 * cryptographically strong one; {@link #nameUUIDFromBytes} builds a version-3 UUID with an MD5 implemented here.
 * {@code compareTo} compares the two halves as signed values, as HotSpot 17 does.
 */
public final class UUID implements java.io.Serializable, Comparable<UUID> {
    private final long mostSigBits;
    private final long leastSigBits;

    private static long seed = System.nanoTime() ^ ((long) System.identityHashCode(new Object()) << 32);

    /** A UUID from its two halves. */
    public UUID(long mostSigBits, long leastSigBits) {
        this.mostSigBits = mostSigBits;
        this.leastSigBits = leastSigBits;
    }

    private static synchronized long nextRandom() {
        seed += 0x9E3779B97F4A7C15L;
        long z = seed;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A random (version 4, variant 2) UUID. */
    public static UUID randomUUID() {
        long msb = nextRandom();
        long lsb = nextRandom();
        msb = (msb & ~0xF000L) | 0x4000L;
        lsb = (lsb & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }

    /** The name-based (version 3) UUID of {@code name}: its MD5 digest with the version and variant set. */
    public static UUID nameUUIDFromBytes(byte[] name) {
        byte[] md5 = md5(name);
        md5[6] &= 0x0f;
        md5[6] |= 0x30;
        md5[8] &= 0x3f;
        md5[8] |= (byte) 0x80;
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (md5[i] & 0xff);
        }
        for (int i = 8; i < 16; i++) {
            lsb = (lsb << 8) | (md5[i] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    private static final int[] S = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};
    private static final int[] K = new int[64];

    static {
        for (int i = 0; i < 64; i++) {
            K[i] = (int) (long) Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296.0);
        }
    }

    /** The MD5 digest (RFC 1321) of {@code msg}. */
    static byte[] md5(byte[] msg) {
        int n = msg.length;
        int total = ((n + 8) / 64 + 1) * 64;
        byte[] p = Arrays.copyOf(msg, total);
        p[n] = (byte) 0x80;
        long bits = (long) n * 8;
        for (int i = 0; i < 8; i++) {
            p[total - 8 + i] = (byte) (bits >>> (8 * i));
        }
        int a0 = 0x67452301;
        int b0 = 0xefcdab89;
        int c0 = 0x98badcfe;
        int d0 = 0x10325476;
        int[] m = new int[16];
        for (int off = 0; off < total; off += 64) {
            for (int j = 0; j < 16; j++) {
                int q = off + 4 * j;
                m[j] = (p[q] & 0xff) | (p[q + 1] & 0xff) << 8 | (p[q + 2] & 0xff) << 16 | (p[q + 3] & 0xff) << 24;
            }
            int a = a0;
            int b = b0;
            int c = c0;
            int d = d0;
            for (int i = 0; i < 64; i++) {
                int f;
                int g;
                if (i < 16) {
                    f = (b & c) | (~b & d);
                    g = i;
                } else if (i < 32) {
                    f = (d & b) | (~d & c);
                    g = (5 * i + 1) & 15;
                } else if (i < 48) {
                    f = b ^ c ^ d;
                    g = (3 * i + 5) & 15;
                } else {
                    f = c ^ (b | ~d);
                    g = (7 * i) & 15;
                }
                f = f + a + K[i] + m[g];
                a = d;
                d = c;
                c = b;
                b = b + Integer.rotateLeft(f, S[(i >> 4) * 4 + (i & 3)]);
            }
            a0 += a;
            b0 += b;
            c0 += c;
            d0 += d;
        }
        byte[] out = new byte[16];
        int[] words = {a0, b0, c0, d0};
        for (int w = 0; w < 4; w++) {
            for (int i = 0; i < 4; i++) {
                out[4 * w + i] = (byte) (words[w] >>> (8 * i));
            }
        }
        return out;
    }

    /** Parses the form {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx} (shorter hex groups are accepted too). */
    public static UUID fromString(String name) {
        int len = name.length();
        if (len > 36) {
            throw new IllegalArgumentException("UUID string too large");
        }
        int dash1 = name.indexOf('-', 0);
        int dash2 = name.indexOf('-', dash1 + 1);
        int dash3 = name.indexOf('-', dash2 + 1);
        int dash4 = name.indexOf('-', dash3 + 1);
        int dash5 = name.indexOf('-', dash4 + 1);
        if (dash4 < 0 || dash5 >= 0) {
            throw new IllegalArgumentException("Invalid UUID string: " + name);
        }
        long msb = parseHex(name, 0, dash1) & 0xffffffffL;
        msb <<= 16;
        msb |= parseHex(name, dash1 + 1, dash2) & 0xffffL;
        msb <<= 16;
        msb |= parseHex(name, dash2 + 1, dash3) & 0xffffL;
        long lsb = parseHex(name, dash3 + 1, dash4) & 0xffffL;
        lsb <<= 48;
        lsb |= parseHex(name, dash4 + 1, len) & 0xffffffffffffL;
        return new UUID(msb, lsb);
    }

    private static NumberFormatException badHex(String s, int begin, int end, int at) {
        return new NumberFormatException("Error at index " + (at - begin) + " in: \"" + s.substring(begin, end) + "\"");
    }

    /** Parses {@code s[begin, end)} as a signed hexadecimal long, with the errors of HotSpot's range parser. */
    private static long parseHex(String s, int begin, int end) {
        if (begin >= end) {
            throw new NumberFormatException("");
        }
        boolean negative = false;
        int i = begin;
        long limit = -Long.MAX_VALUE;
        char first = s.charAt(i);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = Long.MIN_VALUE;
            } else if (first != '+') {
                throw badHex(s, begin, end, i);
            }
            i++;
            if (i == end) {
                throw badHex(s, begin, end, i);
            }
        }
        long multmin = limit / 16;
        long result = 0;
        while (i < end) {
            int digit = Character.digit(s.charAt(i), 16);
            if (digit < 0 || result < multmin) {
                throw badHex(s, begin, end, i);
            }
            result *= 16;
            if (result < limit + digit) {
                throw badHex(s, begin, end, i);
            }
            i++;
            result -= digit;
        }
        return negative ? result : -result;
    }

    /** The low 64 bits. */
    public long getLeastSignificantBits() {
        return leastSigBits;
    }

    /** The high 64 bits. */
    public long getMostSignificantBits() {
        return mostSigBits;
    }

    /** The version number (1 time-based, 2 DCE, 3 name-based, 4 random). */
    public int version() {
        return (int) ((mostSigBits >> 12) & 0x0f);
    }

    /** The variant number (2 for RFC 4122 UUIDs). */
    public int variant() {
        return (int) ((leastSigBits >>> (64 - (leastSigBits >>> 62))) & (leastSigBits >> 63));
    }

    private void requireTimeBased() {
        if (version() != 1) {
            throw new UnsupportedOperationException("Not a time-based UUID");
        }
    }

    /** The 60-bit timestamp of a version-1 UUID. */
    public long timestamp() {
        requireTimeBased();
        return (mostSigBits & 0x0FFFL) << 48 | ((mostSigBits >> 16) & 0x0FFFFL) << 32 | mostSigBits >>> 32;
    }

    /** The clock sequence of a version-1 UUID. */
    public int clockSequence() {
        requireTimeBased();
        return (int) ((leastSigBits & 0x3FFF000000000000L) >>> 48);
    }

    /** The node of a version-1 UUID. */
    public long node() {
        requireTimeBased();
        return leastSigBits & 0x0000FFFFFFFFFFFFL;
    }

    private static void hex(StringBuilder sb, long v, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            sb.append(Character.forDigit((int) ((v >>> (4 * i)) & 0xf), 16));
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(36);
        hex(sb, mostSigBits >>> 32, 8);
        sb.append('-');
        hex(sb, mostSigBits >>> 16, 4);
        sb.append('-');
        hex(sb, mostSigBits, 4);
        sb.append('-');
        hex(sb, leastSigBits >>> 48, 4);
        sb.append('-');
        hex(sb, leastSigBits, 12);
        return sb.toString();
    }

    @Override
    public int hashCode() {
        long hilo = mostSigBits ^ leastSigBits;
        return ((int) (hilo >> 32)) ^ (int) hilo;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof UUID)) {
            return false;
        }
        UUID id = (UUID) obj;
        return mostSigBits == id.mostSigBits && leastSigBits == id.leastSigBits;
    }

    @Override
    public int compareTo(UUID val) {
        int c = Long.compare(mostSigBits, val.mostSigBits);
        return c != 0 ? c : Long.compare(leastSigBits, val.leastSigBits);
    }
}
