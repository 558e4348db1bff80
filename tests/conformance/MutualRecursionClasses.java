/** Recursion across classes and interfaces: expression tree evaluation via virtual calls, mutual recursion, visitor. */
public class MutualRecursionClasses {
    interface Expr {
        long eval();

        String show();
    }

    record Num(long v) implements Expr {
        public long eval() {
            return v;
        }

        public String show() {
            return Long.toString(v);
        }
    }

    record Bin(char op, Expr l, Expr r) implements Expr {
        public long eval() {
            long a = l.eval(), b = r.eval();
            return switch (op) {
                case '+' -> a + b;
                case '-' -> a - b;
                case '*' -> a * b;
                case '/' -> a / b;
                default -> throw new IllegalArgumentException("op " + op);
            };
        }

        public String show() {
            return "(" + l.show() + " " + op + " " + r.show() + ")";
        }
    }

    static final class Parser {
        final String src;
        int pos;

        Parser(String src) {
            this.src = src.replace(" ", "");
        }

        Expr expr() {
            Expr e = term();
            while (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                char op = src.charAt(pos++);
                e = new Bin(op, e, term());
            }
            return e;
        }

        Expr term() {
            Expr e = factor();
            while (pos < src.length() && (src.charAt(pos) == '*' || src.charAt(pos) == '/')) {
                char op = src.charAt(pos++);
                e = new Bin(op, e, factor());
            }
            return e;
        }

        Expr factor() {
            if (src.charAt(pos) == '(') {
                pos++;
                Expr e = expr();
                pos++;
                return e;
            }
            int start = pos;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
            return new Num(Long.parseLong(src.substring(start, pos)));
        }
    }

    public static void main(String[] args) {
        String[] inputs = {"1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 3 * (2 - 5)", "2 * (3 + (4 - 1) * (8 / 2)) - 10",
            "((((((1+1)*2)*2)*2)*2)*2)"};
        for (String in : inputs) {
            Expr e = new Parser(in).expr();
            System.out.println(in + " => " + e.show() + " = " + e.eval());
        }
        Expr deep = new Num(1);
        for (int i = 0; i < 2000; i++) {
            deep = new Bin(i % 2 == 0 ? '+' : '*', deep, new Num(i % 3 + 1));
        }
        System.out.println("deep tree = " + deep.eval());
        try {
            new Bin('/', new Num(1), new Num(0)).eval();
        } catch (ArithmeticException e) {
            System.out.println("division: " + e.getMessage());
        }
        System.out.println(new Bin('+', new Num(1), new Num(2)));
    }
}
