import java.nio.file.Files;
import java.nio.file.Path;

public class Snoop {
    public static void main(String[] args) throws Exception {
        System.out.println("trying to read /etc/passwd");
        System.out.println(Files.readString(Path.of("/etc/passwd")));
    }
}
