import java.io.*;
import java.nio.charset.StandardCharsets;

/** ByteArrayInputStream and ByteArrayOutputStream: marks, skips, charsets, writeTo. */
public class IoByteArrayStreams {
    public static void main(String[] args) throws IOException {
        byte[] data = "Hello, byte arrays!".getBytes(StandardCharsets.US_ASCII);
        ByteArrayInputStream in = new ByteArrayInputStream(data, 7, 5);
        System.out.println("available " + in.available() + " mark " + in.markSupported());
        System.out.println((char) in.read() + "" + (char) in.read());
        in.mark(0);
        byte[] buf = new byte[10];
        System.out.println("read " + in.read(buf, 0, 10) + " " + new String(buf, 0, 3));
        System.out.println("eof " + in.read() + " " + in.read(buf, 0, 0));
        in.reset();
        System.out.println("after reset " + (char) in.read() + " skip " + in.skip(100) + " avail " + in.available());
        ByteArrayInputStream all = new ByteArrayInputStream(data);
        System.out.println(new String(all.readAllBytes(), StandardCharsets.UTF_8) + " " + all.available());
        ByteArrayOutputStream out = new ByteArrayOutputStream(2);
        out.write('x');
        out.write("yz€".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {33});
        System.out.println(out.size() + " " + out.toString(StandardCharsets.UTF_8) + " " + out.toString("ISO-8859-1").length());
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        out.writeTo(copy);
        copy.write(data, 0, 5);
        System.out.println(copy.toString(StandardCharsets.UTF_8));
        out.reset();
        System.out.println("reset size " + out.size() + " [" + out + "]");
        try {
            out.write(data, 10, 20);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("IOOBE");
        }
        try {
            new ByteArrayOutputStream(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        PrintStream ps = new PrintStream(out, true, "UTF-8");
        ps.printf("%d-%s", 7, "seven");
        ps.flush();
        System.out.println(out.toString());
    }
}
