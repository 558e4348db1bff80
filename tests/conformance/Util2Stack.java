import java.util.*;

/** Stack: push, pop, peek, search, empty and EmptyStackException. */
public class Util2Stack {
    public static void main(String[] args) {
        Stack<String> s = new Stack<>();
        System.out.println(s.empty() + " " + s);
        for (String w : "a b c d e".split(" ")) {
            System.out.println(s.push(w));
        }
        System.out.println(s + " size=" + s.size() + " peek=" + s.peek());
        System.out.println(s.search("e") + " " + s.search("a") + " " + s.search("z"));
        System.out.println(s.pop() + s.pop() + " " + s);
        s.push("c");
        System.out.println(s.search("c") + " " + s.indexOf("c") + " " + s.lastIndexOf("c"));
        while (!s.empty()) {
            System.out.print(s.pop());
        }
        System.out.println();
        try {
            s.pop();
        } catch (EmptyStackException e) {
            System.out.println("pop: " + e + " " + e.getMessage());
        }
        try {
            s.peek();
        } catch (EmptyStackException e) {
            System.out.println("peek: " + e);
        }
        Stack<Integer> n = new Stack<>();
        for (int i = 0; i < 20; i++) {
            n.push(i * i);
        }
        System.out.println(n.capacity() + " " + n.get(5) + " " + n.firstElement() + " " + n.lastElement());
        int sum = 0;
        for (int x : n) {
            sum += x;
        }
        System.out.println(sum);
    }
}
