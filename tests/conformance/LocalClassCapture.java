/** Local classes capturing effectively-final locals and parameters, local classes in loops, in static and instance contexts. */
public class LocalClassCapture {
    interface Op {
        int apply(int x);
    }

    private int base = 1000;

    Op instanceContext(int add) {
        int mul = 3;
        class Scaler implements Op {
            final int extra;

            Scaler(int extra) {
                this.extra = extra;
            }

            public int apply(int x) {
                return x * mul + add + extra + base;
            }
        }
        return new Scaler(7);
    }

    static Op[] loopCapture() {
        Op[] ops = new Op[4];
        for (int i = 0; i < ops.length; i++) {
            final int captured = i * 10;
            class Adder implements Op {
                public int apply(int x) {
                    return x + captured;
                }
            }
            ops[i] = new Adder();
        }
        return ops;
    }

    static String capturedTypes(long l, double d, char c, boolean z, String s, int[] arr) {
        class Show {
            String show() {
                arr[0]++;
                return l + " " + d + " " + c + " " + z + " " + s + " " + arr[0];
            }
        }
        Show sh = new Show();
        sh.show();
        return sh.show();
    }

    static int recursiveLocal(int n) {
        class Fact {
            int of(int k) {
                return k <= 1 ? 1 : k * of(k - 1);
            }
        }
        return new Fact().of(n);
    }

    public static void main(String[] args) {
        LocalClassCapture self = new LocalClassCapture();
        Op op = self.instanceContext(5);
        System.out.println("instance local: " + op.apply(2));
        self.base = 0;
        System.out.println("sees field change: " + op.apply(2));
        StringBuilder sb = new StringBuilder();
        for (Op o : loopCapture()) {
            sb.append(o.apply(1)).append(' ');
        }
        System.out.println("loop captures: " + sb);
        System.out.println("captured types: " + capturedTypes(1L << 33, 0.25, 'q', true, "str", new int[] {41}));
        System.out.println("recursive local class: " + recursiveLocal(10));
        System.out.println("local class name: " + op.getClass().getName() + " simple " + op.getClass().getSimpleName());
    }
}
