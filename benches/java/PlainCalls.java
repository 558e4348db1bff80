/** The baseline for SyncCalls: the same calls and arithmetic without monitors. */
public class PlainCalls {
    static PlainCalls shared;
    private int sum;

    void add(int x) {
        sum += x ^ (sum >>> 3);
    }

    void addBlock(int x) {
        sum += x ^ (sum >>> 5);
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        PlainCalls c = new PlainCalls();
        shared = c;
        for (int i = 0; i < n; i++) {
            c.add(i);
            c.addBlock(i);
        }
        System.out.println(new StringBuilder().append("sum ").append(c.sum).toString());
    }
}
