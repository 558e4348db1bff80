import java.util.*;

/** Name-based UUIDs (MD5) for many names: sorting, hashing into sets and maps, round trips through strings. */
public class Util2UUIDNames {
    public static void main(String[] args) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(UUID.nameUUIDFromBytes(("user-" + i).getBytes()));
        }
        System.out.println(ids.subList(0, 4));
        Set<UUID> set = new HashSet<>(ids);
        System.out.println(set.size() + " " + set.contains(UUID.nameUUIDFromBytes("user-17".getBytes())));
        List<UUID> sorted = new ArrayList<>(ids);
        Collections.sort(sorted);
        System.out.println(sorted.get(0) + " " + sorted.get(199));
        TreeMap<UUID, Integer> tm = new TreeMap<>();
        for (int i = 0; i < ids.size(); i++) {
            tm.put(ids.get(i), i);
        }
        System.out.println(tm.firstEntry().getValue() + " " + tm.lastEntry().getValue());
        int ok = 0;
        long x = 0;
        for (UUID u : ids) {
            if (UUID.fromString(u.toString()).equals(u) && UUID.fromString(u.toString().toUpperCase()).equals(u)) {
                ok++;
            }
            x ^= u.getMostSignificantBits() * 31 + u.getLeastSignificantBits() + u.hashCode();
        }
        System.out.println(ok + " " + x);
        HashMap<UUID, String> hm = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            hm.put(ids.get(i), "u" + i);
        }
        System.out.println(hm.values());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 64; i++) {
            sb.append((char) ('a' + i % 26));
            if (i % 9 == 0) {
                System.out.println(i + " " + UUID.nameUUIDFromBytes(sb.toString().getBytes()));
            }
        }
    }
}
