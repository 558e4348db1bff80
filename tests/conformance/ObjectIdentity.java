/** Object identity: default equals is ==, hashCode stable per object, distinct objects, getClass, and Object methods on arrays. */
public class ObjectIdentity {
    static class Plain {
    }

    static class ValueLike {
        final int v;

        ValueLike(int v) {
            this.v = v;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ValueLike other && other.v == v;
        }

        @Override
        public int hashCode() {
            return Integer.hashCode(v);
        }
    }

    public static void main(String[] args) {
        Plain a = new Plain(), b = new Plain();
        System.out.println("default equals: self " + a.equals(a) + ", other " + a.equals(b) + ", null " + a.equals(null));
        System.out.println("hash stable " + (a.hashCode() == a.hashCode()) + ", identity matches " + (a.hashCode() == System.identityHashCode(a)));
        ValueLike x = new ValueLike(5), y = new ValueLike(5);
        System.out.println("value equals " + x.equals(y) + " same ref " + (x == y) + " hash " + x.hashCode() + " " + y.hashCode()
            + " identity differs from override " + (System.identityHashCode(x) == System.identityHashCode(x)));
        int[] arr1 = {1, 2}, arr2 = {1, 2};
        System.out.println("arrays: equals " + arr1.equals(arr2) + " self " + arr1.equals(arr1) + " hash stable "
            + (arr1.hashCode() == arr1.hashCode()) + " class " + arr1.getClass().getName());
        Object[] many = new Object[1000];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Plain();
        }
        int sameAsFirst = 0;
        for (Object o : many) {
            if (o == many[0]) {
                sameAsFirst++;
            }
        }
        System.out.println("distinct objects " + sameAsFirst);
        int[] hashes = new int[many.length];
        for (int i = 0; i < many.length; i++) {
            hashes[i] = many[i].hashCode();
        }
        System.gc();
        boolean stable = true;
        for (int i = 0; i < many.length; i++) {
            stable &= hashes[i] == many[i].hashCode();
        }
        System.out.println("identity hashes stable across gc " + stable);
        String s1 = "lit", s2 = new String("lit");
        System.out.println("strings: == " + (s1 == s2) + " equals " + s1.equals(s2) + " hash equal " + (s1.hashCode() == s2.hashCode()));
        System.out.println("getClass identity " + (a.getClass() == b.getClass()) + " " + (a.getClass() == Plain.class));
    }
}
