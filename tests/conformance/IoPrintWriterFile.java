import java.io.*;
import java.nio.file.*;
import java.util.*;

/** PrintWriter to a file (by name, File and charset): formatted rows, read back and summed. */
public class IoPrintWriterFile {
    public static void main(String[] args) throws IOException {
        File dir = new File(System.getProperty("java.io.tmpdir"), "IoPrintWriterFile-" + System.nanoTime());
        dir.mkdirs();
        File f = new File(dir, "table.txt");
        try (PrintWriter pw = new PrintWriter(f)) {
            pw.println("# id name score");
            String[] names = {"ada", "grace", "linus", "barbara", "ken"};
            for (int i = 0; i < names.length; i++) {
                pw.printf("%3d %-8s %7.2f%n", i + 1, names[i], (i + 1) * 17.125);
            }
            pw.print(true);
            pw.print(' ');
            pw.print(42L);
            pw.println();
            pw.format(Locale.ROOT, "%,d%n", 1234567);
        }
        List<String> lines = Files.readAllLines(f.toPath());
        lines.forEach(System.out::println);
        double total = 0;
        for (String line : lines.subList(1, 6)) {
            Scanner unused = null;
            String[] cols = line.trim().split("\\s+");
            total += Double.parseDouble(cols[2]);
        }
        System.out.printf("total %.3f over %d rows%n", total, 5);
        File g = new File(dir, "latin.txt");
        try (PrintWriter pw = new PrintWriter(g.getPath(), "ISO-8859-1")) {
            pw.print("café");
        }
        System.out.println("latin bytes " + g.length() + " " + Files.readString(g.toPath(), java.nio.charset.StandardCharsets.ISO_8859_1));
        PrintWriter err = new PrintWriter(new FileWriter(f, true), true);
        err.println("appended");
        System.out.println(err.checkError() + " " + Files.readAllLines(f.toPath()).get(8));
        err.close();
        System.out.println(f.delete() + " " + g.delete() + " " + dir.delete());
    }
}
