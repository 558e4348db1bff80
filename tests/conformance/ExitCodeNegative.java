/** System.exit(-1): the process exit status is 255; System.err output before exit. */
public class ExitCodeNegative {
    public static void main(String[] args) {
        System.out.println("exiting with -1");
        System.err.println("error stream line");
        System.exit(-1);
    }
}
