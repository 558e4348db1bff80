import java.io.*;
import java.nio.file.*;
import java.util.*;

/** Scanner over a File and a Path, findWithinHorizon, and FileNotFoundException for a missing file. */
public class Util2ScannerFile {
    public static void main(String[] args) throws Exception {
        Path p = Paths.get(System.getProperty("java.io.tmpdir"), "util2scanner-" + ProcessHandleFree.id() + ".txt");
        Files.writeString(p, "id,name,score\n1,ann,90.5\n2,bob,71\n3,cy,88.25\n");
        try (Scanner s = new Scanner(p.toFile())) {
            s.nextLine();
            s.useDelimiter("[,\\n]");
            double total = 0;
            while (s.hasNextInt()) {
                int id = s.nextInt();
                String name = s.next();
                double score = s.nextDouble();
                total += score;
                System.out.println(id + " " + name + " " + score);
            }
            System.out.println(total + " " + s.hasNext());
        }
        try (Scanner s = new Scanner(p, "UTF-8")) {
            System.out.println(s.findWithinHorizon("b.b", 0) + " " + s.nextLine() + " " + s.findWithinHorizon("\\d+\\.\\d+", 5)
                + " " + s.findWithinHorizon("\\d+\\.\\d+", 0) + " [" + s.nextLine() + "] " + s.hasNextLine());
        }
        Files.delete(p);
        try {
            new Scanner(p.toFile());
        } catch (FileNotFoundException e) {
            System.out.println("FileNotFoundException " + e.getMessage().endsWith("(No such file or directory)"));
        }
        Scanner h = new Scanner("abc def ghi");
        System.out.println(h.findWithinHorizon("[dg]..", 6) + " " + h.findWithinHorizon("g..", 3) + " " + h.next());
    }

    /** A per-process suffix without ProcessHandle: the identity of a fresh object and the time. */
    static class ProcessHandleFree {
        static String id() {
            return Long.toHexString(System.nanoTime()) + Integer.toHexString(System.identityHashCode(new Object()));
        }
    }
}
