/** String concatenation of every type: char, null, boolean, float/double formatting, objects, char arrays, constants. */
public class StringConcatTypes {
    static class Thing {
        @Override
        public String toString() {
            return "Thing!";
        }
    }

    static class NullString {
        @Override
        public String toString() {
            return null;
        }
    }

    public static void main(String[] args) {
        byte b = -1;
        short s = 300;
        char c = 'c';
        int i = -42;
        long l = 1L << 62;
        float f = 1.1f;
        double d = 1e-5;
        boolean z = false;
        String str = null;
        Object o = null;
        Thing t = new Thing();
        System.out.println("all: " + b + s + c + i + l + f + d + z + str + o + t);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("" + 'a' + 'b');
        System.out.println(c + 1 + "|" + (char) (c + 1));
        System.out.println("floats: " + 0.1f + " " + 1.0f / 3 + " " + 100.0f + " " + 1e7f + " " + 1.0e-3f + " " + 123456789f);
        System.out.println("doubles: " + 0.1 + " " + (0.1 + 0.2) + " " + 1e7 + " " + 1e6 + " " + 1.0e-3 + " " + 9.999e-4
            + " " + 100.0 + " " + (double) Long.MAX_VALUE + " " + 1.0 / 3);
        System.out.println("specials: " + Double.NaN + " " + Float.NEGATIVE_INFINITY + " " + -0.0 + " " + Double.MIN_VALUE);
        System.out.println("null toString object: " + new NullString());
        String acc = "";
        for (int k = 0; k < 5; k++) {
            acc += k;
            acc += ',';
        }
        System.out.println("loop += " + acc);
        String n = null;
        n += "x";
        n += null;
        System.out.println("null += " + n);
        char[] chars = {'h', 'i'};
        System.out.println("String.valueOf(char[]) " + String.valueOf(chars) + " copyValueOf " + String.copyValueOf(chars, 1, 1));
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder concat " + sb + " " + new StringBuffer("buf"));
        final String K = "const";
        System.out.println(K + 1 + 2L + 3.0 + 'c' + true + " same " + ((K + "x") == "constx"));
        String big = "";
        for (int k = 0; k < 3; k++) {
            big = big + k + c + l + d + z + "|";
        }
        System.out.println(big);
        Integer boxed = 7;
        Long boxedL = null;
        System.out.println("boxes " + boxed + boxedL + Character.valueOf('x'));
        System.out.println("many args " + b + "," + s + "," + c + "," + i + "," + l + "," + f + "," + d + "," + z + ","
            + str + "," + b + "," + s + "," + c + "," + i + "," + l + "," + f + "," + d + "," + z + "," + str + ","
            + "end");
        String tricky = "\u0001" + 1 + "\u0002" + 2;
        System.out.println("recipe-like literals length " + tricky.length() + " codes " + (int) tricky.charAt(0) + " "
            + (int) tricky.charAt(2));
    }
}
