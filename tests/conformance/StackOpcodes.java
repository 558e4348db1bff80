/** dup/dup_x1/dup_x2/dup2/dup2_x1/dup2_x2/pop2/swap as javac emits them: chained and compound assignments on fields and arrays. */
public class StackOpcodes {
    int i;
    long l;
    double d;
    static long sl;
    static int si;

    static long lastLong() {
        return 99L;
    }

    public static void main(String[] args) {
        StackOpcodes o = new StackOpcodes();
        int a = o.i = 5;
        long b = o.l = 1L << 33;
        double c = o.d = 2.5;
        System.out.println("chained field assign: " + a + " " + b + " " + c);
        int[] ia = new int[3];
        long[] la = new long[3];
        double[] da = new double[3];
        int x = ia[1] = 7;
        long y = la[2] = -3L;
        double z = da[0] = 0.125;
        System.out.println("chained array assign: " + x + " " + y + " " + z + " " + ia[1] + la[2] + da[0]);
        int post = o.i++;
        long postL = o.l++;
        double postD = o.d++;
        System.out.println("post-increment fields: " + post + " " + o.i + " " + postL + " " + o.l + " " + postD + " " + o.d);
        int preA = ++ia[1];
        long postA = la[2]--;
        double preD = --da[0];
        System.out.println("array inc/dec: " + preA + " " + ia[1] + " " + postA + " " + la[2] + " " + preD + " " + da[0]);
        long s1 = sl += 10;
        int s2 = si -= 3;
        long s3 = sl++;
        System.out.println("static compound: " + s1 + " " + s2 + " " + s3 + " " + sl);
        o.l += o.l << 1;
        la[0] += la[2] * 4;
        da[1] *= da[0] - 1;
        System.out.println("compound: " + o.l + " " + la[0] + " " + da[1]);
        lastLong();
        Math.max(1.0, 2.0);
        long[][] grid = new long[2][2];
        long v = grid[1][0] += 5;
        grid[0][1] = grid[1][1] = v * 2;
        System.out.println("2d long chain: " + v + " " + grid[0][1] + " " + grid[1][1]);
        int k = 0;
        int[] arr = {10, 20, 30};
        arr[k++] = arr[k] + k++;
        System.out.println("evaluation order: k=" + k + " " + java.util.Arrays.toString(arr));
        int m = 3;
        m = m++ + m++ * --m;
        System.out.println("m = " + m);
        StackOpcodes[] objs = {new StackOpcodes(), new StackOpcodes()};
        objs[1].d = objs[0].d += 4.5;
        System.out.println("object array field chain: " + objs[0].d + " " + objs[1].d);
        char[] cs = {'a'};
        char cc = cs[0]++;
        cs[0] += 2;
        System.out.println("char array: " + cc + " " + cs[0]);
    }
}
