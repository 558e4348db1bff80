import java.io.*;
import java.util.stream.*;

/** StringReader (read, skip, mark/reset), StringWriter, BufferedReader over strings and lines(). */
public class IoStringReaderWriter {
    public static void main(String[] args) throws IOException {
        StringReader r = new StringReader("abcdefghij");
        System.out.println((char) r.read() + " skip " + r.skip(2) + " " + (char) r.read() + " ready " + r.ready() + " mark " + r.markSupported());
        r.mark(100);
        char[] buf = new char[4];
        System.out.println(r.read(buf) + " " + new String(buf));
        r.reset();
        System.out.println(r.read(buf, 1, 2) + " " + new String(buf, 1, 2) + " skip " + r.skip(100) + " eof " + r.read() + " " + r.read(buf));
        r.close();
        try {
            r.read();
        } catch (IOException e) {
            System.out.println("closed: " + e.getMessage());
        }
        BufferedReader br = new BufferedReader(new StringReader("first\nsecond\r\nthird\rfourth\n\nsixth"));
        System.out.println(br.readLine() + "|" + br.readLine());
        System.out.println(br.lines().map(s -> "<" + s + ">").collect(Collectors.joining()));
        System.out.println(br.readLine());
        StringWriter sw = new StringWriter();
        sw.write("hello");
        sw.write(' ');
        sw.write("world!!", 0, 5);
        sw.append("...").append('x');
        System.out.println(sw + " " + sw.getBuffer().length());
        BufferedWriter bw = new BufferedWriter(sw, 4);
        bw.write("buffered");
        bw.newLine();
        bw.write('z');
        System.out.println("before flush: " + sw.toString().length());
        bw.flush();
        System.out.println("after flush: " + sw.toString().replace("\n", "\\n"));
        try {
            new BufferedWriter(sw, 0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        long words = new BufferedReader(new StringReader("a b\nc d e\n\nf")).lines().flatMap(l -> java.util.Arrays.stream(l.split(" "))).filter(s -> !s.isEmpty()).count();
        System.out.println("words " + words);
    }
}
