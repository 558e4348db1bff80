// jvm-args: -Xmx1g
// A ten-million-node linked list kept alive across collections: marking and copying it must not recurse on the
// host stack. Then a second list replaces it, so the first must be reclaimed.
// Under GC stress the heap is verified after every collection, so the cost is allocations times live heap: at
// the whole-suite interval (a collection every 100 allocations) building this list would take hours. Every
// 500000 allocations still collects about 25 times with the list between half a million and ten million long.
// gc-stress-min-interval: 500000
public class GcLongList {
    static final class Cell {
        Cell next;
        int value;
    }

    static Cell makeList(int n, int salt) {
        Cell head = null;
        for (int i = 0; i < n; i++) {
            Cell c = new Cell();
            c.value = i ^ salt;
            c.next = head;
            head = c;
        }
        return head;
    }

    static long sum(Cell c) {
        long s = 0;
        int count = 0;
        for (; c != null; c = c.next) {
            s += c.value;
            count++;
        }
        return s * 31 + count;
    }

    public static void main(String[] args) {
        Cell list = makeList(10_000_000, 0);
        System.gc();
        System.out.println("first " + sum(list));
        // Churn: short-lived garbage while the long list stays reachable.
        long churn = 0;
        for (int i = 0; i < 2_000_000; i++) {
            int[] tmp = new int[4];
            tmp[i & 3] = i;
            churn += tmp[i & 3];
        }
        System.out.println("churn " + churn);
        System.out.println("first again " + sum(list));
        list = makeList(1_000_000, 12345);
        System.gc();
        System.out.println("second " + sum(list));
    }
}
