import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Temporary files and directories (File.createTempFile, Files.createTempFile/createTempDirectory): where they
 * are made, how they are named, the errors for bad names and missing directories, and File.deleteOnExit, whose
 * deletions happen after the shutdown hooks (a hook still sees the files). Everything is made under a fresh
 * directory in java.io.tmpdir; vm/tests/temp_files.rs runs this with its own java.io.tmpdir and checks that
 * nothing is left after the exit.
 */
public class TempFilesLifecycle {
    public static void main(String[] args) throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = Files.createTempDirectory("cortado-tf");
        File dirFile = dir.toFile();
        dirFile.deleteOnExit();
        System.out.println("dir: " + dir.getFileName().toString().matches("cortado-tf\\d+") + " "
                + Files.isDirectory(dir) + " " + dir.getParent().equals(tmp) + " " + dir.isAbsolute());

        File f = File.createTempFile("abc", null, dirFile);
        File g = File.createTempFile("pre", ".txt", dirFile);
        Path p = Files.createTempFile(dir, null, ".csv");
        Path q = Files.createTempFile(dir, "q-", null);
        Path sub = Files.createTempDirectory(dir, "sub");
        for (Object o : new Object[] {f, g, p, q, sub}) {
            File file = o instanceof File ff ? ff : ((Path) o).toFile();
            file.deleteOnExit();
        }
        System.out.println("file names: " + f.getName().matches("abc\\d+\\.tmp") + " " + g.getName().matches("pre\\d+\\.txt")
                + " " + p.getFileName().toString().matches("\\d+\\.csv") + " " + q.getFileName().toString().matches("q-\\d+\\.tmp")
                + " " + sub.getFileName().toString().matches("sub\\d+"));
        System.out.println("made: " + f.isFile() + " " + f.length() + " " + Files.size(p) + " " + Files.isDirectory(sub)
                + " " + f.getParentFile().equals(dirFile) + " " + p.getParent().equals(dir));
        Files.writeString(p, "a,b\n1,2\n");
        System.out.println("written: " + Files.readAllLines(p));

        Set<String> names = new HashSet<>();
        for (int i = 0; i < 25; i++) {
            File t = File.createTempFile("many", ".x", dirFile);
            names.add(t.getName());
            System.out.print(t.delete() ? "" : "!");
        }
        System.out.println("distinct: " + names.size());

        File stripped = File.createTempFile("no/such/dir/abc", ".y", dirFile);
        System.out.println("prefix's last name only: " + stripped.getName().matches("abc\\d+\\.y") + " " + stripped.delete());

        try {
            File.createTempFile("abc", "/x", dirFile);
            System.out.println("no exception for a separator in the suffix");
        } catch (IOException e) {
            // The message names the would-be file, random number included.
            System.out.println("separator in suffix: " + e.getMessage().startsWith("Unable to create temporary file, "));
        }

        File inTmp = File.createTempFile("cortado-default", null);
        System.out.println("default place: " + inTmp.getParentFile().toPath().equals(tmp) + " " + inTmp.delete());
        Path inTmp2 = Files.createTempFile(null, null);
        System.out.println("default nio: " + inTmp2.getParent().equals(tmp) + " "
                + inTmp2.getFileName().toString().matches("\\d+\\.tmp") + " " + Files.deleteIfExists(inTmp2));

        Runnable[] bad = {
            () -> call(() -> File.createTempFile("ab", ".x", dirFile)),
            () -> call(() -> File.createTempFile("abc", ".x", new File(dirFile, "missing"))),
            () -> call(() -> Files.createTempFile(dir.resolve("missing"), "a", "b")),
            () -> call(() -> Files.createTempFile(dir, "a/b", null)),
            () -> call(() -> Files.createTempFile(dir, "a", "/b")),
            () -> call(() -> Files.createTempDirectory(dir, "x/")),
            () -> call(() -> Files.createTempDirectory(dir.resolve("missing"), "x")),
            () -> call(() -> File.createTempFile(null, null)),
        };
        for (Runnable r : bad) {
            r.run();
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() ->
                System.out.println("hook sees: " + f.exists() + " " + Files.exists(p) + " " + dirFile.isDirectory())));
        System.out.println("end of main");
    }

    interface Call {
        Object run() throws IOException;
    }

    /** Prints the exception a call throws: its class, and its message unless that names a random file. */
    static void call(Call c) {
        try {
            System.out.println("no exception: " + c.run());
        } catch (NoSuchFileException e) {
            System.out.println("NoSuchFileException in missing: " + e.getMessage().contains("/missing/"));
        } catch (NullPointerException e) {
            // The helpful message names the JDK's own parameter, which a class library compiled without
            // local variable tables cannot know.
            System.out.println("NullPointerException");
        } catch (Exception e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
