/** Output on System.err before an uncaught exception: that line is the first stderr line; exit code 1. */
public class UncaughtAfterStderr {
    public static void main(String[] args) {
        System.out.println("stdout line");
        System.err.println("warning: about to fail");
        System.out.println("more stdout");
        Object o = "text";
        Integer i = (Integer) o;
        System.out.println(i);
    }
}
