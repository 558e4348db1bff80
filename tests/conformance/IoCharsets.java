import java.io.*;
import java.nio.charset.*;

/** OutputStreamWriter and InputStreamReader in UTF-8, ISO-8859-1 and US-ASCII, with bad input. */
public class IoCharsets {
    public static void main(String[] args) throws IOException {
        String text = "Aé€😀z";
        for (Charset cs : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Writer w = new OutputStreamWriter(bytes, cs)) {
                w.write(text);
            }
            StringBuilder hex = new StringBuilder();
            for (byte b : bytes.toByteArray()) hex.append(String.format("%02X ", b));
            System.out.println(cs.name() + ": " + hex.toString().trim());
            Reader r = new InputStreamReader(new ByteArrayInputStream(bytes.toByteArray()), cs);
            StringBuilder back = new StringBuilder();
            int c;
            while ((c = r.read()) >= 0) back.append(String.format("%04x ", c));
            System.out.println("  back: " + back.toString().trim());
        }
        OutputStreamWriter named = new OutputStreamWriter(new ByteArrayOutputStream(), "ISO-8859-1");
        System.out.println(named.getEncoding());
        try {
            new OutputStreamWriter(new ByteArrayOutputStream(), "NO-SUCH-CHARSET");
        } catch (UnsupportedEncodingException e) {
            System.out.println("UEE " + e.getMessage());
        }
        byte[] bad = {(byte) 0x41, (byte) 0xC3, (byte) 0x28, (byte) 0xE2, (byte) 0x82, (byte) 0x42};
        Reader r = new InputStreamReader(new ByteArrayInputStream(bad), StandardCharsets.UTF_8);
        char[] buf = new char[16];
        int n = r.read(buf);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(String.format("%04x ", (int) buf[i]));
        System.out.println("bad: " + sb.toString().trim());
        ByteArrayOutputStream unflushed = new ByteArrayOutputStream();
        Writer w = new OutputStreamWriter(unflushed, StandardCharsets.UTF_8);
        w.write("pending");
        System.out.println("before flush " + unflushed.size());
        w.flush();
        System.out.println("after flush " + unflushed.size());
        w.close();
        try {
            w.write("x");
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }
        System.out.println(new String("€uro".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1).length());
    }
}
