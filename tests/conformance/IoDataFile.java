import java.io.*;

/** Data streams through buffered file streams: a binary record file written and read back. */
public class IoDataFile {
    public static void main(String[] args) throws IOException {
        File f = new File(System.getProperty("java.io.tmpdir"), "IoDataFile-" + System.nanoTime() + ".bin");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(f)))) {
            out.writeInt(0xCAFEBABE);
            out.writeShort(3);
            for (int i = 0; i < 3; i++) {
                out.writeUTF("record-" + i + (i == 2 ? " ✓" : ""));
                out.writeDouble(i * 1.25);
                out.writeLong(-1L << (i * 20));
                out.writeBoolean(i % 2 == 0);
            }
            System.out.println("written " + out.size());
        }
        System.out.println("file length " + f.length());
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(f)))) {
            System.out.println(Integer.toHexString(in.readInt()));
            int n = in.readShort();
            for (int i = 0; i < n; i++) {
                System.out.println(in.readUTF() + " " + in.readDouble() + " " + in.readLong() + " " + in.readBoolean());
            }
            System.out.println("end " + in.read());
        }
        try (DataInputStream in = new DataInputStream(new FileInputStream(f))) {
            byte[] head = new byte[6];
            in.readFully(head);
            System.out.println(String.format("%02x%02x %d", head[0], head[1], head.length));
            byte[] big = new byte[1000];
            try {
                in.readFully(big);
            } catch (EOFException e) {
                System.out.println("EOFException " + e.getMessage());
            }
        }
        System.out.println("deleted " + f.delete());
    }
}
