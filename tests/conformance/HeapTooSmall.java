// jvm-args: -Xmx1m
// A maximum heap too small to start the VM: HotSpot's refusal, before any program output.
public class HeapTooSmall {
    public static void main(String[] args) {
        System.out.println("not reached");
    }
}
