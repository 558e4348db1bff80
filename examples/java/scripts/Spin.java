public class Spin {
    public static void main(String[] args) {
        System.out.println("spinning forever");
        long n = 0;
        while (true) {
            try { n++; } catch (Throwable t) { System.out.println("caught " + t); } // cannot catch the stop
        }
    }
}
