import java.util.*;

/** EnumMap views: removal through iterators and views, retainAll, entry equality, copies and clear. */
public class Util2EnumMapViews {
    enum Planet { MERCURY, VENUS, EARTH, MARS, JUPITER, SATURN, URANUS, NEPTUNE }

    public static void main(String[] args) {
        EnumMap<Planet, Integer> moons = new EnumMap<>(Planet.class);
        int[] counts = {0, 0, 1, 2, 95, 146, 28, 16};
        for (Planet p : Planet.values()) {
            moons.put(p, counts[p.ordinal()]);
        }
        System.out.println(moons);
        Iterator<Map.Entry<Planet, Integer>> it = moons.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Planet, Integer> e = it.next();
            if (e.getValue() == 0) {
                it.remove();
            }
        }
        System.out.println(moons + " " + moons.size());
        moons.keySet().retainAll(EnumSet.range(Planet.EARTH, Planet.SATURN));
        System.out.println(moons);
        moons.values().removeIf(v -> v > 100);
        System.out.println(moons + " " + moons.containsValue(95));
        Map.Entry<Planet, Integer> first = moons.entrySet().iterator().next();
        System.out.println(first + " " + first.equals(new AbstractMap.SimpleEntry<>(Planet.EARTH, 1)) + " "
            + moons.entrySet().contains(new AbstractMap.SimpleEntry<>(Planet.MARS, 2)));
        EnumMap<Planet, Integer> other = new EnumMap<>(moons);
        System.out.println(other.equals(moons) + " " + moons.equals(other));
        other.put(Planet.MARS, 3);
        System.out.println(other.equals(moons) + " " + other);
        try {
            Iterator<Planet> ki = moons.keySet().iterator();
            ki.remove();
        } catch (IllegalStateException e) {
            System.out.println("ISE");
        }
        Iterator<Planet> ki = moons.keySet().iterator();
        ki.next();
        ki.remove();
        System.out.println(moons);
        try {
            Iterator<Planet> k2 = moons.keySet().iterator();
            k2.next();
            k2.next();
            k2.next();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE");
        }
        moons.entrySet().clear();
        System.out.println(moons + " " + moons.isEmpty() + " " + other.size());
        EnumMap<Planet, String> names = new EnumMap<>(Planet.class);
        names.put(Planet.NEPTUNE, "blue");
        names.put(Planet.MARS, null);
        System.out.println(names + " " + names.containsKey(Planet.MARS) + " " + names.get(Planet.MARS)
            + " " + names.getOrDefault(Planet.MARS, "x") + " " + names.getOrDefault(Planet.VENUS, "x"));
        System.out.println(names.remove(Planet.MARS) + " " + names.containsKey(Planet.MARS) + " " + names.size());
    }
}
