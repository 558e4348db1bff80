/** System.exit(3): the exit code is 3, and the pending finally block never runs. */
public class SystemExit {
    public static void main(String[] args) {
        System.out.println("exiting with 3");
        try {
            System.exit(3);
        } finally {
            System.out.println("never printed");
        }
    }
}
