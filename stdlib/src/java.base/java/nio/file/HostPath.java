package java.nio.file;

import java.util.ArrayList;

/** Cortado's {@link Path}: a normalized path string (no repeated or trailing slashes). */
final class HostPath implements Path {
    private final String path;

    HostPath(String input) {
        for (int i = 0; i < input.length(); i++) {
            if (input.charAt(i) == 0) {
                throw new InvalidPathException(input, "Nul character not allowed");
            }
        }
        StringBuilder sb = new StringBuilder(input.length());
        char prev = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '/' && prev == '/') {
                continue;
            }
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') {
            sb.setLength(sb.length() - 1);
        }
        this.path = sb.toString();
    }

    private String[] names() {
        String body = path.startsWith("/") ? path.substring(1) : path;
        if (body.isEmpty()) {
            return path.isEmpty() ? new String[] {""} : new String[0];
        }
        return body.split("/");
    }

    @Override
    public boolean isAbsolute() {
        return path.startsWith("/");
    }

    @Override
    public Path getRoot() {
        return isAbsolute() ? new HostPath("/") : null;
    }

    @Override
    public Path getFileName() {
        if (path.equals("/")) {
            return null;
        }
        if (path.isEmpty()) {
            return this;
        }
        return new HostPath(path.substring(path.lastIndexOf('/') + 1));
    }

    @Override
    public Path getParent() {
        int slash = path.lastIndexOf('/');
        if (slash < 0 || path.equals("/")) {
            return null;
        }
        return new HostPath(slash == 0 ? "/" : path.substring(0, slash));
    }

    @Override
    public int getNameCount() {
        return names().length;
    }

    @Override
    public Path getName(int index) {
        String[] names = names();
        if (index < 0 || index >= names.length) {
            throw new IllegalArgumentException();
        }
        return new HostPath(names[index]);
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        String[] names = names();
        if (beginIndex < 0 || beginIndex >= names.length || endIndex > names.length || beginIndex >= endIndex) {
            throw new IllegalArgumentException();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = beginIndex; i < endIndex; i++) {
            if (i > beginIndex) {
                sb.append('/');
            }
            sb.append(names[i]);
        }
        return new HostPath(sb.toString());
    }

    @Override
    public boolean startsWith(Path other) {
        HostPath o = (HostPath) other;
        if (o.isAbsolute() != isAbsolute()) {
            return false;
        }
        String[] mine = names();
        String[] theirs = o.names();
        if (theirs.length > mine.length) {
            return false;
        }
        if (o.path.isEmpty()) {
            return path.isEmpty();
        }
        for (int i = 0; i < theirs.length; i++) {
            if (!theirs[i].equals(mine[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean endsWith(Path other) {
        HostPath o = (HostPath) other;
        if (o.isAbsolute()) {
            return o.path.equals(path);
        }
        String[] mine = names();
        String[] theirs = o.names();
        if (theirs.length > mine.length) {
            return false;
        }
        if (o.path.isEmpty()) {
            return path.isEmpty();
        }
        for (int i = 0; i < theirs.length; i++) {
            if (!theirs[theirs.length - 1 - i].equals(mine[mine.length - 1 - i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path normalize() {
        ArrayList<String> kept = new ArrayList<>();
        for (String name : names()) {
            if (name.equals(".") || name.isEmpty()) {
                continue;
            }
            if (name.equals("..") && !kept.isEmpty() && !kept.get(kept.size() - 1).equals("..")) {
                kept.remove(kept.size() - 1);
            } else if (name.equals("..") && isAbsolute()) {
                continue;
            } else {
                kept.add(name);
            }
        }
        return new HostPath((isAbsolute() ? "/" : "") + String.join("/", kept));
    }

    @Override
    public Path resolve(Path other) {
        HostPath o = (HostPath) other;
        if (o.isAbsolute()) {
            return o;
        }
        if (o.path.isEmpty()) {
            return this;
        }
        if (path.isEmpty()) {
            return o;
        }
        return new HostPath(path + "/" + o.path);
    }

    @Override
    public Path relativize(Path other) {
        HostPath o = (HostPath) other;
        if (o.isAbsolute() != isAbsolute()) {
            throw new IllegalArgumentException("'other' is different type of Path");
        }
        String[] mine = path.isEmpty() ? new String[0] : names();
        String[] theirs = o.path.isEmpty() ? new String[0] : o.names();
        int common = 0;
        while (common < mine.length && common < theirs.length && mine[common].equals(theirs[common])) {
            common++;
        }
        ArrayList<String> parts = new ArrayList<>();
        for (int i = common; i < mine.length; i++) {
            parts.add("..");
        }
        for (int i = common; i < theirs.length; i++) {
            parts.add(theirs[i]);
        }
        return new HostPath(String.join("/", parts));
    }

    @Override
    public Path toAbsolutePath() {
        if (isAbsolute()) {
            return this;
        }
        String dir = System.getProperty("user.dir");
        return new HostPath(path.isEmpty() ? dir : dir + "/" + path);
    }

    @Override
    public int compareTo(Path other) {
        return path.compareTo(((HostPath) other).path);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof HostPath && ((HostPath) obj).path.equals(path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
