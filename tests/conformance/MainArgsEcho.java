// args: alpha 42 -7 3.5 "quoted" x=y
/** Command-line arguments: count, contents, parsing numbers from them, and a summary computed from them. */
public class MainArgsEcho {
    public static void main(String[] args) {
        System.out.println("argc " + args.length);
        for (int i = 0; i < args.length; i++) {
            System.out.println(i + ": [" + args[i] + "] length " + args[i].length());
        }
        long sum = 0;
        double dsum = 0;
        for (String a : args) {
            try {
                sum += Integer.parseInt(a);
            } catch (NumberFormatException e) {
                try {
                    dsum += Double.parseDouble(a);
                } catch (NumberFormatException e2) {
                    System.out.println("not a number: " + a);
                }
            }
        }
        System.out.println("int sum " + sum + " double sum " + dsum);
        System.out.println("joined " + String.join("|", args));
        System.out.println("args array class " + args.getClass().getName());
    }
}
