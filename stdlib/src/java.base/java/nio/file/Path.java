package java.nio.file;

import java.io.File;
import java.util.Iterator;

/** A path on the host's (Unix) file system: a root or not, then names separated by {@code /}. */
public interface Path extends Comparable<Path>, Iterable<Path> {
    /** The path made by joining {@code first} and {@code more} with {@code /}. */
    static Path of(String first, String... more) {
        StringBuilder sb = new StringBuilder(first);
        for (String m : more) {
            if (m.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(m);
        }
        return new HostPath(sb.toString());
    }

    /** Whether the path has a root. */
    boolean isAbsolute();

    /** The root {@code /}, or null. */
    Path getRoot();

    /** The last name, or null if there are none. */
    Path getFileName();

    /** Everything but the last name, or null. */
    Path getParent();

    /** The number of names. */
    int getNameCount();

    /** Name {@code index} (0 nearest the root). */
    Path getName(int index);

    /** Names {@code [beginIndex, endIndex)} as a relative path. */
    Path subpath(int beginIndex, int endIndex);

    /** Whether this path starts with {@code other}'s root and names. */
    boolean startsWith(Path other);

    /** Whether this path starts with the path {@code other}. */
    default boolean startsWith(String other) {
        return startsWith(Path.of(other));
    }

    /** Whether this path ends with {@code other}'s names. */
    boolean endsWith(Path other);

    /** Whether this path ends with the path {@code other}. */
    default boolean endsWith(String other) {
        return endsWith(Path.of(other));
    }

    /** Without redundant {@code .} and {@code name/..} elements. */
    Path normalize();

    /** {@code other} if absolute, else {@code other} appended to this path. */
    Path resolve(Path other);

    /** {@link #resolve(Path)} of the path {@code other}. */
    default Path resolve(String other) {
        return resolve(Path.of(other));
    }

    /** {@code other} resolved against this path's parent. */
    default Path resolveSibling(Path other) {
        Path parent = getParent();
        return parent == null ? other : parent.resolve(other);
    }

    /** {@link #resolveSibling(Path)} of the path {@code other}. */
    default Path resolveSibling(String other) {
        return resolveSibling(Path.of(other));
    }

    /** The relative path that leads from this path to {@code other}. */
    Path relativize(Path other);

    /** This path resolved against {@code user.dir} if relative. */
    Path toAbsolutePath();

    /** The path as a {@link File}. */
    default File toFile() {
        return new File(toString());
    }

    /** The names as paths. */
    @Override
    default Iterator<Path> iterator() {
        java.util.ArrayList<Path> names = new java.util.ArrayList<>();
        for (int i = 0; i < getNameCount(); i++) {
            names.add(getName(i));
        }
        return names.iterator();
    }

    /** Compares the path strings. */
    @Override
    int compareTo(Path other);

    /** Whether {@code other} is an equal path. */
    @Override
    boolean equals(Object other);

    /** The hash of the path. */
    @Override
    int hashCode();

    /** The path string. */
    @Override
    String toString();
}
