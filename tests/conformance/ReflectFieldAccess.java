import java.lang.reflect.Field;

/** Field.get/set and the primitive accessors: boxing, widening, and HotSpot's messages for bad conversions. */
public class ReflectFieldAccess {
    public int count = 7;
    public long big = 1L << 40;
    public double ratio = 0.5;
    public float f = 1.25f;
    public byte b = -3;
    public short s = 300;
    public char c = 'q';
    public boolean flag = true;
    public String text = "hi";
    public Object any;
    public static int counter = 100;
    public final int fixed = 1;

    static void show(String what, Object v) {
        System.out.println(what + " = " + v + (v == null ? "" : " (" + v.getClass().getSimpleName() + ")"));
    }

    public static void main(String[] args) throws Exception {
        ReflectFieldAccess o = new ReflectFieldAccess();
        Class<?> k = ReflectFieldAccess.class;
        for (String n : new String[] {"count", "big", "ratio", "f", "b", "s", "c", "flag", "text", "any", "counter"}) {
            show(n, k.getField(n).get(o));
        }
        Field count = k.getField("count");
        count.set(o, 42);
        count.setInt(o, count.getInt(o) + 1);
        count.set(o, (short) 9);
        show("count", count.getInt(o));
        show("count as long", count.getLong(o));
        show("count as double", count.getDouble(o));
        count.setShort(o, (short) -5);
        count.setChar(o, 'A');
        show("count", o.count);
        Field big = k.getField("big");
        big.setLong(o, Long.MIN_VALUE);
        big.setInt(o, -1);
        show("big", o.big);
        Field ratio = k.getField("ratio");
        ratio.setFloat(o, 0.1f);
        show("ratio", o.ratio);
        ratio.set(o, 3);
        show("ratio", o.ratio);
        k.getField("f").setLong(o, 1L << 50);
        show("f", o.f);
        k.getField("b").setByte(o, (byte) 127);
        show("b", k.getField("b").getByte(o));
        show("b as int", k.getField("b").getInt(o));
        k.getField("c").setChar(o, 'z');
        show("c", k.getField("c").getChar(o));
        k.getField("flag").setBoolean(o, false);
        show("flag", k.getField("flag").getBoolean(o));
        k.getField("text").set(o, "changed");
        show("text", o.text);
        k.getField("any").set(o, new int[] {1});
        show("any is int[]", o.any instanceof int[]);
        k.getField("counter").setInt(null, 5);
        show("counter", counter);
        String[] bad = {"count<-string", "count<-long", "text<-int", "flag<-int", "getInt(text)", "getInt(big)",
            "getChar(count)", "count<-null", "fixed<-2", "getBoolean(count)", "s<-char"};
        for (String t : bad) {
            try {
                switch (t) {
                    case "count<-string": count.set(o, "3"); break;
                    case "count<-long": count.set(o, 3L); break;
                    case "text<-int": k.getField("text").setInt(o, 4); break;
                    case "flag<-int": k.getField("flag").set(o, 1); break;
                    case "getInt(text)": k.getField("text").getInt(o); break;
                    case "getInt(big)": big.getInt(o); break;
                    case "getChar(count)": count.getChar(o); break;
                    case "count<-null": count.set(o, null); break;
                    case "fixed<-2": k.getField("fixed").setInt(o, 2); break;
                    case "getBoolean(count)": count.getBoolean(o); break;
                    default: k.getField("s").setChar(o, 'x'); break;
                }
                System.out.println(t + ": no exception");
            } catch (IllegalArgumentException | IllegalAccessException e) {
                System.out.println(t + ": " + e);
            }
        }
        try {
            count.get("a string");
        } catch (IllegalArgumentException e) {
            System.out.println("wrong object: " + e.getMessage());
        }
    }
}
