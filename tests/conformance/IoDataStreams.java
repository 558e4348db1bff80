import java.io.*;

/** DataOutputStream/DataInputStream over byte arrays: big-endian layout, modified UTF-8, EOF. */
public class IoDataStreams {
    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeBoolean(true);
        out.writeByte(-2);
        out.writeShort(0x1234);
        out.writeChar('Z');
        out.writeInt(-123456789);
        out.writeLong(0x0102030405060708L);
        out.writeFloat(1.5f);
        out.writeDouble(-0.1);
        out.writeUTF("héllo \u0000 €");
        out.writeBytes("AB");
        out.writeChars("cd");
        out.flush();
        System.out.println("size: " + out.size() + " = " + bytes.size());
        byte[] b = bytes.toByteArray();
        StringBuilder hex = new StringBuilder();
        for (byte x : b) hex.append(String.format("%02x", x));
        System.out.println(hex);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
        System.out.println(in.readBoolean() + " " + in.readByte() + " " + Integer.toHexString(in.readShort()) + " " + in.readChar());
        System.out.println(in.readInt() + " " + Long.toHexString(in.readLong()) + " " + in.readFloat() + " " + in.readDouble());
        String s = in.readUTF();
        System.out.println(s.length() + " " + s.replace('\u0000', '0'));
        byte[] two = new byte[2];
        in.readFully(two);
        System.out.println(new String(two) + " " + in.readChar() + in.readChar());
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("EOF: " + e.getMessage());
        }
        DataInputStream d2 = new DataInputStream(new ByteArrayInputStream(new byte[] {(byte) 0xff, (byte) 0xfe, 7}));
        System.out.println(d2.readUnsignedShort() + " " + d2.readUnsignedByte() + " skip " + d2.skipBytes(5));
    }
}
