import java.io.*;
import java.util.stream.*;

/** FileWriter, BufferedWriter.newLine, FileReader, BufferedReader.readLine and lines(). */
public class IoReadersWriters {
    public static void main(String[] args) throws IOException {
        File dir = workDir("IoReadersWriters");
        File f = new File(dir, "lines.txt");
        try (BufferedWriter w = new BufferedWriter(new FileWriter(f))) {
            for (int i = 1; i <= 5; i++) {
                w.write("line " + i);
                w.newLine();
            }
            w.write("no newline at end", 3, 7);
        }
        try (FileWriter w = new FileWriter(f, true)) {
            w.write("\r\nwindows\r\nmac\rend");
            w.append('!').append("?", 0, 1);
        }
        try (BufferedReader r = new BufferedReader(new FileReader(f))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                System.out.println(++n + ": [" + line + "]");
            }
        }
        try (BufferedReader r = new BufferedReader(new FileReader(f.getPath()))) {
            System.out.println(r.lines().filter(s -> s.startsWith("line")).map(String::toUpperCase).collect(Collectors.joining(",")));
        }
        try (FileReader r = new FileReader(f)) {
            char[] cbuf = new char[8];
            int n = r.read(cbuf);
            System.out.println("chars " + n + ": " + new String(cbuf, 0, n).replace("\n", "\\n"));
            System.out.println("next: " + (char) r.read());
        }
        StringWriter sw = new StringWriter();
        try (PrintWriter pw = new PrintWriter(sw)) {
            pw.printf("%5.2f|%-4s|%04d%n", Math.PI, "ab", 42);
        }
        System.out.print(sw);
        System.out.println("cleanup: " + f.delete() + " " + dir.delete());
    }

    static File workDir(String prog) {
        while (true) {
            File d = new File(System.getProperty("java.io.tmpdir"), prog + "-" + System.nanoTime());
            if (d.mkdir()) return d;
        }
    }
}
