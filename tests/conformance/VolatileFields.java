/**
 * Volatile fields of every kind, static and instance, read and written by both tiers: values round-trip
 * exactly (narrowing of byte/short/char/boolean stores, NaN bits and signed zero of floats and doubles, the
 * extreme longs), compound assignments, and references (with the write barrier: the referents survive
 * collections).
 */
public class VolatileFields {
    static volatile boolean sz;
    static volatile byte sb;
    static volatile short ss;
    static volatile char sc;
    static volatile int si;
    static volatile long sl;
    static volatile float sf;
    static volatile double sd;
    static volatile Object so;

    volatile boolean z;
    volatile byte b;
    volatile short s;
    volatile char c;
    volatile int i;
    volatile long l;
    volatile float f;
    volatile double d;
    volatile Object o;

    static String statics() {
        return sz + " " + sb + " " + ss + " " + (int) sc + " " + si + " " + sl + " " + sf + " " + sd + " " + (so instanceof int[] ? "int[" + ((int[]) so).length + "]" : so);
    }

    String fields() {
        return z + " " + b + " " + s + " " + (int) c + " " + i + " " + l + " " + f + " " + d + " " + o;
    }

    void set(int k) {
        z = (k & 1) != 0;
        b = (byte) (k * 37);
        s = (short) (k * 4099);
        c = (char) (k * 40_503);
        i = k * 1_000_003;
        l = (long) k * 1_000_000_007L * 1_000_003L;
        f = k / 7.0f;
        d = k / 3.0;
        o = "v" + k;
    }

    static void setStatics(int k) {
        sz = (k & 1) == 0;
        sb = (byte) (k * 91);
        ss = (short) (k * -7919);
        sc = (char) (k * 65_521);
        si = k * -999_983;
        sl = (long) k * Long.MAX_VALUE / 13;
        sf = -k / 9.0f;
        sd = -k / 11.0;
        so = new int[k % 5];
    }

    public static void main(String[] args) {
        VolatileFields v = new VolatileFields();
        long hash = 0;
        for (int k = 0; k < 600; k++) {
            v.set(k);
            setStatics(k);
            hash = hash * 31 + v.fields().hashCode();
            hash = hash * 31 + statics().hashCode();
            v.i += k;
            v.l -= k;
            si++;
            sl--;
            v.d *= 2;
            hash = hash * 31 + v.i + v.l + si + sl + (long) v.d;
        }
        System.out.println(hash);
        v.set(12345);
        System.out.println(v.fields());
        v.f = Float.NaN;
        v.d = -0.0;
        v.l = Long.MIN_VALUE;
        v.i = Integer.MAX_VALUE;
        v.c = '\uffff';
        v.s = Short.MIN_VALUE;
        v.b = Byte.MIN_VALUE;
        System.out.println(v.fields() + " " + (1 / v.d) + " " + Float.floatToRawIntBits(v.f));
        sf = Float.intBitsToFloat(0x7fc12345);
        sd = Double.longBitsToDouble(0x7ff8000000054321L);
        System.out.println(Float.floatToRawIntBits(sf) + " " + Double.doubleToRawLongBits(sd));
        Object[] keep = new Object[100];
        for (int k = 0; k < 100; k++) {
            v.o = new StringBuilder("kept").append(k);
            keep[k] = v.o;
            so = keep[k];
            byte[] garbage = new byte[10_000];
            garbage[k] = 1;
        }
        System.out.println(v.o + " " + so + " " + keep[3]);
    }
}
