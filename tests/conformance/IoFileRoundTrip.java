import java.io.*;

/** Bytes to a file and back with FileOutputStream/FileInputStream, including append and partial reads. */
public class IoFileRoundTrip {
    public static void main(String[] args) throws IOException {
        File dir = workDir("IoFileRoundTrip");
        File f = new File(dir, "data.bin");
        System.out.println("exists before: " + f.exists());
        try (FileOutputStream out = new FileOutputStream(f)) {
            for (int i = 0; i < 300; i++) out.write(i);
            out.write(new byte[] {10, 20, 30, 40, 50}, 1, 3);
        }
        System.out.println("length: " + f.length() + " isFile: " + f.isFile() + " isDirectory: " + f.isDirectory());
        try (FileOutputStream out = new FileOutputStream(f, true)) {
            out.write("tail".getBytes());
        }
        System.out.println("after append: " + f.length());
        try (FileInputStream in = new FileInputStream(f)) {
            System.out.println("available: " + in.available());
            System.out.println("first: " + in.read() + " " + in.read() + " " + in.read());
            System.out.println("skipped: " + in.skip(250));
            byte[] buf = new byte[16];
            int n = in.read(buf, 2, 10);
            System.out.print("read " + n + ":");
            for (int i = 0; i < 12; i++) System.out.print(" " + buf[i]);
            System.out.println();
            byte[] rest = in.readAllBytes();
            System.out.println("rest " + rest.length + " ends with " + new String(rest, rest.length - 4, 4));
            System.out.println("eof: " + in.read() + " " + in.read(buf, 0, 4));
        }
        try (FileOutputStream out = new FileOutputStream(f.getPath())) {
            out.write(65);
        }
        System.out.println("truncated: " + f.length());
        FileInputStream closed = new FileInputStream(f);
        closed.close();
        try {
            closed.read();
        } catch (IOException e) {
            System.out.println("closed read: " + e.getMessage());
        }
        System.out.println("delete: " + f.delete() + " again: " + f.delete() + " dir: " + dir.delete());
    }

    static File workDir(String prog) {
        while (true) {
            File d = new File(System.getProperty("java.io.tmpdir"), prog + "-" + System.nanoTime());
            if (d.mkdir()) return d;
        }
    }
}
