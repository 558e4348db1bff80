/** finally: overriding returns, swallowing exceptions, break and continue through finally, nested finally order. */
public class FinallyControlFlow {
    static StringBuilder log = new StringBuilder();

    @SuppressWarnings("finally")
    static String overrideReturn() {
        try {
            return "try";
        } finally {
            return "finally";
        }
    }

    @SuppressWarnings("finally")
    static int swallow() {
        try {
            throw new IllegalStateException("lost");
        } finally {
            return 7;
        }
    }

    @SuppressWarnings("finally")
    static int overrideCatch() {
        try {
            throw new RuntimeException("x");
        } catch (RuntimeException e) {
            return 1;
        } finally {
            return 2;
        }
    }

    static int[] mutateAfterReturn() {
        int[] a = {1};
        try {
            return a;
        } finally {
            a[0] = 99;
        }
    }

    static long primitiveSnapshot() {
        long v = 5;
        try {
            return v;
        } finally {
            v = 500;
        }
    }

    @SuppressWarnings("finally")
    static String breakInFinally() {
        String result = "start";
        while (true) {
            try {
                result = "in try";
                throw new RuntimeException("discarded by break");
            } finally {
                result += " then finally";
                break;
            }
        }
        return result;
    }

    static String continueThroughFinally() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                if (i % 2 == 0) {
                    continue;
                }
                sb.append("body").append(i).append(' ');
                if (i == 3) {
                    break;
                }
            } finally {
                sb.append("f").append(i).append(' ');
            }
        }
        return sb.toString();
    }

    static void nested() {
        try {
            try {
                try {
                    log.append("1");
                    throw new RuntimeException("deep");
                } finally {
                    log.append("2");
                }
            } catch (IllegalArgumentException e) {
                log.append("X");
            } finally {
                log.append("3");
            }
        } catch (RuntimeException e) {
            log.append("4:").append(e.getMessage());
        } finally {
            log.append("5");
        }
    }

    static int finallyThrowsReplaces() {
        try {
            try {
                throw new RuntimeException("original");
            } finally {
                Object o = "x";
                if (o != null) {
                    throw new IllegalStateException("from finally");
                }
            }
        } catch (RuntimeException e) {
            System.out.println("surfaced: " + e.getMessage() + ", suppressed " + e.getSuppressed().length);
            return 0;
        }
    }

    static int counter;

    static int returnInLoopWithFinally() {
        for (int i = 0; ; i++) {
            try {
                if (i == 4) {
                    return i * 10;
                }
            } finally {
                counter += i;
            }
        }
    }

    public static void main(String[] args) {
        System.out.println("overrideReturn: " + overrideReturn());
        System.out.println("swallow: " + swallow());
        System.out.println("overrideCatch: " + overrideCatch());
        System.out.println("mutateAfterReturn: " + mutateAfterReturn()[0]);
        System.out.println("primitiveSnapshot: " + primitiveSnapshot());
        System.out.println("breakInFinally: " + breakInFinally());
        System.out.println("continueThroughFinally: " + continueThroughFinally());
        nested();
        System.out.println("nested: " + log);
        finallyThrowsReplaces();
        System.out.println("returnInLoop: " + returnInLoopWithFinally() + " counter " + counter);
        int x = 0;
        label:
        {
            try {
                x = 1;
                if (x == 1) {
                    break label;
                }
                x = 2;
            } finally {
                x += 100;
            }
        }
        System.out.println("labeled block break through finally: " + x);
    }
}
