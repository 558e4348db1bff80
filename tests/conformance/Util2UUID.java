import java.nio.charset.StandardCharsets;
import java.util.*;

/** UUID: parsing (including short groups and errors), toString, name-based UUIDs, ordering, fields. */
public class Util2UUID {
    public static void main(String[] args) {
        String[] names = {"", "a", "abc", "hello world", "The quick brown fox jumps over the lazy dog",
            "0123456789012345678901234567890123456789012345678901234567890123456789", "\u00e9t\u00e9"};
        for (String n : names) {
            UUID u = UUID.nameUUIDFromBytes(n.getBytes(StandardCharsets.UTF_8));
            System.out.println(u + " v" + u.version() + " var" + u.variant() + " h" + u.hashCode());
        }
        byte[] big = new byte[1000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        System.out.println(UUID.nameUUIDFromBytes(big));
        for (int len = 50; len < 70; len++) {
            System.out.print(UUID.nameUUIDFromBytes(Arrays.copyOf(big, len)).toString().substring(0, 8) + " ");
        }
        System.out.println();
        UUID a = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        System.out.println(a + " " + a.version() + " " + a.variant() + " " + Long.toHexString(a.getMostSignificantBits())
            + " " + Long.toHexString(a.getLeastSignificantBits()));
        System.out.println(a.timestamp() + " " + a.clockSequence() + " " + a.node());
        System.out.println(UUID.fromString("1-2-3-4-5") + " " + UUID.fromString("ABCDEF01-ABCD-EF01-ABCD-EF0123456789"));
        System.out.println(UUID.fromString("fffffffff-1-1-1-1"));
        String[] bad = {"", "1-2-3-4", "1-2-3-4-5-6", "0123456789-0123456789-0123456789-01", "1-2-3-4-5x", "1--3-4-5",
            "zz-1-1-1-1", "+-1-1-1-1", "123e4567-e89b-12d3-a456-4266141740001", "123e4567-e89b-12d3-a456-42661417400g"};
        for (String s : bad) {
            try {
                System.out.println(UUID.fromString(s));
            } catch (IllegalArgumentException e) {
                System.out.println(e);
            }
        }
        try {
            UUID.nameUUIDFromBytes(new byte[0]).timestamp();
        } catch (UnsupportedOperationException e) {
            System.out.println(e);
        }
        List<UUID> list = new ArrayList<>();
        list.add(new UUID(-1, 5));
        list.add(new UUID(1, -5));
        list.add(new UUID(1, 5));
        list.add(new UUID(0, 0));
        list.add(new UUID(Long.MIN_VALUE, 0));
        Collections.sort(list);
        System.out.println(list);
        System.out.println(new UUID(3, 4).equals(UUID.fromString("00000000-0000-0003-0000-000000000004")) + " "
            + new UUID(3, 4).hashCode() + " " + new UUID(0, 0).variant() + " " + new UUID(0, 0xC000000000000000L).variant()
            + " " + new UUID(0, 0xE000000000000000L).variant());
        UUID r1 = UUID.randomUUID();
        UUID r2 = UUID.randomUUID();
        System.out.println(r1.version() + " " + r1.variant() + " " + r1.equals(r2) + " " + r1.toString().length()
            + " " + UUID.fromString(r1.toString()).equals(r1));
    }
}
