/** Loop shapes: do-while, multi-variable for, empty bodies, while(true) with break, nested loop counters, loop-carried longs. */
public class LoopForms {
    public static void main(String[] args) {
        int i = 0;
        do {
            i += 3;
        } while (i < 10);
        System.out.println("do-while " + i);
        int once = 0;
        do {
            once++;
        } while (false);
        System.out.println("do-while runs once " + once);
        StringBuilder sb = new StringBuilder();
        for (int a = 0, b = 10; a < b; a += 2, b--) {
            sb.append(a).append(':').append(b).append(' ');
        }
        System.out.println("two vars " + sb);
        int k;
        for (k = 0; k < 1000 && k * k < 500; k++) {
        }
        System.out.println("empty body stops at " + k);
        int n = 27, steps = 0;
        while (true) {
            if (n == 1) {
                break;
            }
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("while(true) steps " + steps);
        long acc = 0;
        for (int x = 0; x < 100; x++) {
            for (int y = x; y < 100; y += 7) {
                for (int z = 0; z < 3; z++) {
                    acc += (long) x * y - z;
                }
            }
        }
        System.out.println("nested acc " + acc);
        int down = 0;
        for (int x = 10; x-- > 0; ) {
            down += x;
        }
        System.out.println("post-decrement condition " + down);
        char[] letters = new char[26];
        int idx = 0;
        for (char c = 'z'; c >= 'a'; c--) {
            letters[idx++] = c;
        }
        System.out.println("char loop " + new String(letters));
        double d = 1.0;
        int halvings = 0;
        while (d > 0) {
            d /= 2;
            halvings++;
        }
        System.out.println("halvings to zero " + halvings);
        float f = 0f;
        int fcount = 0;
        for (float g = 0f; g < 1f; g += 0.1f) {
            fcount++;
            f = g;
        }
        System.out.println("float loop count " + fcount + " last " + f);
        long big = 0;
        for (long L = Long.MAX_VALUE - 5; L > 0 && L <= Long.MAX_VALUE - 1; L++) {
            big++;
        }
        System.out.println("long near max iterations " + big);
        int[] arr = {3, 1, 4, 1, 5, 9, 2, 6};
        int pos = 0;
        while (pos < arr.length && arr[pos] != 9) {
            pos++;
        }
        System.out.println("found 9 at " + pos);
    }
}
