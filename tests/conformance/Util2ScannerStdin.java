import java.util.*;

/** Scanner on System.in when standard input is empty (closed): nothing to read, HotSpot's exceptions. */
public class Util2ScannerStdin {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        System.out.println(in.hasNext() + " " + in.hasNextLine() + " " + in.hasNextInt());
        try {
            in.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        try {
            in.nextInt();
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        in.close();
        try {
            in.hasNextLine();
        } catch (IllegalStateException e) {
            System.out.println(e);
        }
    }
}
