public class Hello {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 1; i <= 100; i++) sum += i;
        System.out.println("Hello from a script: 1 + ... + 100 = " + sum);
    }
}
