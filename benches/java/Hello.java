/** Startup: the smallest program, for start-up time and footprint. */
public final class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world!");
    }
}
