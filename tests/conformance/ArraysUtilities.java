/** java.util.Arrays: fill, copyOf/copyOfRange (grow, shrink), equals, hashCode, toString, asList, sort ranges, stable sort. */
import java.util.Arrays;
import java.util.List;

public class ArraysUtilities {
    record Person(String name, int age) {
    }

    public static void main(String[] args) {
        int[] a = new int[6];
        Arrays.fill(a, 7);
        Arrays.fill(a, 1, 3, -1);
        System.out.println("fill " + Arrays.toString(a));
        char[] c = new char[4];
        Arrays.fill(c, 'z');
        boolean[] z = new boolean[3];
        Arrays.fill(z, true);
        double[] d = new double[2];
        Arrays.fill(d, Double.NaN);
        String[] s = new String[3];
        Arrays.fill(s, "s");
        System.out.println(new String(c) + " " + Arrays.toString(z) + " " + Arrays.toString(d) + " " + Arrays.toString(s));
        System.out.println("copyOf shrink " + Arrays.toString(Arrays.copyOf(a, 2)) + " grow " + Arrays.toString(Arrays.copyOf(c, 6))
            .replace('\0', '0') + " bool " + Arrays.toString(Arrays.copyOf(z, 4)) + " range "
            + Arrays.toString(Arrays.copyOfRange(new long[] {1, 2, 3}, 1, 5)));
        System.out.println("toString null " + Arrays.toString((int[]) null) + " empty " + Arrays.toString(new Object[0])
            + " nested " + Arrays.toString(new Object[] {"a", 1, null, 2.5}));
        List<String> list = Arrays.asList("x", "y", "z");
        System.out.println("asList " + list + " size " + list.size() + " get(1) " + list.get(1) + " contains "
            + list.contains("z") + " indexOf " + list.indexOf("z"));
        String[] backing = {"p", "q"};
        List<String> view = Arrays.asList(backing);
        view.set(0, "P");
        System.out.println("write-through " + backing[0]);
        try {
            view.add("r");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add: UnsupportedOperationException " + e.getMessage());
        }
        Person[] people = {new Person("ann", 30), new Person("bob", 25), new Person("cy", 30), new Person("dee", 25),
            new Person("eve", 35), new Person("fay", 25)};
        Arrays.sort(people, (p, q) -> Integer.compare(p.age(), q.age()));
        StringBuilder sb = new StringBuilder();
        for (Person p : people) {
            sb.append(p.name()).append(p.age()).append(' ');
        }
        System.out.println("stable by age: " + sb);
        Integer[] boxed = {5, 3, 9, 1, 7};
        Arrays.sort(boxed, 1, 4);
        System.out.println("sort range boxed " + Arrays.toString(boxed));
        Arrays.sort(boxed, (x, y) -> y - x);
        System.out.println("sort desc " + Arrays.toString(boxed));
        System.out.println("equals " + Arrays.equals(new char[] {'a'}, new char[] {'a'}) + " " + Arrays.equals(new Object[] {1},
            new Object[] {1L}) + " deepEquals " + Arrays.deepEquals(new Object[] {new int[] {1}}, new Object[] {new int[] {1}}));
        System.out.println("hashCode " + Arrays.hashCode(new String[] {"a", "b"}) + " " + Arrays.asList("a", "b").hashCode());
        byte[] bytes = {3, -1, 2};
        Arrays.sort(bytes);
        short[] shorts = {300, -300, 0};
        Arrays.sort(shorts);
        float[] floats = {Float.NaN, -0.0f, 0.0f, -1f};
        Arrays.sort(floats);
        System.out.println(Arrays.toString(bytes) + " " + Arrays.toString(shorts) + " " + Arrays.toString(floats));
        try {
            Arrays.sort(new Object[] {1, "x"});
        } catch (ClassCastException e) {
            System.out.println("mixed sort: ClassCastException");
        }
    }
}
