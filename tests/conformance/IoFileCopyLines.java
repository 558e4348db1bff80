import java.io.*;
import java.nio.file.*;
import java.util.*;

/** Copying a text file line by line with numbering, then comparing and reversing it through Files. */
public class IoFileCopyLines {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Paths.get(System.getProperty("java.io.tmpdir"), "IoFileCopyLines-" + System.nanoTime(), "work"));
        Path src = dir.resolve("src.txt");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 25; i++) sb.append("line ").append(i * i).append(i % 3 == 0 ? "\t" : "").append('\n');
        Files.writeString(src, sb);
        Path dst = dir.resolve("numbered.txt");
        int count = 0;
        try (BufferedReader in = new BufferedReader(new FileReader(src.toFile())); PrintWriter out = new PrintWriter(new BufferedWriter(new FileWriter(dst.toFile())))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.printf("%03d: %s%n", ++count, line.strip());
            }
        }
        System.out.println("copied " + count + " lines, " + Files.size(src) + " -> " + Files.size(dst) + " bytes");
        List<String> lines = new ArrayList<>(Files.readAllLines(dst));
        System.out.println(lines.get(0) + " / " + lines.get(lines.size() - 1));
        Collections.reverse(lines);
        Path rev = Files.write(dir.resolve("reversed.txt"), lines);
        System.out.println(Files.lines(rev).limit(3).toList());
        Path same = Files.copy(src, dir.resolve("same.txt"));
        System.out.println("equal bytes " + Arrays.equals(Files.readAllBytes(src), Files.readAllBytes(same)) + " mismatch " + Arrays.mismatch(Files.readAllBytes(src), Files.readAllBytes(dst)));
        try {
            Files.copy(src, same);
        } catch (FileAlreadyExistsException e) {
            System.out.println("FileAlreadyExistsException " + e.getMessage().endsWith("same.txt"));
        }
        Files.copy(dst, same, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("replaced " + (Files.size(same) == Files.size(dst)));
        for (Path p : new Path[] {src, dst, rev, same, dir, dir.getParent()}) Files.delete(p);
        System.out.println("clean " + Files.notExists(dir.getParent()));
    }
}
