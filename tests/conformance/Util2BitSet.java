import java.util.*;

/** BitSet: set/clear/flip (single and ranges), searches, logic operations, size, conversions, toString. */
public class Util2BitSet {
    public static void main(String[] args) {
        BitSet b = new BitSet();
        System.out.println(b + " " + b.size() + " " + b.length() + " " + b.isEmpty());
        b.set(1);
        b.set(3);
        b.set(64);
        System.out.println(b + " " + b.size() + " " + b.length() + " " + b.cardinality());
        b.set(200);
        System.out.println(b.size() + " " + b.length());
        b.clear(200);
        System.out.println(b.size() + " " + b.length() + " " + b);
        b.set(10, 20);
        System.out.println(b + " " + b.cardinality());
        b.clear(12, 15);
        b.flip(0, 5);
        b.flip(70);
        System.out.println(b);
        b.set(18, 25, false);
        b.set(2, true);
        System.out.println(b);
        System.out.println(b.nextSetBit(0) + " " + b.nextSetBit(5) + " " + b.nextSetBit(71) + " " + b.nextClearBit(0)
            + " " + b.nextClearBit(10) + " " + b.nextClearBit(500));
        System.out.println(b.previousSetBit(63) + " " + b.previousSetBit(1000) + " " + b.previousClearBit(11)
            + " " + b.previousSetBit(-1) + " " + b.previousClearBit(0));
        System.out.println(b.get(64) + " " + b.get(65) + " " + b.get(9999) + " " + b.get(0, 20) + " " + b.get(60, 80));
        BitSet a = new BitSet();
        a.set(0, 100, true);
        a.clear(50);
        BitSet c = (BitSet) a.clone();
        c.and(b);
        System.out.println("and " + c);
        c = (BitSet) a.clone();
        c.andNot(b);
        System.out.println("andNot " + c.cardinality() + " " + c.get(0, 12));
        c = (BitSet) b.clone();
        c.or(BitSet.valueOf(new long[] {0, 0, 0, 5}));
        System.out.println("or " + c + " " + c.size());
        c.xor(b);
        System.out.println("xor " + c + " " + c.intersects(b) + " " + a.intersects(b));
        System.out.println(b.hashCode() + " " + a.hashCode() + " " + new BitSet().hashCode());
        System.out.println(Arrays.toString(b.toLongArray()) + " " + Arrays.toString(b.toByteArray()));
        BitSet fromBytes = BitSet.valueOf(new byte[] {(byte) 0x81, 0, 0x10, 0, 0});
        System.out.println(fromBytes + " " + fromBytes.length() + " " + fromBytes.size()
            + " " + Arrays.toString(fromBytes.toByteArray()));
        System.out.println(BitSet.valueOf(new long[] {-1L}).cardinality());
        System.out.println(b.equals(b.clone()) + " " + b.equals(a) + " " + new BitSet(1000).equals(new BitSet()));
        BitSet sized = new BitSet(1000);
        System.out.println(sized.size() + " " + ((BitSet) sized.clone()).size() + " " + new BitSet(0).size());
        int sum = b.stream().sum();
        System.out.println(sum + " " + b.stream().count());
        String[] bad = {"set", "clear", "range", "next", "prev", "ctor"};
        for (String s : bad) {
            try {
                switch (s) {
                    case "set": b.set(-1); break;
                    case "clear": b.clear(-3); break;
                    case "range": b.set(5, 2); break;
                    case "next": b.nextSetBit(-1); break;
                    case "prev": b.previousSetBit(-2); break;
                    default: new BitSet(-4);
                }
            } catch (RuntimeException e) {
                System.out.println(e);
            }
        }
        // sieve
        BitSet comp = new BitSet(100);
        for (int i = 2; i * i < 100; i++) {
            if (!comp.get(i)) {
                for (int j = i * i; j < 100; j += i) {
                    comp.set(j);
                }
            }
        }
        comp.flip(0, 100);
        comp.clear(0, 2);
        System.out.println(comp);
    }
}
