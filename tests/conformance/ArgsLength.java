// args: alpha beta  gamma
/** Prints the command-line arguments the harness passes (from the `// args:` line above). */
public class ArgsLength {
    public static void main(String[] args) {
        System.out.println("args.length = " + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println("args[" + i + "] = " + args[i] + " (" + args[i].length() + " chars)");
        }
    }
}
