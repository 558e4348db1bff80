/** Switches nested in switches and loops, with labeled breaks, continue inside switch, and mixed key types. */
public class NestedSwitch {
    static String cell(int row, char col) {
        switch (row) {
            case 0:
                switch (col) {
                    case 'a': return "0a";
                    case 'b': return "0b";
                    default: return "0?";
                }
            case 1:
                switch (col) {
                    case 'a':
                    case 'b':
                        return "1ab";
                    case 'z':
                        break;
                    default:
                        return "1?";
                }
                return "1z";
            default:
                return switch (col) {
                    case 'a' -> "na";
                    default -> switch (row % 2) {
                        case 0 -> "even";
                        default -> "odd";
                    };
                };
        }
    }

    public static void main(String[] args) {
        char[] cols = {'a', 'b', 'c', 'z'};
        for (int r = 0; r < 4; r++) {
            StringBuilder sb = new StringBuilder();
            for (char c : cols) {
                sb.append(cell(r, c)).append(' ');
            }
            System.out.println("row " + r + ": " + sb);
        }
        int total = 0;
        outer:
        for (int i = 0; i < 10; i++) {
            switch (i % 4) {
                case 0:
                    continue;
                case 1:
                    total += 1;
                    break;
                case 2:
                    for (int j = 0; j < 5; j++) {
                        switch (j) {
                            case 3:
                                continue outer;
                            default:
                                total += 10;
                        }
                    }
                    break;
                case 3:
                    if (i > 6) {
                        break outer;
                    }
                    total += 100;
            }
            System.out.println("after i=" + i + " total=" + total);
        }
        System.out.println("total = " + total);
        byte b = -3;
        short s = 300;
        switch (b) {
            case -3 -> System.out.println("byte -3");
            default -> System.out.println("byte other");
        }
        switch (s) {
            case 300 -> System.out.println("short 300");
            default -> System.out.println("short other");
        }
        Integer boxed = 42;
        switch (boxed) {
            case 42 -> System.out.println("boxed 42 unboxed");
            default -> System.out.println("boxed other");
        }
        Character ch = 'q';
        switch (ch) {
            case 'q' -> System.out.println("boxed char q");
            default -> System.out.println("boxed char other");
        }
        try {
            Integer nothing = null;
            switch (nothing) {
                default -> System.out.println("unreachable");
            }
        } catch (NullPointerException e) {
            System.out.println("switch on null Integer: NPE");
        }
    }
}
