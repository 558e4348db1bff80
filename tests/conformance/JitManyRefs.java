// A collection inside compiled code while more references are live than the machine has registers: twenty
// reference locals live across allocations in a loop (and across calls that allocate), so some sit in spill
// slots and some are reloaded after each call. Run under GC stress (gc-stress.txt), where every few
// allocations collect and move every object, and -Xcomp, where the method is compiled before its first run.
public class JitManyRefs {
    static final class Box {
        final int v;
        final Box next;

        Box(int v, Box next) {
            this.v = v;
            this.next = next;
        }
    }

    static int depth(Box b) {
        int d = 0;
        while (b != null) {
            d++;
            b = b.next;
        }
        return d;
    }

    static String describe(Box b) {
        return "b" + b.v;
    }

    static long many(int seed) {
        Box r0 = new Box(seed + 0, null);
        Box r1 = new Box(seed + 1, r0);
        Box r2 = new Box(seed + 2, r1);
        Box r3 = new Box(seed + 3, r2);
        Box r4 = new Box(seed + 4, r3);
        Box r5 = new Box(seed + 5, r4);
        Box r6 = new Box(seed + 6, r5);
        Box r7 = new Box(seed + 7, r6);
        Box r8 = new Box(seed + 8, r7);
        Box r9 = new Box(seed + 9, r8);
        Box r10 = new Box(seed + 10, r9);
        Box r11 = new Box(seed + 11, r10);
        Box r12 = new Box(seed + 12, r11);
        Box r13 = new Box(seed + 13, r12);
        Box r14 = new Box(seed + 14, r13);
        Box r15 = new Box(seed + 15, r14);
        Box r16 = new Box(seed + 16, r15);
        Box r17 = new Box(seed + 17, r16);
        Box r18 = new Box(seed + 18, r17);
        Box r19 = new Box(seed + 19, r18);
        long s = 0;
        for (int i = 0; i < 40; i++) {
            int[] junk = new int[64 + i];
            s += junk.length + r0.v + r1.v + r2.v + r3.v + r4.v + r5.v + r6.v + r7.v + r8.v + r9.v + r10.v + r11.v + r12.v + r13.v + r14.v + r15.v + r16.v + r17.v + r18.v + r19.v;
            s += describe(r10).length();
        }
        return s + depth(r19) + depth(r10) + r0.v;
    }

    public static void main(String[] args) {
        long total = 0;
        for (int k = 0; k < 100; k++) total += many(k);
        System.out.println("total " + total);
    }
}
