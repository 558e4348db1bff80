public class Sleepy {
    public static void main(String[] args) throws Exception {
        System.out.println("going to sleep for a minute");
        Thread.sleep(60_000);
        System.out.println("woke up");
    }
}
