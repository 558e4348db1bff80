import java.util.*;

/** Scanner exceptions: InputMismatchException (token kept), NoSuchElementException, closed scanner. */
public class Util2ScannerErrors {
    public static void main(String[] args) {
        Scanner s = new Scanner("abc 99999999999 12,34 5  ");
        try {
            s.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("1 " + e);
        }
        System.out.println(s.next());
        try {
            s.nextInt();
        } catch (InputMismatchException e) {
            System.out.println("2 " + e);
        }
        System.out.println(s.nextLong());
        try {
            s.nextDouble();
        } catch (InputMismatchException e) {
            System.out.println("3 " + e);
        }
        try {
            s.nextBoolean();
        } catch (InputMismatchException e) {
            System.out.println("4 " + e);
        }
        System.out.println(s.next() + " " + s.nextInt());
        try {
            s.nextInt();
        } catch (NoSuchElementException e) {
            System.out.println("5 " + e + " " + (e instanceof InputMismatchException));
        }
        try {
            s.next();
        } catch (NoSuchElementException e) {
            System.out.println("6 " + e);
        }
        System.out.println(s.hasNextLine());
        try {
            s.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("7 " + e);
        }
        Scanner b = new Scanner("300 x 12");
        try {
            b.nextByte();
        } catch (InputMismatchException e) {
            System.out.println("8 " + e);
        }
        try {
            b.nextInt(7);
        } catch (InputMismatchException e) {
            System.out.println("9 " + e);
        }
        System.out.println(b.next() + " " + b.nextShort());
        Scanner c = new Scanner("x y");
        c.close();
        c.close();
        try {
            c.next();
        } catch (IllegalStateException e) {
            System.out.println("10 " + e);
        }
        try {
            c.hasNext();
        } catch (IllegalStateException e) {
            System.out.println("11 " + e);
        }
        try {
            new Scanner("a").remove();
        } catch (UnsupportedOperationException e) {
            System.out.println("12 " + e);
        }
        Scanner d = new Scanner("");
        System.out.println(d.hasNext() + " " + d.hasNextLine() + " " + d.hasNextInt());
        try {
            d.nextLine();
        } catch (NoSuchElementException e) {
            System.out.println("13 " + e.getMessage());
        }
        Scanner e2 = new Scanner("  \n  ");
        System.out.println(e2.hasNext() + " [" + e2.nextLine() + "] " + e2.hasNextLine());
        try {
            e2.next();
        } catch (NoSuchElementException e) {
            System.out.println("14 " + e);
        }
    }
}
