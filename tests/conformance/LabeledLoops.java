/** Control flow: labeled break and continue, do-while, loops with several variables, early exits. */
public class LabeledLoops {
    public static void main(String[] args) {
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) {
                    continue outer;
                }
                if (i == 3) {
                    break outer;
                }
                System.out.print(i + "" + j + " ");
            }
        }
        System.out.println();
        int found = -1;
        search:
        {
            for (int i = 2; i < 100; i++) {
                if (i * i > 200 && i % 7 == 0) {
                    found = i;
                    break search;
                }
            }
            System.out.println("not reached when found");
        }
        System.out.println("found = " + found);
        int n = 0;
        do {
            n += 3;
        } while (n < 10);
        System.out.println("do-while n = " + n);
        int runs = 0;
        do {
            runs++;
        } while (false);
        System.out.println("do-while(false) runs = " + runs);
        StringBuilder sb = new StringBuilder();
        for (int i = 0, j = 10; i < j; i += 2, j--) {
            sb.append(i).append(':').append(j).append(' ');
        }
        System.out.println("two variables: " + sb);
        int count = 0;
        rows:
        while (true) {
            int col = 0;
            while (true) {
                count++;
                if (++col == 4) {
                    continue rows;
                }
                if (count > 20) {
                    break rows;
                }
            }
        }
        System.out.println("nested while count = " + count);
        int w = 100;
        while (w > 1) {
            w = w % 2 == 0 ? w / 2 : w - 1;
            if (w == 13) {
                continue;
            }
            System.out.print(w + " ");
        }
        System.out.println();
        long iterations = 0;
        for (int a = 0; a < 50; a++) {
            for (int b = a; b < 50; b++) {
                if ((a + b) % 5 == 0) {
                    continue;
                }
                iterations += a ^ b;
            }
        }
        System.out.println("iterations = " + iterations);
    }
}
