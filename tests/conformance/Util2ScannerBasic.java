import java.util.*;

/** Scanner on a String: tokens, typed reads, hasNext*, and nextLine mixed with token reads. */
public class Util2ScannerBasic {
    public static void main(String[] args) {
        Scanner s = new Scanner("  42 -7 +13 3.5 true FALSE word 9999999999 1,234 0x1F\n\tnext line here\n\nlast");
        System.out.println(s.hasNextInt() + " " + s.nextInt());
        System.out.println(s.nextInt() + " " + s.nextInt());
        System.out.println(s.hasNextInt() + " " + s.hasNextDouble() + " " + s.nextDouble());
        System.out.println(s.hasNextBoolean() + " " + s.nextBoolean() + " " + s.nextBoolean());
        System.out.println(s.hasNextInt() + " " + s.hasNextBoolean() + " " + s.next());
        System.out.println(s.hasNextInt() + " " + s.hasNextLong() + " " + s.nextLong());
        System.out.println(s.hasNextInt() + " " + s.nextInt() );
        System.out.println(s.hasNextInt() + " " + s.hasNextInt(16) + " " + s.next());
        System.out.println("[" + s.nextLine() + "]");
        System.out.println("[" + s.nextLine() + "]");
        System.out.println("[" + s.nextLine() + "]");
        System.out.println(s.hasNextLine() + " [" + s.nextLine() + "] " + s.hasNextLine() + " " + s.hasNext());
        Scanner t = new Scanner("a b\nc d\n");
        System.out.println(t.next() + "|" + t.nextLine() + "|" + t.nextLine() + "|" + t.hasNextLine());
        Scanner u = new Scanner("x\r\ny\rz\n\n");
        while (u.hasNextLine()) {
            System.out.print("<" + u.nextLine() + ">");
        }
        System.out.println();
        Scanner v = new Scanner("10 20 30 40 abc");
        int sum = 0;
        while (v.hasNextInt()) {
            sum += v.nextInt();
        }
        System.out.println(sum + " " + v.next() + " " + v.hasNext());
        Scanner w = new Scanner("ff 11 z 777");
        System.out.println(w.nextInt(16) + " " + w.nextInt(2) + " " + w.nextInt(36) + " " + w.nextInt(8));
        Scanner x = new Scanner("1e3 -2.5E-2 .5 7. NaN -Infinity 1,000.25 12 1d");
        while (x.hasNextDouble()) {
            System.out.print(x.nextDouble() + " ");
        }
        System.out.println("| " + x.next());
        Scanner y = new Scanner("127 128 -32768 100000 5");
        System.out.println(y.hasNextByte() + " " + y.nextByte() + " " + y.hasNextByte() + " " + y.nextShort() + " "
            + y.nextShort() + " " + y.hasNextShort() + " " + y.nextLong() + " " + y.nextFloat());
        Scanner z = new Scanner("one two three");
        List<String> all = new ArrayList<>();
        z.forEachRemaining(all::add);
        System.out.println(all);
        System.out.println(new Scanner("a bb ccc").tokens().map(String::length).reduce(0, Integer::sum));
        Scanner big = new Scanner("123456789012345678901234567890 -5 3.25");
        System.out.println(big.nextBigInteger() + " " + big.nextBigInteger() + " " + big.nextBigDecimal());
    }
}
