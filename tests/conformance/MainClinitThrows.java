/** The main class's static initializer throws: HotSpot reports ExceptionInInitializerError and exits 1. */
public class MainClinitThrows {
    static int value = compute();

    static int compute() {
        System.out.println("computing");
        int[] table = new int[2];
        return table[5];
    }

    public static void main(String[] args) {
        System.out.println("unreachable main " + value);
    }
}
