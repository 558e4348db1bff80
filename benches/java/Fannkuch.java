/**
 * Fannkuch-redux: for every permutation of 1..n, count the prefix reversals ("pancake flips") it takes
 * until the first element is 1; report the maximum and a checksum that adds the counts of even-numbered
 * permutations and subtracts those of odd-numbered ones.
 * Measures small int-array manipulation, array copies, data-dependent branches.
 */
public final class Fannkuch {
    static int flips(int[] start, int[] work) {
        System.arraycopy(start, 0, work, 0, start.length);
        int count = 0;
        int first = work[0];
        while (first != 0) {
            // Reverse work[0..first].
            for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                int t = work[lo];
                work[lo] = work[hi];
                work[hi] = t;
            }
            count++;
            first = work[0];
        }
        return count;
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int[] perm = new int[n];
        int[] work = new int[n];
        int[] remaining = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        int checksum = 0, maxFlips = 0, index = 0;
        int level = n;
        outer:
        while (true) {
            // Reset the counters of every level below the one just advanced.
            for (; level > 1; level--) {
                remaining[level - 1] = level;
            }
            int f = flips(perm, work);
            if (f > maxFlips) {
                maxFlips = f;
            }
            checksum += (index & 1) == 0 ? f : -f;
            // Next permutation: rotate the first level+1 elements left by one, carrying to the next level
            // when this one has done all its rotations.
            while (true) {
                if (level == n) {
                    break outer;
                }
                int head = perm[0];
                for (int i = 0; i < level; i++) {
                    perm[i] = perm[i + 1];
                }
                perm[level] = head;
                if (--remaining[level] > 0) {
                    break;
                }
                level++;
            }
            index++;
        }
        System.out.println(new StringBuilder().append("fannkuch ").append(n).append(" checksum ")
                .append(checksum).append(" maxflips ").append(maxFlips));
    }
}
