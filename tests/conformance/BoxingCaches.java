/** Autoboxing caches: Integer/Short/Byte/Long/Character cache ranges and identity, == vs equals, valueOf vs new. */
public class BoxingCaches {
    @SuppressWarnings("removal")
    public static void main(String[] args) {
        int[] probes = {-129, -128, -1, 0, 1, 100, 127, 128, 1000};
        for (int p : probes) {
            Integer a = p;
            Integer b = p;
            Long la = (long) p;
            Long lb = (long) p;
            Short sa = (short) p;
            Short sb = (short) p;
            System.out.println(p + ": Integer== " + (a == b) + " Long== " + (la == lb) + " Short== " + (sa == sb)
                + " equals " + a.equals(b) + la.equals(lb));
        }
        Character c1 = 'a', c2 = 'a';
        Character c3 = '\u0080', c4 = '\u0080';
        Character c5 = '\u0100', c6 = '\u0100';
        System.out.println("Character cache: 'a' " + (c1 == c2) + ", 0x80 " + (c3 == c4) + ", 0x100 " + (c5 == c6));
        Byte b1 = (byte) -128, b2 = (byte) -128;
        System.out.println("Byte always cached " + (b1 == b2));
        Boolean t1 = true, t2 = Boolean.valueOf("TRUE");
        System.out.println("Boolean cached " + (t1 == t2) + " " + (Boolean.valueOf(false) == Boolean.FALSE) + " parse "
            + Boolean.parseBoolean("yes") + Boolean.parseBoolean("True"));
        Integer viaValueOf = Integer.valueOf(127);
        Integer viaNew = new Integer(127);
        System.out.println("new vs valueOf: " + (viaValueOf == viaNew) + " equals " + viaValueOf.equals(viaNew));
        Double d1 = 1.0, d2 = 1.0;
        Float f1 = 1.0f, f2 = 1.0f;
        System.out.println("Double not cached " + (d1 == d2) + ", Float not cached " + (f1 == f2) + ", equals " + d1.equals(d2));
        Integer big1 = 1000, big2 = 1000;
        System.out.println("1000 mixed compare: == " + (big1 == big2) + ", == with int " + (big1 == 1000) + ", < " + (big1 < big2)
            + ", <= " + (big1 <= big2) + ", compareTo " + big1.compareTo(big2));
        Long l = 127L;
        Integer i = 127;
        System.out.println("Long.equals(Integer) " + l.equals(i) + ", Long.equals(127L) " + l.equals(127L)
            + ", Integer.equals(127L) " + i.equals(127L) + ", l == 127 " + (l == 127));
        Object o = 5;
        Object p = 5L;
        System.out.println("boxed types: " + o.getClass().getSimpleName() + " " + p.getClass().getSimpleName() + " "
            + ((Object) 'x').getClass().getSimpleName() + " " + ((Object) 1.5f).getClass().getSimpleName() + " "
            + ((Object) (short) 1).getClass().getSimpleName());
        System.out.println("hashCodes: " + Integer.valueOf(-5).hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " "
            + Long.valueOf(-1L).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Float.valueOf(1.5f).hashCode() + " "
            + Character.valueOf('A').hashCode() + " " + Boolean.TRUE.hashCode() + " " + Boolean.FALSE.hashCode() + " "
            + Short.valueOf((short) -3).hashCode() + " " + Byte.valueOf((byte) 7).hashCode());
    }
}
