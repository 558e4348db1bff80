// Identity hash codes read by compiled code (Object.hashCode reached virtually, on arrays too, through
// super.hashCode(), and System.identityHashCode) must be the ones the runtime assigns: the same on every
// call and in every tier, the same after collections move the objects, unchanged while the object is locked
// (thin and inflated by wait) and after, never zero, and distinct from what overriding classes return.
// Hash values differ between VMs, so only their relations are printed.
import java.util.IdentityHashMap;

public class JitIdentityHash {
    static class Plain {
        int v;

        Plain(int v) {
            this.v = v;
        }
    }

    static class Overrides {
        final int v;

        Overrides(int v) {
            this.v = v;
        }

        @Override
        public int hashCode() {
            return v * 31;
        }

        int identity() {
            return super.hashCode();
        }
    }

    static int hashOf(Object o) {
        return o.hashCode();
    }

    static int identityOf(Object o) {
        return System.identityHashCode(o);
    }

    static int superHash(Overrides o) {
        return o.identity();
    }

    public static void main(String[] args) throws Exception {
        final int n = 3000;
        Object[] objs = new Object[n];
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            switch (i % 4) {
                case 0:
                    objs[i] = new Plain(i);
                    break;
                case 1:
                    objs[i] = new int[i % 7];
                    break;
                case 2:
                    objs[i] = new Overrides(i);
                    break;
                default:
                    objs[i] = new Object();
                    break;
            }
        }
        // The first hash of half the objects is assigned through identityHashCode, of the other half through
        // hashCode (compiled after a while: the loop is hot).
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            first[i] = (i % 2 == 0) ? identityOf(objs[i]) : hashOf(objs[i]);
            if (first[i] == 0 && !(objs[i] instanceof Overrides)) {
                zeros++;
            }
        }
        System.out.println("zero hashes: " + zeros);
        int mismatches = 0;
        int overrideOk = 0;
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < n; i++) {
                Object o = objs[i];
                int h = hashOf(o);
                int id = identityOf(o);
                if (o instanceof Overrides) {
                    Overrides ov = (Overrides) o;
                    if (h == ov.v * 31) {
                        overrideOk++;
                    }
                    if (superHash(ov) != id) {
                        mismatches++;
                    }
                    if (i % 2 == 0 && id != first[i]) {
                        mismatches++;
                    }
                } else if (h != first[i] || id != first[i]) {
                    mismatches++;
                }
            }
            // Garbage, then a collection: the objects move.
            for (int k = 0; k < 50_000; k++) {
                Object garbage = new long[4];
            }
            System.gc();
        }
        System.out.println("mismatches: " + mismatches + ", overrides " + overrideOk);

        // Locked objects keep their hash: thin (synchronized), inflated (wait with a timeout), and after.
        Object lockMe = new Object();
        int before = hashOf(lockMe);
        int during;
        int inflated;
        synchronized (lockMe) {
            during = hashOf(lockMe);
            lockMe.wait(1);
            inflated = identityOf(lockMe);
        }
        int after = hashOf(lockMe);
        System.out.println("locked: " + (before == during) + " " + (before == inflated) + " " + (before == after));

        // A hash assigned while the object is locked (the mark word holds the lock too).
        Object fresh = new Object();
        int inLock;
        synchronized (fresh) {
            inLock = hashOf(fresh);
        }
        System.out.println("assigned while locked: " + (inLock == identityOf(fresh)) + " " + (inLock != 0));

        IdentityHashMap<Object, Integer> map = new IdentityHashMap<>();
        for (int i = 0; i < n; i += 3) {
            map.put(objs[i], i);
        }
        System.gc();
        int found = 0;
        for (int i = 0; i < n; i += 3) {
            Integer v = map.get(objs[i]);
            if (v != null && v == i) {
                found++;
            }
        }
        System.out.println("identity map: " + found + " of " + map.size() + ", null hash " + identityOf(null));
    }
}
