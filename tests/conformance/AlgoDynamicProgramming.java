/** Dynamic programming: LCS, edit distance, 0/1 knapsack, coin change ways, longest increasing subsequence, partitions. */
public class AlgoDynamicProgramming {
    static String lcs(String a, String b) {
        int[][] dp = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                dp[i][j] = a.charAt(i) == b.charAt(j) ? 1 + dp[i + 1][j + 1] : Math.max(dp[i + 1][j], dp[i][j + 1]);
            }
        }
        StringBuilder sb = new StringBuilder();
        int i = 0, j = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { sb.append(a.charAt(i)); i++; j++; }
            else if (dp[i + 1][j] >= dp[i][j + 1]) i++;
            else j++;
        }
        return sb.toString();
    }

    static int edit(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    static int knapsack(int[] w, int[] v, int cap) {
        int[] dp = new int[cap + 1];
        for (int i = 0; i < w.length; i++) {
            for (int c = cap; c >= w[i]; c--) {
                dp[c] = Math.max(dp[c], dp[c - w[i]] + v[i]);
            }
        }
        return dp[cap];
    }

    static long coinWays(int[] coins, int amount) {
        long[] ways = new long[amount + 1];
        ways[0] = 1;
        for (int c : coins) {
            for (int a = c; a <= amount; a++) ways[a] += ways[a - c];
        }
        return ways[amount];
    }

    static int lis(int[] a) {
        int[] tails = new int[a.length];
        int len = 0;
        for (int x : a) {
            int lo = 0, hi = len;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < x) lo = mid + 1; else hi = mid;
            }
            tails[lo] = x;
            if (lo == len) len++;
        }
        return len;
    }

    static long partitions(int n) {
        long[] p = new long[n + 1];
        p[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int i = k; i <= n; i++) p[i] += p[i - k];
        }
        return p[n];
    }

    public static void main(String[] args) {
        System.out.println("lcs " + lcs("AGGTABQWERTY", "GXTXAYBWRT") + " " + lcs("conformance", "performance"));
        System.out.println("edit " + edit("kitten", "sitting") + " " + edit("", "abc") + " " + edit("interpreter", "interrupted"));
        System.out.println("knapsack " + knapsack(new int[] {1, 3, 4, 5, 9, 12}, new int[] {1, 4, 5, 7, 11, 15}, 20));
        System.out.println("coin ways 100 " + coinWays(new int[] {1, 5, 10, 25, 50}, 100) + " 1000 "
            + coinWays(new int[] {1, 2, 5, 10, 20, 50, 100, 200}, 1000));
        int[] seq = new int[300];
        int s = 1;
        for (int i = 0; i < seq.length; i++) {
            s = s * 75 % 65537;
            seq[i] = s % 1000;
        }
        System.out.println("lis " + lis(seq) + " " + lis(new int[] {10, 9, 2, 5, 3, 7, 101, 18}));
        System.out.println("partitions 10 " + partitions(10) + " 100 " + partitions(100) + " 400 " + partitions(400));
    }
}
