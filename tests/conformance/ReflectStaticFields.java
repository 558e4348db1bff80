import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Static fields through reflection: class initialization on first access, getFields across interfaces and superclasses. */
public class ReflectStaticFields {
    interface Limits {
        int MAX = 10;
        String UNIT = "kg";
    }

    static class Base {
        public static int baseCount = 1;
        public String baseName = "base";
        protected int hiddenFromGetFields;
    }

    static class Config extends Base implements Limits {
        static {
            System.out.println("Config initialized");
        }

        public static String mode = "fast";
        public static long total;
        public double weight = 2.5;
        private static int internal = 4;
    }

    public static void main(String[] args) throws Exception {
        Field mode = Config.class.getField("mode");
        System.out.println("got field " + mode.getName());
        System.out.println(mode.get(null));
        mode.set(null, "slow");
        System.out.println(Config.mode);
        Field total = Config.class.getDeclaredField("total");
        total.setLong(null, 1234567890123L);
        total.set(null, total.getLong(null) + 1);
        System.out.println(Config.total);
        Field internal = Config.class.getDeclaredField("internal");
        System.out.println(internal.getInt(null) + " static=" + Modifier.isStatic(internal.getModifiers()));
        List<String> names = new ArrayList<>();
        for (Field f : Config.class.getFields()) {
            names.add(f.getName() + ":" + f.getDeclaringClass().getSimpleName() + ":" + f.getType().getSimpleName());
        }
        Collections.sort(names);
        System.out.println(names);
        names.clear();
        for (Field f : Config.class.getDeclaredFields()) {
            names.add(f.toString());
        }
        Collections.sort(names);
        System.out.println(names);
        System.out.println(Config.class.getField("MAX").get(null));
        System.out.println(Config.class.getField("UNIT").get(new Config()));
        System.out.println(Config.class.getField("baseCount").getDeclaringClass().getName());
        System.out.println(Config.class.getField("baseName").get(new Config()));
        try {
            Config.class.getField("hiddenFromGetFields");
        } catch (NoSuchFieldException e) {
            System.out.println("NoSuchFieldException " + e.getMessage());
        }
        System.out.println(Limits.class.getFields().length + " " + Limits.class.getDeclaredFields().length);
        System.out.println(Modifier.toString(Limits.class.getField("MAX").getModifiers()));
        Field e = Thread.State.class.getField("RUNNABLE");
        System.out.println(e.isEnumConstant() + " " + e.get(null) + " " + Thread.State.class.getField("NEW").getType());
        System.out.println(Integer.class.getField("MIN_VALUE").getInt(null));
    }
}
