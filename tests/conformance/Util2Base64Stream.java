import java.io.*;
import java.util.*;

/** Base64 encoder and decoder stream wrappers: piecewise writes, MIME line breaks, round trips. */
public class Util2Base64Stream {
    public static void main(String[] args) throws IOException {
        byte[] data = new byte[300];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 13 + 7);
        }
        Base64.Encoder[] encs = {Base64.getEncoder(), Base64.getUrlEncoder().withoutPadding(), Base64.getMimeEncoder(),
            Base64.getMimeEncoder(8, new byte[] {'\n'})};
        for (Base64.Encoder enc : encs) {
            ByteArrayOutputStream bos = new ByteArrayOutputStream();
            OutputStream os = enc.wrap(bos);
            int i = 0;
            int step = 1;
            while (i < data.length) {
                int n = Math.min(step, data.length - i);
                if (n == 1) {
                    os.write(data[i]);
                } else {
                    os.write(data, i, n);
                }
                i += n;
                step = step % 7 + 1;
            }
            os.close();
            String streamed = bos.toString("ISO-8859-1");
            String direct = enc.encodeToString(data);
            System.out.println(streamed.length() + " " + streamed.equals(direct) + " " + streamed.substring(0, 20).replace("\r\n", "|").replace("\n", "|"));
        }
        String enc = Base64.getMimeEncoder().encodeToString(data);
        InputStream in = Base64.getMimeDecoder().wrap(new ByteArrayInputStream(enc.getBytes("ISO-8859-1")));
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        byte[] buf = new byte[17];
        int n;
        int first = in.read();
        back.write(first);
        while ((n = in.read(buf, 0, buf.length)) > 0) {
            back.write(buf, 0, n);
        }
        System.out.println(Arrays.equals(back.toByteArray(), data) + " " + in.read());
        in.close();
        ByteArrayOutputStream small = new ByteArrayOutputStream();
        try (OutputStream os = Base64.getEncoder().wrap(small)) {
            os.write("hi!?".getBytes());
        }
        System.out.println(small.toString("US-ASCII"));
    }
}
