/** newarray/anewarray of every element type: default values, lengths, element stores and loads per type. */
public class ArrayDefaults {
    static class Item {
        final int v;

        Item(int v) {
            this.v = v;
        }
    }

    public static void main(String[] args) {
        boolean[] zs = new boolean[3];
        byte[] bs = new byte[3];
        char[] cs = new char[3];
        short[] ss = new short[3];
        int[] is = new int[3];
        long[] ls = new long[3];
        float[] fs = new float[3];
        double[] ds = new double[3];
        String[] strs = new String[3];
        Item[] items = new Item[3];
        System.out.println("defaults: " + zs[0] + " " + bs[1] + " " + (int) cs[2] + " " + ss[0] + " " + is[1] + " "
            + ls[2] + " " + fs[0] + " " + ds[1] + " " + strs[2] + " " + items[0]);
        System.out.println("lengths: " + zs.length + bs.length + cs.length + ss.length + is.length + ls.length
            + fs.length + ds.length + strs.length + items.length);
        zs[1] = true;
        bs[1] = (byte) 200;
        cs[1] = 'q';
        ss[1] = (short) 40000;
        is[1] = -7;
        ls[1] = 1L << 50;
        fs[1] = 1.5f;
        ds[1] = -2.25;
        strs[1] = "s";
        items[1] = new Item(9);
        System.out.println("stored: " + zs[1] + " " + bs[1] + " " + cs[1] + " " + ss[1] + " " + is[1] + " " + ls[1] + " "
            + fs[1] + " " + ds[1] + " " + strs[1] + " " + items[1].v);
        System.out.println("toString: " + java.util.Arrays.toString(zs) + java.util.Arrays.toString(bs)
            + java.util.Arrays.toString(ss) + java.util.Arrays.toString(is) + java.util.Arrays.toString(ls)
            + java.util.Arrays.toString(fs) + java.util.Arrays.toString(ds) + java.util.Arrays.toString(strs));
        char[] word = new char[5];
        for (int i = 0; i < word.length; i++) {
            word[i] = (char) ('v' + i);
        }
        System.out.println("char[] println: " + new String(word) + " / " + String.valueOf(word, 1, 3));
        System.out.println(word);
        int[] empty = new int[0];
        Object[] emptyObjects = {};
        System.out.println("empty: " + empty.length + " " + emptyObjects.length + " " + java.util.Arrays.toString(empty));
        byte[] counts = new byte[4];
        for (int i = 0; i < 300; i++) {
            counts[i % 4]++;
        }
        System.out.println("byte counters wrap: " + java.util.Arrays.toString(counts));
        long total = 0;
        long[] big = new long[1000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (long) i * i * i;
            total += big[i];
        }
        System.out.println("sum of cubes = " + total);
        boolean[] sieveish = new boolean[20];
        for (int i = 2; i < 20; i++) {
            sieveish[i] = !sieveish[i];
        }
        int trues = 0;
        for (boolean z : sieveish) {
            if (z) trues++;
        }
        System.out.println("trues = " + trues);
    }
}
