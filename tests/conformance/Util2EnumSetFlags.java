import java.util.*;
import java.util.stream.*;

/** EnumSet as a set of flags: permissions parsed from strings, unions, set comparisons and streams. */
public class Util2EnumSetFlags {
    enum Perm { READ, WRITE, EXECUTE, DELETE, ADMIN }

    static EnumSet<Perm> parse(String s) {
        EnumSet<Perm> r = EnumSet.noneOf(Perm.class);
        for (char c : s.toCharArray()) {
            switch (c) {
                case 'r': r.add(Perm.READ); break;
                case 'w': r.add(Perm.WRITE); break;
                case 'x': r.add(Perm.EXECUTE); break;
                case 'd': r.add(Perm.DELETE); break;
                case 'a': r.addAll(EnumSet.allOf(Perm.class)); break;
                default: throw new IllegalArgumentException("flag " + c);
            }
        }
        return r;
    }

    public static void main(String[] args) {
        Map<String, EnumSet<Perm>> users = new TreeMap<>();
        users.put("alice", parse("rwx"));
        users.put("bob", parse("r"));
        users.put("carol", parse("a"));
        users.put("dave", parse("xdr"));
        for (Map.Entry<String, EnumSet<Perm>> e : users.entrySet()) {
            EnumSet<Perm> p = e.getValue();
            System.out.println(e.getKey() + " " + p + " missing=" + EnumSet.complementOf(p)
                + " canEdit=" + p.containsAll(EnumSet.of(Perm.READ, Perm.WRITE)));
        }
        EnumSet<Perm> union = EnumSet.noneOf(Perm.class);
        EnumSet<Perm> common = EnumSet.allOf(Perm.class);
        for (EnumSet<Perm> p : users.values()) {
            union.addAll(p);
            common.retainAll(p);
        }
        System.out.println(union + " " + common);
        System.out.println(users.values().stream().map(EnumSet::size).collect(Collectors.toList()));
        String names = EnumSet.range(Perm.WRITE, Perm.DELETE).stream().map(p -> p.name().toLowerCase())
            .collect(Collectors.joining("|"));
        System.out.println(names);
        EnumSet<Perm> copy = EnumSet.copyOf(List.of(Perm.ADMIN, Perm.READ));
        copy.removeIf(p -> p.ordinal() > 2);
        System.out.println(copy + " " + copy.getClass().getSuperclass().getSimpleName());
        try {
            parse("rz");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Set<Perm> hs = new HashSet<>(users.get("carol"));
        System.out.println(hs.equals(users.get("carol")) + " " + users.get("carol").equals(hs));
        System.out.println(EnumSet.of(Perm.ADMIN, Perm.READ, Perm.DELETE, Perm.WRITE, Perm.EXECUTE).equals(EnumSet.allOf(Perm.class)));
    }
}
