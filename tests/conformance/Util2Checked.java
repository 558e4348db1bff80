import java.util.*;

/** Collections.checkedList/Set/Collection/Map: heap pollution caught at insertion with HotSpot's messages. */
public class Util2Checked {
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        List<String> list = Collections.checkedList(new ArrayList<>(), String.class);
        list.add("a");
        list.add(0, "b");
        list.add(null);
        System.out.println(list + " " + list.size() + " " + list.equals(Arrays.asList("b", "a", null)));
        List raw = list;
        try {
            raw.add(42);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            raw.set(0, 'c');
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            raw.addAll(Arrays.asList("ok", 3.5));
        } catch (ClassCastException e) {
            System.out.println(e.getMessage() + " " + list);
        }
        try {
            raw.listIterator().add(new int[0].length);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Set<Integer> set = Collections.checkedSet(new TreeSet<>(), Integer.class);
        set.addAll(List.of(3, 1, 2));
        try {
            ((Set) set).add("four");
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(set + " " + set.equals(Set.of(1, 2, 3)) + " " + set.hashCode());
        Collection<Number> nums = Collections.checkedCollection(new ArrayList<>(), Number.class);
        nums.add(1);
        nums.add(2.5);
        nums.add(3L);
        try {
            ((Collection) nums).add("x");
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(nums);
        Map<String, Integer> map = Collections.checkedMap(new TreeMap<>(), String.class, Integer.class);
        map.put("one", 1);
        map.put("two", 2);
        Map rawMap = map;
        try {
            rawMap.put(3, 3);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            rawMap.put("three", "3");
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        try {
            ((Map.Entry) rawMap.entrySet().iterator().next()).setValue(1.0);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            e.setValue(e.getValue() * 10);
        }
        System.out.println(map + " " + map.get("two") + " " + map.containsKey("one"));
        List<String> sub = list.subList(0, 2);
        try {
            ((List) sub).add(Boolean.TRUE);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
    }
}
