/** Objects utilities, String/array/Objects.hash hash codes, identity hash consistency, equals contracts. */
import java.util.Arrays;
import java.util.Objects;

public class ObjectsAndHashing {
    static final class Key {
        final String name;
        final int id;

        Key(String name, int id) {
            this.name = name;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.id == id && Objects.equals(k.name, name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, id);
        }

        @Override
        public String toString() {
            return "Key(" + name + "," + id + ")";
        }
    }

    public static void main(String[] args) {
        System.out.println("Objects.hash " + Objects.hash() + " " + Objects.hash(1) + " " + Objects.hash(1, 2, 3) + " "
            + Objects.hash("a", null, 2.5) + " " + Objects.hash((Object) null));
        System.out.println("Objects.hashCode " + Objects.hashCode(null) + " " + Objects.hashCode("abc"));
        System.out.println("Key hash " + new Key("k", 1).hashCode() + " " + new Key(null, 0).hashCode());
        System.out.println("equals " + new Key("k", 1).equals(new Key("k", 1)) + " " + new Key("k", 1).equals(new Key("k", 2))
            + " " + Objects.equals(null, null) + " " + Objects.equals("a", null) + " deepEquals "
            + Objects.deepEquals(new int[][] {{1}}, new int[][] {{1}}));
        System.out.println("toString " + Objects.toString(null) + " " + Objects.toString(null, "dflt") + " "
            + Objects.toString(new Key("z", 9)) + " isNull " + Objects.isNull(null) + " nonNull " + Objects.nonNull(1));
        System.out.println("compare " + Objects.compare("a", "b", String::compareTo) + " requireNonNullElseGet "
            + Objects.requireNonNullElseGet(null, () -> "gen"));
        System.out.println("checkIndex " + Objects.checkIndex(2, 3));
        try {
            Objects.checkIndex(3, 3);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("checkIndex: " + e.getMessage());
        }
        System.out.println("Arrays.hashCode " + Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 33})
            + " " + Arrays.hashCode(new double[] {1.5}) + " " + Arrays.hashCode(new boolean[] {true, false}) + " "
            + Arrays.hashCode(new char[] {'a'}) + " " + Arrays.hashCode(new Object[] {"a", null}) + " "
            + Arrays.hashCode((int[]) null) + " deepHashCode " + Arrays.deepHashCode(new Object[] {new int[] {1}, "x"}));
        System.out.println("Arrays.equals " + Arrays.equals(new int[] {1, 2}, new int[] {1, 2}) + " "
            + Arrays.equals(new double[] {Double.NaN}, new double[] {Double.NaN}) + " "
            + Arrays.equals(new double[] {0.0}, new double[] {-0.0}) + " " + Arrays.equals(new String[] {"a"}, new String[] {"a"})
            + " " + Arrays.equals((int[]) null, null));
        Object o = new Object();
        int h1 = o.hashCode();
        int h2 = o.hashCode();
        int h3 = System.identityHashCode(o);
        System.out.println("identity hash stable " + (h1 == h2) + " matches identityHashCode " + (h1 == h3)
            + " null identityHashCode " + System.identityHashCode(null));
        Key k = new Key("x", 1);
        System.out.println("overridden hashCode differs from identity? computed " + (k.hashCode() == Objects.hash("x", 1)));
        String s = "hash me";
        System.out.println("String identity vs value hash: value " + s.hashCode() + " equal strings equal hash "
            + (new String(s).hashCode() == s.hashCode()));
        Object[] objs = {1, 1L, 1.0, 1.0f, 'a', "a", true, (short) 1, (byte) 1};
        StringBuilder sb = new StringBuilder();
        for (Object x : objs) {
            sb.append(x.hashCode()).append(' ');
        }
        System.out.println("box hashes " + sb);
    }
}
