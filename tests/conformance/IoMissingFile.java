import java.io.*;
import java.nio.file.*;

/** The exceptions and messages for missing files, directories and bad targets. */
public class IoMissingFile {
    public static void main(String[] args) throws IOException {
        String missing = "missing-IoMissingFile-" + System.nanoTime() + ".txt";
        try {
            new FileInputStream(missing);
        } catch (FileNotFoundException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(missing, "missing.txt"));
        }
        try {
            new FileReader(new File(missing));
        } catch (FileNotFoundException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(missing, "missing.txt"));
        }
        try {
            new FileOutputStream("no-such-dir-" + missing + "/x.txt");
        } catch (FileNotFoundException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(missing, "missing.txt"));
        }
        String tmp = System.getProperty("java.io.tmpdir");
        try {
            new FileInputStream(tmp);
        } catch (FileNotFoundException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new FileWriter(tmp);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        Path p = Paths.get(missing);
        try {
            Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(missing, "missing.txt") + " file=" + e.getFile().equals(missing));
        }
        try {
            Files.readAllLines(p);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(missing, "missing.txt"));
        }
        try {
            Files.delete(p);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(missing, "missing.txt"));
        }
        try {
            Files.size(p);
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(missing, "missing.txt"));
        }
        try {
            Files.writeString(Paths.get("no-such-dir-" + missing, "x.txt"), "x");
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage().replace(missing, "missing.txt"));
        }
        System.out.println("deleteIfExists: " + Files.deleteIfExists(p) + " exists: " + Files.exists(p) + " notExists: " + Files.notExists(p));
        File f = new File(missing);
        System.out.println(f.exists() + " " + f.length() + " " + f.lastModified() + " " + f.delete() + " " + f.isFile() + " " + (f.list() == null));
        new FileInputStream("IoMissingFile-never-created.txt");
    }
}
