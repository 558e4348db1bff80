// Tier transitions in the middle of deep recursion and exceptions crossing tiers both ways. A fresh method
// recursing 4,000 deep is interpreted for its first calls and compiled at the threshold (-XX:CompileThreshold
// below), so the stack holds interpreted frames under compiled ones; an exception thrown at the bottom runs
// through the compiled frames and is caught in an interpreted one. The reverse: a compiled loop calls a method
// too rarely used to be compiled (and too long to be inlined), which throws, and the compiled caller catches it.
// vm/tests/tiers.rs checks that these compilations happen where this says.
// Compilation in the foreground (-XX:-BackgroundCompilation), so the recursion cannot outrun the compiler and
// the transition happens at the same depth in every run.
// jvm-args: -XX:CompileThreshold=1000 -XX:-BackgroundCompilation
public class JitRecursionTiers {
    static int down(int n, int catchAt) {
        if (n == 0) throw new IllegalArgumentException("bottom");
        if (n == catchAt) {
            try {
                return down(n - 1, catchAt) + 1;
            } catch (IllegalArgumentException e) {
                return -n;
            }
        }
        return down(n - 1, catchAt) + 1;
    }

    static long sumDown(int n) {
        return n == 0 ? 0 : n + sumDown(n - 1);
    }

    // Longer than the JIT's inlining limit (35 bytes of bytecode, HotSpot's MaxInlineSize; vm/tests/tiers.rs
    // checks), so the compiled caller calls it rather than inlining it: the throw happens in this frame, which
    // stays interpreted (40 calls, far below the threshold).
    static int rare(int i) {
        if (i % 2 == 0) {
            int code = (i * 31 + 7) % 1000 + i / 3;
            throw new UnsupportedOperationException("rare " + i + " code " + code);
        }
        return i;
    }

    static long hotCaller(int i) {
        if (i % 500 != 0) return i;
        try {
            return rare(i / 500);
        } catch (UnsupportedOperationException e) {
            return -e.getMessage().length();
        }
    }

    static int traceDepth(int n) {
        if (n == 0) {
            StackTraceElement[] trace = new Throwable().getStackTrace();
            int mine = 0;
            for (StackTraceElement e : trace) if (e.getMethodName().equals("traceDepth")) mine++;
            return mine;
        }
        return traceDepth(n - 1);
    }

    public static void main(String[] args) {
        // One call, 4,000 deep: the first thousand or so frames interpreted, the rest compiled.
        System.out.println("down caught at 3990 -> " + down(4000, 3990));
        System.out.println("down caught at 10 -> " + down(4000, 10));
        System.out.println("sumDown " + sumDown(6000));
        long total = 0;
        for (int i = 0; i < 20_000; i++) total += hotCaller(i);
        System.out.println("hotCaller " + total);
        for (int round = 0; round < 3; round++) System.out.println("trace frames " + traceDepth(200 + round * 300));
    }
}
