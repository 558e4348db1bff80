import java.util.*;

/** Base64 round trips of seeded random data of every length 0..200 through all encoders, with checksums. */
public class Util2Base64Roundtrip {
    public static void main(String[] args) {
        Random rnd = new Random(2024);
        Base64.Encoder[] encs = {Base64.getEncoder(), Base64.getUrlEncoder(), Base64.getMimeEncoder(),
            Base64.getEncoder().withoutPadding(), Base64.getUrlEncoder().withoutPadding(),
            Base64.getMimeEncoder(16, new byte[] {'\n'})};
        Base64.Decoder[] decs = {Base64.getDecoder(), Base64.getUrlDecoder(), Base64.getMimeDecoder(),
            Base64.getDecoder(), Base64.getUrlDecoder(), Base64.getMimeDecoder()};
        long[] sums = new long[encs.length];
        int failures = 0;
        for (int len = 0; len <= 200; len++) {
            byte[] data = new byte[len];
            rnd.nextBytes(data);
            for (int k = 0; k < encs.length; k++) {
                String e = encs[k].encodeToString(data);
                sums[k] = sums[k] * 31 + e.hashCode();
                if (!Arrays.equals(decs[k].decode(e), data)) {
                    failures++;
                }
            }
            if (len % 50 == 7) {
                System.out.println(len + " " + Base64.getUrlEncoder().encodeToString(data));
            }
        }
        System.out.println(Arrays.toString(sums) + " failures=" + failures);
        byte[] data = new byte[100];
        rnd.nextBytes(data);
        String mime = Base64.getMimeEncoder().encodeToString(data);
        System.out.println(mime.replace("\r\n", "\\r\\n"));
        System.out.println(Arrays.equals(Base64.getMimeDecoder().decode(mime.replace("\r\n", " \t ")), data));
        byte[] out = new byte[200];
        int n = Base64.getEncoder().encode(data, out);
        int m = Base64.getDecoder().decode(Arrays.copyOf(out, n), out);
        System.out.println(n + " " + m + " " + Arrays.equals(Arrays.copyOf(out, m), data));
        String text = "Many hands make light work.";
        String enc = Base64.getEncoder().encodeToString(text.getBytes());
        System.out.println(enc + " " + new String(Base64.getDecoder().decode(enc)));
    }
}
