// Null checks compiled code leaves out must be the ones that cannot fail: a value checked earlier in the
// same block, `this`, and locals whose every store is of a new array. Here the same shapes with a null that
// does arrive: a local that holds a new array on one path and null on another (a merge before the store),
// a new-array local later overwritten with null, one reassigned inside the loop that reads it, a parameter
// slot overwritten with a new array, repeated accesses to one null array in a block (the first throws), and
// calls on a null receiver that would be inlined. Each runs often enough to be compiled; messages are
// HotSpot's helpful ones.
public class JitNullChecks {
    int value = 7;

    int getValue() {
        return value;
    }

    static int merged(boolean make) {
        int[] a = make ? new int[2] : null;
        a[0] = 5;
        return a[0] + a.length;
    }

    static int overwritten(int n) {
        int[] a = new int[4];
        a[1] = n;
        if (n % 3 == 0) {
            a = null;
        }
        return a[1];
    }

    static int inLoop(int n) {
        int[] a = new int[8];
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += a[i] + i;
            if (i == n) {
                a = null;
            }
        }
        return sum;
    }

    static int parameterSlot(int[] a, int n) {
        int s = a[0];
        a = new int[3];
        a[2] = n;
        return s + a[2];
    }

    static int repeated(int[] a) {
        return a[0] + a[1] + a.length;
    }

    static int receiver(JitNullChecks o) {
        return o.getValue() + o.value;
    }

    interface Case {
        int run(int i);
    }

    static void check(String name, Case c) {
        long sum = 0;
        int thrown = 0;
        String message = null;
        for (int i = 0; i < 3000; i++) {
            try {
                sum += c.run(i);
            } catch (NullPointerException e) {
                thrown++;
                message = e.getMessage();
            }
        }
        System.out.println(name + ": sum " + sum + ", thrown " + thrown + ", last message: " + message);
    }

    public static void main(String[] args) {
        JitNullChecks obj = new JitNullChecks();
        check("merged", i -> merged(i % 5 != 0));
        check("overwritten", i -> overwritten(i));
        check("inLoop", i -> inLoop(i % 10));
        check("parameterSlot", i -> parameterSlot(i % 7 == 0 ? null : new int[] {i}, i));
        check("repeated", i -> repeated(i % 11 == 0 ? null : new int[] {i, 2 * i}));
        check("receiver", i -> receiver(i % 13 == 0 ? null : obj));
    }
}
