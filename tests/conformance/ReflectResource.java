import java.io.IOException;
import java.io.InputStream;

/** Class.getResourceAsStream on the class path: relative and absolute names, and a missing resource. */
public class ReflectResource {
    static int readAll(InputStream in) throws IOException {
        int n = 0;
        byte[] buf = new byte[100];
        int r;
        while ((r = in.read(buf, 0, buf.length)) > 0) {
            n += r;
        }
        return n;
    }

    public static void main(String[] args) throws IOException {
        InputStream in = ReflectResource.class.getResourceAsStream("ReflectResource.class");
        System.out.println("found " + (in != null));
        int b0 = in.read();
        int b1 = in.read();
        int b2 = in.read();
        int b3 = in.read();
        System.out.println(Integer.toHexString(b0) + Integer.toHexString(b1) + Integer.toHexString(b2)
                + Integer.toHexString(b3));
        in.read();
        in.read();
        int major = (in.read() << 8) | in.read();
        System.out.println("major version >= 52: " + (major >= 52));
        int rest = readAll(in);
        System.out.println("read to end: " + (rest > 100) + ", then " + in.read());
        in.close();
        InputStream abs = ReflectResource.class.getResourceAsStream("/ReflectResource$Helper.class");
        System.out.println("absolute found " + (abs != null) + ", starts " + (abs.read() == 0xCA));
        System.out.println("missing " + ReflectResource.class.getResourceAsStream("no-such-file.txt"));
        System.out.println("missing absolute " + ReflectResource.class.getResourceAsStream("/no/such.txt"));
        System.out.println("helper relative " + (Helper.class.getResourceAsStream("ReflectResource.class") != null));
    }

    static class Helper {
    }
}
