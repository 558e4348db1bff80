/** StringBuilder/StringBuffer: append of every type, insert, delete, deleteCharAt, reverse with surrogates, setCharAt, setLength. */
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(1).append('c').append(2L).append(1.5f).append(2.5).append(true).append((Object) null).append((String) null)
            .append(new char[] {'x', 'y'}).append("str", 1, 3).append(new char[] {'a', 'b', 'c', 'd'}, 1, 2);
        System.out.println(sb + " length " + sb.length());
        sb.insert(0, "START").insert(5, '_').insert(sb.length(), 99).insert(3, 4.25).insert(0, false);
        System.out.println("insert: " + sb);
        sb.delete(0, 5).deleteCharAt(0).delete(sb.length() - 2, sb.length() + 10);
        System.out.println("delete: " + sb);
        sb.replace(0, 3, "REPLACED");
        System.out.println("replace: " + sb);
        sb.setCharAt(0, 'r');
        sb.setLength(8);
        System.out.println("setCharAt/setLength: " + sb + " " + sb.length());
        sb.setLength(10);
        System.out.println("grown with NULs: " + (int) sb.charAt(9) + " length " + sb.length());
        System.out.println("reverse: " + new StringBuilder("stressed").reverse() + " " + new StringBuilder("").reverse().length());
        String surrogates = "a\uD83D\uDE00b\uD834\uDD1Ec";
        String reversed = new StringBuilder(surrogates).reverse().toString();
        StringBuilder codes = new StringBuilder();
        for (int i = 0; i < reversed.length(); i++) {
            codes.append(Integer.toHexString(reversed.charAt(i))).append(' ');
        }
        System.out.println("surrogate reverse keeps pairs: " + codes);
        System.out.println("codePointCount " + surrogates.codePointCount(0, surrogates.length()) + " length "
            + surrogates.length() + " codePointAt(1) " + Integer.toHexString(surrogates.codePointAt(1)));
        StringBuilder cp = new StringBuilder().appendCodePoint(0x1F600).appendCodePoint('A');
        System.out.println("appendCodePoint length " + cp.length() + " hi " + Integer.toHexString(cp.charAt(0)));
        StringBuilder idx = new StringBuilder("abcabcabc");
        System.out.println("indexOf " + idx.indexOf("bc") + " " + idx.indexOf("bc", 2) + " lastIndexOf " + idx.lastIndexOf("abc")
            + " charAt " + idx.charAt(4) + " substring " + idx.substring(3) + " " + idx.substring(1, 4));
        StringBuffer buf = new StringBuffer("buffer");
        buf.append(42).insert(0, '[').append(']').reverse();
        System.out.println("StringBuffer " + buf + " " + buf.length());
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            big.append(i % 10);
        }
        System.out.println("big length " + big.length() + " slice " + big.substring(495, 505));
        try {
            new StringBuilder("abc").deleteCharAt(5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("deleteCharAt: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").insert(7, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").setLength(-1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("setLength: " + e.getMessage());
        }
        System.out.println("compareTo " + new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " equals is identity "
            + new StringBuilder("x").equals(new StringBuilder("x")) + " contentEquals " + "x".contentEquals(new StringBuilder("x")));
    }
}
