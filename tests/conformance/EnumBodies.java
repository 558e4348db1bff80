/** Enums with constructors, fields, abstract methods with constant-specific bodies, interfaces and static lookup tables. */
public class EnumBodies {
    interface Priced {
        int price();
    }

    enum Operation {
        PLUS("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        MINUS("-") {
            int apply(int a, int b) {
                return a - b;
            }
        },
        TIMES("*") {
            int apply(int a, int b) {
                return a * b;
            }

            @Override
            String describe() {
                return "multiplication " + super.describe();
            }
        },
        POWER("^") {
            int apply(int a, int b) {
                int r = 1;
                for (int i = 0; i < b; i++) {
                    r *= a;
                }
                return r;
            }
        };

        private final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);

        String describe() {
            return "op " + symbol;
        }

        static Operation bySymbol(String s) {
            for (Operation op : values()) {
                if (op.symbol.equals(s)) {
                    return op;
                }
            }
            throw new IllegalArgumentException("unknown symbol " + s);
        }
    }

    enum Coin implements Priced {
        PENNY(1), NICKEL(5), DIME(10), QUARTER(25);

        private static final int TOTAL;
        private final int cents;

        static {
            int t = 0;
            for (Coin c : values()) {
                t += c.cents;
            }
            TOTAL = t;
        }

        Coin(int cents) {
            this.cents = cents;
        }

        public int price() {
            return cents;
        }
    }

    enum Singleton {
        INSTANCE;

        int counter;

        int next() {
            return ++counter;
        }
    }

    public static void main(String[] args) {
        for (Operation op : Operation.values()) {
            System.out.println(op + " " + op.describe() + " 3,4 -> " + op.apply(3, 4) + " class " + op.getClass().getName()
                + " declaring " + op.getDeclaringClass().getSimpleName());
        }
        System.out.println("bySymbol ^ " + Operation.bySymbol("^").apply(2, 10));
        try {
            Operation.bySymbol("%");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        int sum = 0;
        for (Priced p : Coin.values()) {
            sum += p.price();
        }
        System.out.println("coins " + sum + " total " + Coin.TOTAL + " quarter ordinal " + Coin.QUARTER.ordinal());
        Singleton.INSTANCE.next();
        System.out.println("singleton " + Singleton.INSTANCE.next() + " " + Singleton.valueOf("INSTANCE").counter);
    }
}
