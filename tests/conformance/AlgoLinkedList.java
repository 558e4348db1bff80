/** Hand-made singly linked lists: build, reverse iteratively and recursively, merge sort, cycle detection, remove. */
public class AlgoLinkedList {
    static final class Cell {
        final int value;
        Cell next;

        Cell(int value, Cell next) {
            this.value = value;
            this.next = next;
        }
    }

    static Cell of(int... vs) {
        Cell head = null;
        for (int i = vs.length - 1; i >= 0; i--) {
            head = new Cell(vs[i], head);
        }
        return head;
    }

    static String show(Cell c) {
        StringBuilder sb = new StringBuilder("[");
        for (; c != null; c = c.next) {
            sb.append(c.value);
            if (c.next != null) sb.append("->");
        }
        return sb.append(']').toString();
    }

    static Cell reverse(Cell c) {
        Cell prev = null;
        while (c != null) {
            Cell n = c.next;
            c.next = prev;
            prev = c;
            c = n;
        }
        return prev;
    }

    static Cell reverseRec(Cell c) {
        if (c == null || c.next == null) return c;
        Cell rest = reverseRec(c.next);
        c.next.next = c;
        c.next = null;
        return rest;
    }

    static Cell merge(Cell a, Cell b) {
        Cell dummy = new Cell(0, null), t = dummy;
        while (a != null && b != null) {
            if (a.value <= b.value) { t.next = a; a = a.next; } else { t.next = b; b = b.next; }
            t = t.next;
        }
        t.next = a != null ? a : b;
        return dummy.next;
    }

    static Cell sort(Cell c) {
        if (c == null || c.next == null) return c;
        Cell slow = c, fast = c.next;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
        }
        Cell second = slow.next;
        slow.next = null;
        return merge(sort(c), sort(second));
    }

    static boolean hasCycle(Cell c) {
        Cell slow = c, fast = c;
        while (fast != null && fast.next != null) {
            slow = slow.next;
            fast = fast.next.next;
            if (slow == fast) return true;
        }
        return false;
    }

    static Cell removeAll(Cell c, int v) {
        while (c != null && c.value == v) c = c.next;
        for (Cell p = c; p != null && p.next != null; ) {
            if (p.next.value == v) p.next = p.next.next; else p = p.next;
        }
        return c;
    }

    public static void main(String[] args) {
        Cell list = of(5, 3, 8, 1, 9, 2, 7, 3);
        System.out.println("list " + show(list));
        list = reverse(list);
        System.out.println("reversed " + show(list));
        list = reverseRec(list);
        System.out.println("reversed back " + show(list));
        list = sort(list);
        System.out.println("sorted " + show(list));
        System.out.println("removed 3 " + show(removeAll(list, 3)));
        System.out.println("cycle? " + hasCycle(list));
        Cell tail = list;
        while (tail.next != null) tail = tail.next;
        tail.next = list.next.next;
        System.out.println("cycle after linking? " + hasCycle(list));
        Cell big = null;
        int seed = 7;
        for (int i = 0; i < 5000; i++) {
            seed = seed * 1664525 + 1013904223;
            big = new Cell((seed >>> 8) % 1000, big);
        }
        big = sort(big);
        int count = 0, prev = -1;
        boolean ordered = true;
        long sum = 0;
        for (Cell c = big; c != null; c = c.next) {
            ordered &= c.value >= prev;
            prev = c.value;
            sum += c.value;
            count++;
        }
        System.out.println("big sorted " + ordered + " count " + count + " sum " + sum + " min " + big.value + " max " + prev);
    }
}
