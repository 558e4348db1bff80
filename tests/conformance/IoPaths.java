import java.nio.file.*;
import java.util.*;

/** Path and Paths without touching the file system. */
public class IoPaths {
    public static void main(String[] args) {
        Path p = Paths.get("/home/user/docs/../docs/./report.txt");
        System.out.println(p + " abs=" + p.isAbsolute() + " root=" + p.getRoot() + " name=" + p.getFileName() + " count=" + p.getNameCount());
        System.out.println("parent=" + p.getParent() + " normalized=" + p.normalize() + " name1=" + p.getName(1) + " sub=" + p.subpath(1, 3));
        Path rel = Path.of("a", "b", "c.txt");
        System.out.println(rel + " abs=" + rel.isAbsolute() + " root=" + rel.getRoot() + " parent=" + rel.getParent() + " parent2=" + rel.getParent().getParent() + " " + rel.getParent().getParent().getParent());
        System.out.println(Paths.get("x//y///z/") + " " + Paths.get("") + "|" + Paths.get("").getNameCount() + " " + Paths.get("/").getFileName() + " " + Paths.get("/").getNameCount());
        System.out.println(rel.resolve("d") + " " + rel.resolve("/abs") + " " + rel.resolveSibling("e.txt") + " " + Paths.get("").resolve("q"));
        Path a = Paths.get("/a/b/c");
        Path b = Paths.get("/a/x/y");
        System.out.println(a.relativize(b) + " " + b.relativize(a) + " " + a.relativize(a).toString().isEmpty() + " " + Paths.get("a").relativize(Paths.get("a/b/c")));
        System.out.println(a.startsWith("/a") + " " + a.startsWith("/a/b/c") + " " + a.startsWith("a") + " " + a.startsWith("/a/b/c/d") + " " + a.endsWith("b/c") + " " + a.endsWith("c") + " " + a.endsWith("/a/b/c") + " " + a.endsWith("/c"));
        List<String> parts = new ArrayList<>();
        for (Path part : p) parts.add(part.toString());
        System.out.println(parts);
        System.out.println(Paths.get("../x/../../y/.").normalize() + " " + Paths.get("/../x").normalize() + " " + Paths.get("a/./b/../c").normalize());
        System.out.println(a.equals(Paths.get("/a/b/c/")) + " " + a.hashCode() == "" + Paths.get("/a/b/c").hashCode() + " " + a.compareTo(b) + " " + a.toFile().getName());
        TreeSet<Path> sorted = new TreeSet<>(List.of(Paths.get("b"), Paths.get("a/z"), Paths.get("a"), Paths.get("/r")));
        System.out.println(sorted);
        System.out.println(Paths.get("/tmp").toAbsolutePath() + " " + Paths.get("rel").toAbsolutePath().isAbsolute() + " " + Paths.get("rel").toAbsolutePath().endsWith("rel"));
    }
}
