/** Labeled break and continue across for, while, do-while and blocks; loops exited from inside switch and try. */
public class LabeledBreakContinue {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        outer:
        for (int i = 0; i < 5; i++) {
            inner:
            for (int j = 0; j < 5; j++) {
                if (j > i) {
                    continue outer;
                }
                if (i + j == 6) {
                    break outer;
                }
                if ((i * j) % 3 == 2) {
                    continue inner;
                }
                sb.append(i).append(j).append(' ');
            }
        }
        System.out.println("for: " + sb);
        sb.setLength(0);
        int n = 0;
        search:
        while (true) {
            n++;
            int k = 0;
            do {
                k++;
                if (n * k == 12) {
                    sb.append("found ").append(n).append('x').append(k);
                    break search;
                }
            } while (k < n);
        }
        System.out.println("while/do: " + sb);
        int value = 0;
        block:
        {
            for (int i = 0; i < 100; i++) {
                value += i;
                if (value > 50) {
                    break block;
                }
            }
            value = -1;
        }
        System.out.println("block: " + value);
        int count = 0;
        rows:
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                switch ((r + c) % 3) {
                    case 0:
                        continue rows;
                    case 1:
                        count++;
                        break;
                    default:
                        count += 10;
                }
            }
        }
        System.out.println("switch inside: " + count);
        int tries = 0;
        retry:
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                tries++;
                if (attempt < 2) {
                    throw new IllegalStateException("attempt " + attempt);
                }
                break retry;
            } catch (IllegalStateException e) {
                continue retry;
            } finally {
                tries += 100;
            }
        }
        System.out.println("try inside: " + tries);
        long primes = 0;
        candidates:
        for (int p = 2; p < 200; p++) {
            for (int d = 2; d * d <= p; d++) {
                if (p % d == 0) {
                    continue candidates;
                }
            }
            primes += p;
        }
        System.out.println("prime sum below 200: " + primes);
    }
}
