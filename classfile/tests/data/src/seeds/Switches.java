package seeds;

/** Table and lookup switches, string and enum switches, wide locals, long and double arithmetic. */
public class Switches {
    enum Colour { RED, GREEN, BLUE }

    static final long BIG = 0x1234_5678_9abc_def0L;
    static final double HALF = 0.5;
    static final String GREETING = "h\u00e9llo \u0000 w\uD83D\uDE00rld";

    static int table(int x) {
        switch (x) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            case 4: return 14;
            default: return -1;
        }
    }

    static int lookup(int x) {
        switch (x) {
            case -1000000: return 1;
            case 7: return 2;
            case 65536: return 3;
            default: return 0;
        }
    }

    static int strings(String s) {
        return switch (s) {
            case "alpha" -> 1;
            case "beta", "gamma" -> 2;
            default -> s.length();
        };
    }

    static String colours(Colour c) {
        return switch (c) {
            case RED -> "r";
            case GREEN -> "g";
            case BLUE -> "b";
        };
    }

    static long wide(long a, double b) {
        int l0 = 0, l1 = 1, l2 = 2, l3 = 3, l4 = 4, l5 = 5, l6 = 6, l7 = 7, l8 = 8, l9 = 9;
        long[] many = new long[300];
        int i299 = 299;
        many[i299] = a;
        int x = l0 + l1 + l2 + l3 + l4 + l5 + l6 + l7 + l8 + l9;
        x += 1000;
        int[][] grid = new int[3][4];
        grid[1][2] = x;
        return many[i299] + (long) (b * x) + BIG + grid[1][2] + (long) HALF;
    }

    static int exceptions(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        } finally {
            System.out.println(GREETING);
        }
    }

    synchronized void locked() {
        synchronized (this) {
            notifyAll();
        }
    }
}
