import java.io.*;
import java.util.*;

/** Scanner over an InputStream (bytes decoded as UTF-8): input larger than the read buffer, tokens across chunk boundaries. */
public class Util2ScannerStream {
    public static void main(String[] args) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append(i * 7).append(i % 10 == 9 ? '\n' : ' ');
        }
        Scanner s = new Scanner(new ByteArrayInputStream(sb.toString().getBytes("UTF-8")));
        long sum = 0;
        int count = 0;
        while (s.hasNextInt()) {
            sum += s.nextInt();
            count++;
        }
        System.out.println(count + " " + sum + " " + s.hasNext());
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            lines.append("line number ").append(i).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        Scanner l = new Scanner(new ByteArrayInputStream(lines.toString().getBytes()));
        int n = 0;
        int chars = 0;
        String last = null;
        while (l.hasNextLine()) {
            last = l.nextLine();
            chars += last.length();
            n++;
        }
        System.out.println(n + " " + chars + " " + last);
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            words.append("w").append(i).append(",");
        }
        Scanner d = new Scanner(new ByteArrayInputStream(words.toString().getBytes()), "UTF-8").useDelimiter(",");
        int wc = 0;
        String lw = null;
        while (d.hasNext()) {
            lw = d.next();
            wc++;
        }
        System.out.println(wc + " " + lw);
        Scanner mixed = new Scanner(new ByteArrayInputStream("3\nalpha beta\n4.5 gamma\n".getBytes()));
        int k = mixed.nextInt();
        mixed.nextLine();
        String line = mixed.nextLine();
        double dd = mixed.nextDouble();
        String g = mixed.next();
        System.out.println(k + " [" + line + "] " + dd + " " + g + " " + mixed.hasNextLine() + " [" + mixed.nextLine() + "] " + mixed.hasNextLine());
        Scanner uni = new Scanner(new ByteArrayInputStream("h\u00e9llo w\u00f6rld \u4e2d\u6587".getBytes("UTF-8")), "UTF-8");
        while (uni.hasNext()) {
            String w = uni.next();
            System.out.print(w.length() + ":" + (int) w.charAt(1) + " ");
        }
        System.out.println();
    }
}
