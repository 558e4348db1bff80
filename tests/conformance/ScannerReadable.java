import java.io.IOException;
import java.io.StringReader;
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.CharBuffer;
import java.nio.InvalidMarkException;
import java.nio.ReadOnlyBufferException;
import java.util.Scanner;

/**
 * Scanner over a Reader and over a hand-written Readable that hands out a few characters per call (so tokens
 * and lines straddle reads), and CharBuffer's bookkeeping: put/get/flip/compact/slice/duplicate, the
 * CharSequence view of the remaining chars, read-only buffers, and the exceptions.
 */
public class ScannerReadable {
    /** Serves a text in pieces of 1 to 5 chars, as a slow source would. */
    static final class Trickle implements Readable {
        private final String text;
        private int at;
        private int calls;

        Trickle(String text) {
            this.text = text;
        }

        @Override
        public int read(CharBuffer cb) throws IOException {
            if (at == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(1 + calls++ % 5, cb.remaining()), text.length() - at);
            cb.put(text, at, at + n);
            at += n;
            return n;
        }
    }

    public static void main(String[] args) {
        String text = "12 -7 +40 3,456 abc 2.5\ntrue second line\n\nlast 9223372036854775807 -9223372036854775808 99999999999";
        Scanner sc = new Scanner(new Trickle(text));
        System.out.println(sc.nextInt() + " " + sc.nextInt() + " " + sc.nextInt() + " " + sc.nextInt());
        System.out.println(sc.hasNextInt() + " " + sc.next() + " " + sc.nextDouble() + " " + sc.nextLine().length());
        System.out.println(sc.nextBoolean() + " [" + sc.nextLine() + "] [" + sc.nextLine() + "]");
        System.out.println(sc.next() + " " + sc.nextLong() + " " + sc.nextLong() + " " + sc.hasNextInt() + " " + sc.hasNextLong());
        try {
            sc.nextInt();
        } catch (java.util.InputMismatchException e) {
            System.out.println("mismatch: " + e.getMessage());
        }
        System.out.println(sc.nextLong() + " " + sc.hasNext());
        sc.close();

        Scanner words = new Scanner(new StringReader("alpha, beta,gamma ,delta")).useDelimiter("\\s*,\\s*");
        while (words.hasNext()) {
            System.out.print("<" + words.next() + ">");
        }
        System.out.println();
        Scanner lines = new Scanner((Readable) CharBuffer.wrap("one\r\ntwo\rthree\nfour"));
        while (lines.hasNextLine()) {
            System.out.print("{" + lines.nextLine() + "}");
        }
        System.out.println();

        CharBuffer b = CharBuffer.allocate(8);
        b.put('a').put("bcd").put(new char[] {'e', 'f'});
        System.out.println(b.position() + " " + b.limit() + " " + b.remaining() + " " + b.hasArray());
        b.flip();
        System.out.println(b + " " + b.length() + " " + b.charAt(2) + " " + b.get() + b.get() + " " + b.position());
        b.mark();
        b.get();
        b.reset();
        System.out.println(b.get() + " " + b.subSequence(1, 3) + " " + b.slice() + " " + b.slice().capacity());
        b.compact();
        System.out.println(b.position() + " " + b.limit() + " " + new String(b.array(), 0, 4));
        b.flip();
        CharBuffer d = b.duplicate();
        d.put(0, 'Z');
        System.out.println(b + " " + d + " " + b.equals(d) + " " + (b.hashCode() == d.hashCode()) + " " + b.compareTo(CharBuffer.wrap("Zd")));
        CharBuffer ro = CharBuffer.wrap("read only", 5, 9);
        System.out.println(ro + " " + ro.isReadOnly() + " " + ro.hasArray() + " " + ro.position() + " " + ro.limit());
        CharBuffer dst = CharBuffer.allocate(3);
        try {
            System.out.println(ro.read(dst) + " " + dst.flip() + " " + ro.read(CharBuffer.allocate(10)) + " " + ro.read(dst));
        } catch (IOException e) {
            System.out.println(e);
        }
        try {
            ro.put('x');
        } catch (ReadOnlyBufferException e) {
            System.out.println("ReadOnlyBufferException " + e.getMessage());
        }
        try {
            CharBuffer.allocate(1).put("xy");
        } catch (BufferOverflowException e) {
            System.out.println("BufferOverflowException");
        }
        try {
            CharBuffer.allocate(0).get();
        } catch (BufferUnderflowException e) {
            System.out.println("BufferUnderflowException");
        }
        try {
            CharBuffer.allocate(2).reset();
        } catch (InvalidMarkException e) {
            System.out.println("InvalidMarkException");
        }
        try {
            CharBuffer.allocate(2).position(3);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        char[] backing = "hello world".toCharArray();
        CharBuffer w = CharBuffer.wrap(backing, 6, 5);
        w.put('W');
        System.out.println(new String(backing) + " " + w + " " + w.arrayOffset() + " " + w.capacity());
        StringBuilder sb = new StringBuilder();
        CharBuffer ap = CharBuffer.allocate(16);
        ap.append("ab").append('c').append("xdefx", 1, 4);
        ap.flip();
        sb.append(ap);
        System.out.println(sb + " " + ap.remaining());
    }
}
