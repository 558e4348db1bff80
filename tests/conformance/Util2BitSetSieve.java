import java.util.*;

/** BitSet at scale: a sieve to 100000, prime gaps, twin primes with and/shift, byte round trips. */
public class Util2BitSetSieve {
    public static void main(String[] args) {
        int n = 100000;
        BitSet composite = new BitSet(n + 1);
        composite.set(0, 2);
        for (int i = 2; (long) i * i <= n; i = composite.nextClearBit(i + 1)) {
            for (int j = i * i; j <= n; j += i) {
                composite.set(j);
            }
        }
        BitSet primes = (BitSet) composite.clone();
        primes.flip(0, n + 1);
        System.out.println(primes.cardinality() + " " + primes.length() + " " + primes.previousSetBit(n) + " " + primes.size());
        int maxGap = 0;
        int at = 0;
        for (int p = primes.nextSetBit(0), q; p >= 0 && (q = primes.nextSetBit(p + 1)) >= 0; p = q) {
            if (q - p > maxGap) {
                maxGap = q - p;
                at = p;
            }
        }
        System.out.println("gap " + maxGap + " after " + at);
        BitSet shifted = primes.get(2, n + 1);
        BitSet twins = (BitSet) primes.clone();
        twins.and(shifted);
        System.out.println("twins " + twins.cardinality() + " first " + twins.get(0, 100));
        byte[] bytes = primes.toByteArray();
        BitSet back = BitSet.valueOf(bytes);
        System.out.println(bytes.length + " " + back.equals(primes) + " " + Arrays.hashCode(bytes) + " " + primes.hashCode());
        long[] words = primes.toLongArray();
        System.out.println(words.length + " " + Long.toHexString(words[0]) + " " + BitSet.valueOf(words).equals(primes));
        BitSet evens = new BitSet();
        for (int i = 0; i <= n; i += 2) {
            evens.set(i);
        }
        System.out.println(evens.intersects(primes) + " " + evens.size());
        evens.andNot(primes);
        System.out.println(evens.cardinality() + " " + evens.nextSetBit(0));
        evens.xor(evens);
        System.out.println(evens.isEmpty() + " " + evens.length() + " " + evens);
        BitSet r = new BitSet();
        Random rnd = new Random(42);
        for (int i = 0; i < 1000; i++) {
            r.flip(rnd.nextInt(5000));
        }
        System.out.println(r.cardinality() + " " + r.length() + " " + r.hashCode());
        int c = 0;
        for (int i = r.previousSetBit(r.length()); i >= 0; i = r.previousSetBit(i - 1)) {
            c++;
        }
        System.out.println(c + " " + r.stream().filter(x -> x % 7 == 0).count());
    }
}
