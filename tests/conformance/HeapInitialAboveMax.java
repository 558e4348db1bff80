// jvm-args: -Xms100m -Xmx50m
// An initial heap larger than the maximum: HotSpot's refusal, before any program output.
public class HeapInitialAboveMax {
    public static void main(String[] args) {
        System.out.println("not reached");
    }
}
