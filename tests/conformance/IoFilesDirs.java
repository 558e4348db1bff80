import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/** Directories: createDirectories, mkdirs, listing (sorted), listFiles with filters, recursive delete. */
public class IoFilesDirs {
    public static void main(String[] args) throws IOException {
        Path base = Paths.get(System.getProperty("java.io.tmpdir"), "IoFilesDirs-" + System.nanoTime());
        Path deep = base.resolve("a/b/c");
        Files.createDirectories(deep);
        Files.createDirectories(deep);
        System.out.println("deep is dir: " + Files.isDirectory(deep));
        File fileBase = base.toFile();
        System.out.println("mkdirs " + new File(fileBase, "x/y").mkdirs() + " again " + new File(fileBase, "x/y").mkdirs() + " mkdir " + new File(fileBase, "z").mkdir());
        for (String name : new String[] {"one.txt", "two.log", "three.txt"}) {
            Files.writeString(base.resolve(name), name.toUpperCase());
        }
        String[] names = fileBase.list();
        Arrays.sort(names);
        System.out.println(Arrays.toString(names));
        File[] txt = fileBase.listFiles((d, n) -> n.endsWith(".txt"));
        Arrays.sort(txt);
        for (File t : txt) System.out.println(t.getName() + " " + t.length() + " " + t.getParentFile().equals(fileBase));
        File[] dirs = fileBase.listFiles(File::isDirectory);
        System.out.println("dirs " + Arrays.stream(dirs).map(File::getName).sorted().collect(Collectors.toList()));
        try (Stream<Path> s = Files.list(base)) {
            System.out.println(s.map(p -> p.getFileName().toString()).sorted(Comparator.reverseOrder()).collect(Collectors.joining(" ")));
        }
        try {
            Files.createDirectory(deep);
        } catch (FileAlreadyExistsException e) {
            System.out.println("FAEE " + e.getMessage().endsWith("a/b/c"));
        }
        try {
            Files.list(base.resolve("one.txt"));
        } catch (NotDirectoryException e) {
            System.out.println("NotDirectoryException " + e.getMessage().endsWith("one.txt"));
        }
        System.out.println("deleted " + deleteTree(fileBase) + " exists " + fileBase.exists());
    }

    static int deleteTree(File f) {
        int n = 0;
        File[] kids = f.listFiles();
        if (kids != null) for (File k : kids) n += deleteTree(k);
        return n + (f.delete() ? 1 : 0);
    }
}
