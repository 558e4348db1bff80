/** long opcodes: land/lor/lxor/lneg, lcmp in branches, long loop counters, mixing int and long in bit manipulation. */
public class LongBitwise {
    static long id(long v) {
        return v;
    }

    public static void main(String[] args) {
        long a = id(0xF0F0_F0F0_F0F0_F0F0L), b = id(0x0FF0_0FF0_0FF0_0FF0L);
        System.out.println("and " + Long.toHexString(a & b) + " or " + Long.toHexString(a | b) + " xor " + Long.toHexString(a ^ b)
            + " not " + Long.toHexString(~a) + " neg " + (-a));
        int i = -1;
        long widened = i;
        long masked = i & 0xFFFFFFFFL;
        System.out.println("sign extension " + widened + " unsigned widen " + masked);
        long mix = (long) i << 32 | 5;
        System.out.println("high/low " + Long.toHexString(mix) + " high " + (int) (mix >>> 32) + " low " + (int) mix);
        long x = 0x123456789ABCDEFL;
        long popcount = 0;
        for (long t = x; t != 0; t &= t - 1) {
            popcount++;
        }
        System.out.println("popcount " + popcount + " vs " + Long.bitCount(x));
        long h = 0xcbf29ce484222325L;
        String s = "conformance";
        for (int k = 0; k < s.length(); k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        System.out.println("fnv1a " + h + " hex " + Long.toHexString(h));
        long xs = 88172645463325252L;
        for (int k = 0; k < 5; k++) {
            xs ^= xs << 13;
            xs ^= xs >>> 7;
            xs ^= xs << 17;
            System.out.print(xs + " ");
        }
        System.out.println();
        int less = 0, greater = 0, equal = 0;
        long[] vals = {Long.MIN_VALUE, -1L, 0L, 1L, Long.MAX_VALUE, 1L << 32, -(1L << 32)};
        for (long p : vals) {
            for (long q : vals) {
                if (p < q) less++;
                else if (p > q) greater++;
                else equal++;
            }
        }
        System.out.println("lcmp counts " + less + " " + greater + " " + equal);
        long count = 0;
        for (long k = 0; k < 3_000_000_000L; k += 1_000_000_007L) {
            count++;
        }
        System.out.println("long loop iterations " + count);
        boolean p = true, q = false;
        System.out.println("boolean ops " + (p & q) + " " + (p | q) + " " + (p ^ q) + " " + (!p) + " " + (p ^ true) + " "
            + (p && !q || q));
        int bits = 0;
        for (int k = 0; k < 64; k += 9) {
            bits |= (int) ((x >>> k) & 1) << (k / 9);
        }
        System.out.println("extracted bits " + Integer.toBinaryString(bits));
    }
}
