import java.nio.charset.StandardCharsets;
import java.util.*;

/** Base64: basic, URL and MIME encoders and decoders, padding, and HotSpot's error messages. */
public class Util2Base64 {
    static String show(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static void tryDecode(Base64.Decoder d, String s) {
        try {
            System.out.println("'" + s.replace("\r\n", "\\r\\n") + "' -> " + Arrays.toString(d.decode(s)));
        } catch (IllegalArgumentException e) {
            System.out.println("'" + s + "' -> " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Base64.Encoder enc = Base64.getEncoder();
        String[] inputs = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, World!"};
        for (String s : inputs) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            String e = enc.encodeToString(b);
            String np = enc.withoutPadding().encodeToString(b);
            String back = new String(Base64.getDecoder().decode(e), StandardCharsets.UTF_8);
            String back2 = new String(Base64.getDecoder().decode(np), StandardCharsets.UTF_8);
            System.out.println("[" + s + "] " + e + " " + np + " " + back.equals(s) + " " + back2.equals(s));
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String basic = enc.encodeToString(all);
        String url = Base64.getUrlEncoder().encodeToString(all);
        System.out.println(basic);
        System.out.println(url);
        System.out.println(Arrays.equals(all, Base64.getUrlDecoder().decode(url)) + " " + Arrays.equals(all, Base64.getDecoder().decode(basic)));
        String mime = Base64.getMimeEncoder().encodeToString(all);
        System.out.println(mime.replace("\r\n", "|") + " " + mime.length());
        System.out.println(Arrays.equals(all, Base64.getMimeDecoder().decode(mime)));
        Base64.Encoder custom = Base64.getMimeEncoder(10, new byte[] {'#', '\n'});
        System.out.println(custom.encodeToString(Arrays.copyOf(all, 40)).replace("\n", "~"));
        System.out.println(Base64.getMimeEncoder(3, new byte[] {'-'}).encodeToString(Arrays.copyOf(all, 40)));
        System.out.println(Base64.getMimeEncoder().encodeToString(new byte[57]).length() + " " + Base64.getMimeEncoder().encodeToString(new byte[58]).length());
        try {
            Base64.getMimeEncoder(8, new byte[] {'A'});
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Base64.getMimeEncoder(8, new byte[] {'\n', '='});
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Base64.Decoder d = Base64.getDecoder();
        String[] bad = {"", "Q", "QQ", "QQ=", "QQ==", "QQ===", "QUI", "QUI=", "QUJD", "Q===", "=", "QQ==QQ", "QU JD", "QU\u00e9J",
            "QUJD\n", "QQ=x", "-_-_", "+/+/", "QUJDRA", "QUJDR", "QUJDRA=="};
        for (String s : bad) {
            tryDecode(d, s);
        }
        Base64.Decoder u = Base64.getUrlDecoder();
        tryDecode(u, "-_-_");
        tryDecode(u, "+/+/");
        Base64.Decoder m = Base64.getMimeDecoder();
        tryDecode(m, "QU JD\r\nRA==");
        tryDecode(m, "Q");
        tryDecode(m, "!!QUJD!!");
        tryDecode(m, "QUJDRA==garbage");
        tryDecode(m, "QQ");
        byte[] dst = new byte[2];
        try {
            enc.encode(new byte[] {1, 2}, dst);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        byte[] dst2 = new byte[10];
        System.out.println(enc.encode(new byte[] {1, 2, 3, 4}, dst2) + " " + show(dst2).trim());
        System.out.println(d.decode("AQIDBA==".getBytes(), dst2) + " " + Arrays.toString(dst2));
        try {
            d.decode("AQIDBA==".getBytes(), new byte[3]);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(show(enc.encode("round trip".getBytes())));
    }
}
