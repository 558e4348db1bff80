/** tableswitch: dense keys, negative ranges, ranges that do not start at zero, defaults below and above. */
public class TableSwitchDense {
    static String small(int k) {
        switch (k) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5: return "five";
            default: return "other(" + k + ")";
        }
    }

    static int negative(int k) {
        switch (k) {
            case -5: return 50;
            case -4: return 40;
            case -3: return 30;
            case -2: return 20;
            case -1: return 10;
            case 0: return 0;
            case 1: return -10;
            default: return 999;
        }
    }

    static int offset(int k) {
        switch (k) {
            case 1000: return 1;
            case 1001: return 2;
            case 1002: return 3;
            case 1004: return 5;
            case 1005: return 6;
            case 1006: return 7;
            default: return -1;
        }
    }

    static int nearMax(int k) {
        switch (k) {
            case Integer.MAX_VALUE - 2: return 1;
            case Integer.MAX_VALUE - 1: return 2;
            case Integer.MAX_VALUE: return 3;
            default: return 0;
        }
    }

    static int nearMin(int k) {
        switch (k) {
            case Integer.MIN_VALUE: return 1;
            case Integer.MIN_VALUE + 1: return 2;
            case Integer.MIN_VALUE + 2: return 3;
            case Integer.MIN_VALUE + 3: return 4;
            default: return 0;
        }
    }

    static String arrow(int k) {
        return switch (k) {
            case 10, 11, 12 -> "low";
            case 13, 14 -> "mid";
            case 15, 16, 17, 18 -> {
                String s = "high";
                yield s + k;
            }
            default -> "none";
        };
    }

    public static void main(String[] args) {
        for (int k = -2; k <= 7; k++) {
            System.out.print(small(k) + " ");
        }
        System.out.println();
        for (int k = -7; k <= 3; k++) {
            System.out.print(negative(k) + " ");
        }
        System.out.println();
        for (int k = 998; k <= 1008; k++) {
            System.out.print(offset(k) + " ");
        }
        System.out.println();
        int[] edge = {Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 2, Integer.MAX_VALUE - 3, 0,
            Integer.MIN_VALUE};
        for (int k : edge) {
            System.out.print(nearMax(k) + "/" + nearMin(k) + " ");
        }
        System.out.println();
        for (int k = Integer.MIN_VALUE; k < Integer.MIN_VALUE + 6; k++) {
            System.out.print(nearMin(k) + " ");
        }
        System.out.println();
        for (int k = 9; k <= 19; k++) {
            System.out.print(arrow(k) + " ");
        }
        System.out.println();
        int sum = 0;
        for (int i = 0; i < 1000; i++) {
            switch (i % 7) {
                case 0: sum += 1; break;
                case 1: sum += 3; break;
                case 2: sum -= 2; break;
                case 3: sum *= 2; sum %= 100003; break;
                case 4: sum ^= i; break;
                case 5: break;
                case 6: sum += i / 3; break;
            }
        }
        System.out.println("sum = " + sum);
    }
}
