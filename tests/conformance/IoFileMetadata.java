import java.io.*;

/** java.io.File names, parents, absolute paths, metadata, createNewFile and renameTo. */
public class IoFileMetadata {
    public static void main(String[] args) throws IOException {
        String[] paths = {"a/b/c.txt", "/usr/lib", "/", "plain", "x//y/", "", "../up", "/a"};
        for (String s : paths) {
            File f = new File(s);
            System.out.println("[" + s + "] path=" + f.getPath() + " name=" + f.getName() + " parent=" + f.getParent() + " abs=" + f.isAbsolute() + " hidden=" + f.isHidden());
        }
        System.out.println(new File("dir", "file").getPath() + " " + new File((String) null, "f").getPath() + " " + new File(new File("/p"), "q").getPath() + " " + new File("", "r").getPath());
        File rel = new File("some/relative");
        System.out.println(rel.getAbsolutePath().equals(System.getProperty("user.dir") + "/some/relative") + " " + rel.getAbsoluteFile().isAbsolute());
        System.out.println(new File("/a/./b/../c").getCanonicalPath());
        File dir = new File(System.getProperty("java.io.tmpdir"), "IoFileMetadata-" + System.nanoTime());
        System.out.println("mkdir " + dir.mkdir() + " isDir " + dir.isDirectory() + " canRead " + dir.canRead());
        File f = new File(dir, "meta.txt");
        System.out.println("create " + f.createNewFile() + " again " + f.createNewFile() + " len " + f.length() + " canRead " + f.canRead() + " canWrite " + f.canWrite());
        try (FileWriter w = new FileWriter(f)) {
            w.write("0123456789");
        }
        long now = System.currentTimeMillis();
        System.out.println("len " + f.length() + " recent " + (Math.abs(now - f.lastModified()) < 600_000));
        File g = new File(dir, "renamed.txt");
        System.out.println("rename " + f.renameTo(g) + " old " + f.exists() + " new " + g.exists() + " " + g.length());
        System.out.println("compare " + Integer.signum(f.compareTo(g)) + " equals " + f.equals(new File(dir, "meta.txt")) + " toString " + f.toString().endsWith("meta.txt"));
        System.out.println("toPath " + g.toPath().getFileName());
        try {
            new File(dir, "nodir/x.txt").createNewFile();
        } catch (IOException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("delete dir non-empty " + dir.delete() + " file " + g.delete() + " dir " + dir.delete());
    }
}
