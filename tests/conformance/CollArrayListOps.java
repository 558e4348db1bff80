import java.util.*;

public class CollArrayListOps {
    public static void main(String[] args) {
        ArrayList<String> a = new ArrayList<>();
        for (String s : "one two three four five six seven eight nine ten".split(" ")) {
            a.add(s);
        }
        a.add(2, "two-and-half");
        a.remove("seven");
        a.remove(0);
        System.out.println(a + " " + a.size() + " " + a.indexOf("five") + " " + a.contains("ten"));
        a.removeIf(s -> s.length() == 4);
        System.out.println(a);
        a.replaceAll(String::toUpperCase);
        a.sort(null);
        System.out.println(a + " " + a.subList(1, 3));
        a.subList(1, 3).clear();
        System.out.println(a);
        a.addAll(1, List.of("x", "y"));
        a.retainAll(Set.of("x", "y", "SIX", "TEN"));
        System.out.println(a + " " + a.hashCode() + " " + a.equals(List.of("x", "y", "SIX", "TEN")));
        try {
            a.get(10);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            a.add(9, "z");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            for (String s : a) {
                if (s.equals("y")) {
                    a.add("boom");
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME " + a.size());
        }
        Object[] arr = a.toArray();
        String[] sarr = a.toArray(new String[0]);
        System.out.println(arr.length + " " + sarr.getClass().getSimpleName() + " " + Arrays.toString(sarr));
        List<Integer> nums = new ArrayList<>(List.of(4, 1, 3));
        nums.forEach(n -> System.out.print(n + ";"));
        System.out.println();
        ArrayList<Integer> c = new ArrayList<>(nums);
        @SuppressWarnings("unchecked")
        ArrayList<Integer> cl = (ArrayList<Integer>) c.clone();
        cl.add(9);
        System.out.println(c + " " + cl + " " + List.copyOf(cl) + " " + List.of(1, 2).contains(2));
        try {
            List.of(1).add(2);
        } catch (UnsupportedOperationException e) {
            System.out.println("UOE " + e.getMessage());
        }
        try {
            List.of(1, null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        System.out.println(Map.of("k", 1) + " " + Set.of("only") + " " + Map.entry("a", 2) + " " + Map.of().isEmpty());
        try {
            Set.of("a", "a");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Map.of("a", 1, "a", 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
