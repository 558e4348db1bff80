import java.util.function.IntUnaryOperator;

/** Test data for the disassembler. */
public class Sample implements Runnable {
    private static final long BIG = 1234567890123L;
    protected int count;
    static String[] names = {"a", "b"};

    public static void main(String[] args) {
        IntUnaryOperator twice = x -> x * 2;
        String s = "n=" + args.length + "!";
        System.out.println(s + twice.applyAsInt(21));
        long t = BIG + args.length;
        System.out.println(t);
    }

    int pick(int k) {
        switch (k) {
            case 1: return 10;
            case 2: return 20;
            case 3: return 30;
            default: return -1;
        }
    }

    int sparse(int k) {
        switch (k) {
            case 1: return 1;
            case 100: return 2;
            case 10000: return 3;
            default: return 0;
        }
    }

    double safeDiv(int a, int b) {
        try {
            return a / b;
        } catch (ArithmeticException e) {
            return Double.NaN;
        } finally {
            count++;
        }
    }

    public void run() {
        int[] xs = new int[3];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i * count;
        }
        count = xs[2];
    }
}
