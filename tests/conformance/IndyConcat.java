// String concatenation through StringConcatFactory: every argument type, constants, nulls, toString results.
public class IndyConcat {
    static class Named {
        private final String name;
        Named(String name) { this.name = name; }
        @Override public String toString() { return name; }
    }

    static class NullName {
        @Override public String toString() { return null; }
    }

    static final String CONSTANT = "const";

    public static void main(String[] args) {
        int i = -42; long l = Long.MIN_VALUE; short s = -7; byte b = 127; char c = 'x';
        boolean t = true, f = false; float fl = 1.25f; double d = 1e21; Object nul = null; String str = null;
        System.out.println("int " + i + " long " + l + " short " + s + " byte " + b + " char " + c);
        System.out.println("booleans " + t + "/" + f + " float " + fl + " double " + d);
        System.out.println("floats " + 0.1f + " " + 1.0f / 3 + " " + Float.NaN + " " + -0.0f + " " + Float.MAX_VALUE);
        System.out.println("doubles " + 0.1 + " " + 1.0 / 3 + " " + Double.NEGATIVE_INFINITY + " " + 1e-5 + " " + 100.0);
        System.out.println("nulls " + nul + " " + str + " " + new NullName());
        System.out.println("objects " + new Named("alpha") + new Named("") + new int[0].length);
        System.out.println(CONSTANT + i + CONSTANT + '\u0000' + "|");
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc = acc + k + ',';
        }
        System.out.println(acc);
        acc += c;
        acc += 3.5;
        acc += (Object) null;
        System.out.println(acc);
        System.out.println(i + l + "sum" + i + l);
        System.out.println("" + Integer.MIN_VALUE + Long.MAX_VALUE + (char) 65 + (byte) -1 + (short) 40000);
        System.out.println("boxed " + Integer.valueOf(5) + Character.valueOf('q') + Boolean.FALSE + Double.valueOf(2));
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder " + sb + " array-is-object " + (new Object[0] != null));
        String many = "a" + i + "b" + l + "c" + s + "d" + b + "e" + c + "f" + t + "g" + fl + "h" + d + "i" + nul
            + "j" + i + "k" + l + "l" + s + "m" + b + "n" + c + "o" + t + "p" + fl + "q" + d + "r" + nul;
        System.out.println(many);
        System.out.println("unicode \u00e9\u4e2d " + '\u00df' + " \ud83d\ude00");
    }
}
