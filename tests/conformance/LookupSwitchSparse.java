/** lookupswitch: sparse keys, huge magnitudes, negative keys, keys declared out of order. */
public class LookupSwitchSparse {
    static String classify(int k) {
        switch (k) {
            case 1000000: return "million";
            case -1000000: return "minus million";
            case 7: return "seven";
            case Integer.MIN_VALUE: return "min";
            case Integer.MAX_VALUE: return "max";
            case 0: return "zero";
            case 65536: return "2^16";
            case -1: return "minus one";
            case 1 << 30: return "2^30";
            default: return "?" + k;
        }
    }

    static int codes(long value) {
        switch ((int) (value % 1000)) {
            case 404: return 1;
            case 500: return 2;
            case 200: return 3;
            case -200: return 4;
            case 301: return 5;
            default: return 0;
        }
    }

    static int fallthrough(int k) {
        int r = 0;
        switch (k) {
            case 100:
                r += 1;
            case 5000:
                r += 10;
            case -300:
                r += 100;
                break;
            case 99999:
                r += 1000;
            default:
                r += 10000;
        }
        return r;
    }

    public static void main(String[] args) {
        int[] keys = {1000000, -1000000, 7, 8, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 65536, 65535, -1, 1 << 30,
            -(1 << 30), 6};
        for (int k : keys) {
            System.out.println(k + " -> " + classify(k));
        }
        long[] vs = {1404, 2500, 3200, -3200, 301, 302, 123456789404L};
        for (long v : vs) {
            System.out.print(codes(v) + " ");
        }
        System.out.println();
        int[] ft = {100, 5000, -300, 99999, 1, -1};
        for (int k : ft) {
            System.out.print(fallthrough(k) + " ");
        }
        System.out.println();
        int hits = 0;
        for (int i = -99900; i <= 99900; i += 37) {
            switch (i) {
                case -99900: case -37: case 0: case 37: case 99900: case 5: case 12321: case -12321:
                    hits++;
                    System.out.print(i + " ");
                    break;
                default:
                    break;
            }
        }
        System.out.println("hits " + hits);
    }
}
