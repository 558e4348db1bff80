/**
 * String building: the operations ordinary programs spend their string time in. Each round builds a
 * comma-separated record with StringBuilder from ints, longs, chars and booleans, converts numbers with
 * String.valueOf, concatenates, cuts the record back apart with indexOf/substring, compares the pieces with
 * equals, and hashes them with hashCode.
 * Measures StringBuilder growth, integer-to-string conversion, string allocation, char loops in the library.
 * Prints a checksum of hashes, lengths and equality counts.
 */
public final class StringWork {
    static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"};

    static String record(int i) {
        StringBuilder sb = new StringBuilder();
        sb.append(WORDS[i & 7]).append(',');
        sb.append(i).append(',');
        sb.append((long) i * 1000003L).append(',');
        sb.append((char) ('a' + i % 26)).append(',');
        sb.append((i & 1) == 0).append(',');
        sb.append(String.valueOf(-i));
        return sb.toString();
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50000;
        int hash = 0;
        long length = 0;
        int equal = 0;
        String previous = "";
        for (int i = 0; i < n; i++) {
            String r = record(i);
            length += r.length();
            hash = hash * 31 + r.hashCode();
            // Cut the record into its fields and look at each.
            int start = 0;
            int field = 0;
            while (true) {
                int comma = r.indexOf(',', start);
                String piece = comma < 0 ? r.substring(start) : r.substring(start, comma);
                hash += piece.hashCode() * (field + 1);
                if (field == 0 && piece.equals(WORDS[(i + 1) & 7])) {
                    equal += 1000;
                }
                if (field == 1 && piece.equals(String.valueOf(i))) {
                    equal++;
                }
                if (comma < 0) {
                    break;
                }
                start = comma + 1;
                field++;
            }
            // Concatenation and comparison with the previous round.
            String joined = previous.length() > 40 ? r : previous + "|" + r.substring(0, r.length() / 2);
            if (joined.equals(previous)) {
                equal += 7;
            }
            if (joined.startsWith(WORDS[i & 7])) {
                equal += 3;
            }
            previous = joined;
            hash ^= joined.hashCode();
        }
        System.out.println(new StringBuilder().append("strings ").append(n).append(" hash ").append(hash)
                .append(" length ").append(length).append(" equal ").append(equal));
    }
}
