import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/** java.nio.file.Files: whole-file strings, bytes and lines, options, sizes, create and delete. */
public class IoFilesApi {
    public static void main(String[] args) throws IOException {
        Path dir = workDir("IoFilesApi");
        Path f = dir.resolve("notes.txt");
        Files.writeString(f, "alpha\nbeta\r\ngamma\n");
        System.out.println("size " + Files.size(f) + " exists " + Files.exists(f) + " regular " + Files.isRegularFile(f) + " dir " + Files.isDirectory(f));
        System.out.println(Files.readAllLines(f));
        Files.writeString(f, "delta ünï\n", StandardOpenOption.APPEND);
        System.out.println(Files.readString(f).length() + " " + Files.readAllBytes(f).length);
        System.out.println(Files.readString(f, StandardCharsets.ISO_8859_1).length());
        Files.write(f, Arrays.asList("one", "two", "three"));
        System.out.println(Files.readAllLines(f, StandardCharsets.UTF_8) + " " + Files.size(f));
        Files.write(f, new byte[] {65, 66, 10}, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        System.out.println(Files.lines(f).filter(s -> s.length() > 2).count());
        try {
            Files.createFile(f);
        } catch (FileAlreadyExistsException e) {
            System.out.println("FAEE " + e.getMessage().equals(f.toString()));
        }
        Path g = dir.resolve("new.txt");
        try {
            Files.writeString(g, "x", StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            System.out.println("NSFE " + e.getMessage().endsWith("new.txt"));
        }
        Files.createFile(g);
        System.out.println("created size " + Files.size(g));
        try {
            Files.write(g, new byte[1], StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            System.out.println("CREATE_NEW FAEE");
        }
        Path h = Files.copy(f, dir.resolve("copy.txt"));
        System.out.println("copy " + Files.readAllLines(h));
        Files.move(h, dir.resolve("moved.txt"));
        System.out.println(Files.exists(h) + " " + Files.exists(dir.resolve("moved.txt")));
        try (BufferedWriter w = Files.newBufferedWriter(g)) {
            w.write("buffered");
            w.newLine();
            w.write("writer");
        }
        try (BufferedReader r = Files.newBufferedReader(g)) {
            System.out.println(r.readLine() + "+" + r.readLine() + "+" + r.readLine());
        }
        try (InputStream in = Files.newInputStream(g); OutputStream out = Files.newOutputStream(dir.resolve("moved.txt"), StandardOpenOption.APPEND)) {
            out.write(in.readAllBytes());
        }
        System.out.println(Files.readString(dir.resolve("moved.txt")).replace("\n", "|"));
        try {
            Files.delete(dir);
        } catch (DirectoryNotEmptyException e) {
            System.out.println("DNEE " + e.getMessage().equals(dir.toString()));
        }
        for (String n : new String[] {"notes.txt", "new.txt", "moved.txt", "copy.txt"}) {
            System.out.println(n + " " + Files.deleteIfExists(dir.resolve(n)));
        }
        Files.delete(dir);
        System.out.println("gone " + Files.notExists(dir));
    }

    static Path workDir(String prog) throws IOException {
        while (true) {
            Path d = Paths.get(System.getProperty("java.io.tmpdir"), prog + "-" + System.nanoTime());
            try {
                return Files.createDirectory(d);
            } catch (FileAlreadyExistsException e) {
                // try another name
            }
        }
    }
}
