package seeds;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** Loops, nested control flow, arrays of every primitive type and an iterator. */
public final class Loops implements Iterable<Integer> {
    private final int n;

    public Loops(int n) { this.n = n; }

    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            int i;
            public boolean hasNext() { return i < n; }
            public Integer next() {
                if (!hasNext()) throw new NoSuchElementException();
                return i++;
            }
        };
    }

    static int primes(int limit) {
        boolean[] composite = new boolean[limit + 1];
        int count = 0;
        outer:
        for (int i = 2; i <= limit; i++) {
            if (composite[i]) continue;
            count++;
            for (long j = (long) i * i; j <= limit; j += i) {
                composite[(int) j] = true;
                if (count > 1_000_000) break outer;
            }
        }
        return count;
    }

    static float mix(byte[] b, short[] s, char[] c, float[] f, double[] d) {
        float acc = 0f;
        int k = 0;
        do {
            acc += b[k] + s[k] + c[k] + f[k] + (float) d[k];
            k++;
        } while (k < b.length && k < 4);
        while (acc > 100f) acc /= 2;
        return acc > 0 ? acc : -acc;
    }

    static int shifts(int a, long b) {
        return (a << 3) ^ (a >>> 2) ^ (int) (b >> 5) ^ (a % 7) ^ ~a;
    }
}
