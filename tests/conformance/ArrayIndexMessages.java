/** ArrayIndexOutOfBounds and NegativeArraySize messages for every array kind and access, plus arraycopy bounds. */
public class ArrayIndexMessages {
    static int idx(int i) {
        return i;
    }

    public static void main(String[] args) {
        Object[] arrays = {new int[3], new long[2], new byte[1], new char[4], new short[0], new boolean[2],
            new float[5], new double[1], new String[2], new int[2][2]};
        int[] indices = {-1, 5, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (Object a : arrays) {
            for (int i : indices) {
                try {
                    if (a instanceof int[] x) x[idx(i)] = 1;
                    else if (a instanceof long[] x) System.out.println(x[idx(i)]);
                    else if (a instanceof byte[] x) x[idx(i)]++;
                    else if (a instanceof char[] x) System.out.println(x[idx(i)]);
                    else if (a instanceof short[] x) x[idx(i)] = 2;
                    else if (a instanceof boolean[] x) System.out.println(x[idx(i)]);
                    else if (a instanceof float[] x) x[idx(i)] += 1f;
                    else if (a instanceof double[] x) System.out.println(x[idx(i)]);
                    else if (a instanceof String[] x) x[idx(i)] = "s";
                    else if (a instanceof int[][] x) System.out.println(x[1][idx(i)]);
                } catch (ArrayIndexOutOfBoundsException e) {
                    System.out.println(a.getClass().getSimpleName() + " [" + i + "]: " + e.getMessage());
                }
            }
        }
        int[] sizes = {-1, -100, Integer.MIN_VALUE};
        for (int s : sizes) {
            try {
                int[] x = new int[s];
                System.out.println(x.length);
            } catch (NegativeArraySizeException e) {
                System.out.println("new int[" + s + "]: " + e.getMessage());
            }
            try {
                String[] x = new String[s];
                System.out.println(x.length);
            } catch (NegativeArraySizeException e) {
                System.out.println("new String[" + s + "]: " + e.getMessage());
            }
        }
        int[] src = new int[10];
        int[][] cases = {{0, 0, 11}, {-1, 0, 1}, {0, -1, 1}, {0, 0, -1}, {5, 0, 6}, {0, 8, 3}};
        for (int[] c : cases) {
            try {
                System.arraycopy(src, c[0], new int[10], c[1], c[2]);
                System.out.println("arraycopy ok");
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("arraycopy(" + c[0] + "," + c[1] + "," + c[2] + "): " + e.getMessage());
            }
        }
        try {
            System.arraycopy(new String[2], 1, new Object[1], 0, 2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("object arraycopy: " + e.getMessage());
        }
        try {
            System.arraycopy(null, 0, src, 0, 1);
        } catch (NullPointerException e) {
            System.out.println("arraycopy null src: NPE");
        }
        try {
            "abc".charAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt: " + e.getMessage());
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring: " + e.getMessage());
        }
        try {
            java.util.Arrays.copyOfRange(src, 5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println("copyOfRange: " + e.getMessage());
        }
        try {
            java.util.Arrays.fill(src, 3, 20, 0);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("fill: " + e.getMessage());
        }
    }
}
