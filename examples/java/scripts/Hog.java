import java.util.ArrayList;
import java.util.List;

public class Hog {
    public static void main(String[] args) {
        List<int[]> hoard = new ArrayList<>();
        while (true) hoard.add(new int[1 << 20]);
    }
}
