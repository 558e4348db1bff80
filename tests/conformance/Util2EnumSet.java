import java.util.*;

/** EnumSet: every factory, ordinal iteration order, set algebra, errors. */
public class Util2EnumSet {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }

    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        TIMES { int apply(int a, int b) { return a * b; } };

        abstract int apply(int a, int b);
    }

    enum Big { B0, B1, B2, B3, B4, B5, B6, B7, B8, B9, B10, B11, B12, B13, B14, B15, B16, B17, B18, B19, B20, B21,
        B22, B23, B24, B25, B26, B27, B28, B29, B30, B31, B32, B33, B34, B35, B36, B37, B38, B39, B40, B41, B42, B43,
        B44, B45, B46, B47, B48, B49, B50, B51, B52, B53, B54, B55, B56, B57, B58, B59, B60, B61, B62, B63, B64, B65,
        B66, B67, B68, B69 }

    public static void main(String[] args) {
        EnumSet<Day> none = EnumSet.noneOf(Day.class);
        EnumSet<Day> all = EnumSet.allOf(Day.class);
        System.out.println(none + " " + all + " " + none.size() + " " + all.size());
        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        System.out.println(weekend + " " + EnumSet.complementOf(weekend));
        System.out.println(EnumSet.range(Day.TUE, Day.FRI) + " " + EnumSet.of(Day.WED, Day.MON, Day.FRI, Day.TUE, Day.SUN, Day.THU));
        System.out.println(EnumSet.copyOf(Arrays.asList(Day.FRI, Day.MON, Day.FRI)) + " " + EnumSet.copyOf(weekend));
        EnumSet<Day> s = EnumSet.noneOf(Day.class);
        System.out.println(s.add(Day.THU) + " " + s.add(Day.THU) + " " + s.add(Day.MON) + " " + s);
        System.out.println(s.contains(Day.MON) + " " + s.contains(Day.SUN) + " " + s.contains("MON") + " " + s.contains(null));
        System.out.println(s.remove(Day.MON) + " " + s.remove(Day.MON) + " " + s);
        s.addAll(weekend);
        s.retainAll(EnumSet.range(Day.FRI, Day.SUN));
        System.out.println(s + " " + s.equals(weekend) + " " + (s.hashCode() == weekend.hashCode()) + " " + s.equals(new HashSet<>(weekend)));
        Iterator<Day> it = all.iterator();
        while (it.hasNext()) {
            if (it.next().name().startsWith("T")) {
                it.remove();
            }
        }
        System.out.println(all);
        EnumSet<Op> ops = EnumSet.allOf(Op.class);
        for (Op o : ops) {
            System.out.println(o + " " + o.apply(6, 7) + " " + ops.contains(o));
        }
        System.out.println(EnumSet.of(Op.TIMES) + " " + EnumSet.complementOf(EnumSet.of(Op.TIMES)));
        EnumSet<Big> big = EnumSet.range(Big.B60, Big.B66);
        big.add(Big.B1);
        big.add(Big.B69);
        System.out.println(big + " " + big.size());
        System.out.println(EnumSet.complementOf(EnumSet.range(Big.B2, Big.B67)));
        EnumSet<Big> clone = big.clone();
        clone.clear();
        System.out.println(clone + " " + big.size() + " " + clone.isEmpty());
        try {
            EnumSet.range(Day.FRI, Day.MON);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            EnumSet.copyOf(new ArrayList<Day>());
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            s.add(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
        Object[] arr = weekend.toArray();
        System.out.println(arr.length + " " + arr[0]);
    }
}
