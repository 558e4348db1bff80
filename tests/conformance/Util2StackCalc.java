import java.util.*;

/** Stack in small algorithms: RPN evaluation, bracket matching, shunting-yard. */
public class Util2StackCalc {
    static int rpn(String expr) {
        Stack<Integer> st = new Stack<>();
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+": st.push(st.pop() + st.pop()); break;
                case "*": st.push(st.pop() * st.pop()); break;
                case "-": { int b = st.pop(); st.push(st.pop() - b); break; }
                case "/": { int b = st.pop(); st.push(st.pop() / b); break; }
                default: st.push(Integer.parseInt(tok));
            }
        }
        return st.pop();
    }

    static boolean balanced(String s) {
        Stack<Character> st = new Stack<>();
        for (char c : s.toCharArray()) {
            if ("([{".indexOf(c) >= 0) {
                st.push(c);
            } else if (")]}".indexOf(c) >= 0) {
                if (st.empty() || "([{".indexOf(st.pop()) != ")]}".indexOf(c)) {
                    return false;
                }
            }
        }
        return st.isEmpty();
    }

    static String toRpn(String infix) {
        StringBuilder out = new StringBuilder();
        Stack<Character> ops = new Stack<>();
        Map<Character, Integer> prec = Map.of('+', 1, '-', 1, '*', 2, '/', 2);
        for (char c : infix.replace(" ", "").toCharArray()) {
            if (Character.isDigit(c)) {
                out.append(c).append(' ');
            } else if (c == '(') {
                ops.push(c);
            } else if (c == ')') {
                while (ops.peek() != '(') {
                    out.append(ops.pop()).append(' ');
                }
                ops.pop();
            } else {
                while (!ops.empty() && ops.peek() != '(' && prec.get(ops.peek()) >= prec.get(c)) {
                    out.append(ops.pop()).append(' ');
                }
                ops.push(c);
            }
        }
        while (!ops.empty()) {
            out.append(ops.pop()).append(' ');
        }
        return out.toString().trim();
    }

    public static void main(String[] args) {
        String[] exprs = {"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * 5 6 * + *", "100 7 / 3 -"};
        for (String e : exprs) {
            System.out.println(e + " = " + rpn(e));
        }
        for (String s : new String[] {"([]{})", "([)]", "((", "", "{[()()]}"}) {
            System.out.println("'" + s + "' " + balanced(s));
        }
        for (String s : new String[] {"1+2*3", "(1+2)*3", "8/(4-2)*3+1", "9-5-1"}) {
            String r = toRpn(s);
            System.out.println(s + " -> " + r + " = " + rpn(r));
        }
        Stack<String> undo = new Stack<>();
        for (String a : "type,bold,paste,delete".split(",")) {
            undo.push(a);
        }
        System.out.println(undo + " top3=" + undo.subList(undo.size() - 3, undo.size()) + " " + undo.search("type"));
        Collections.reverse(undo);
        System.out.println(undo + " " + undo.peek());
    }
}
