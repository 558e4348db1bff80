import java.lang.reflect.RecordComponent;

/** Records through reflection: components, accessors, the canonical constructor, a generic toString. */
public class ReflectRecords {
    record Point(int x, int y) {
    }

    record Person(String name, int age, double[] scores) {
        Person {
            if (age < 0) {
                throw new IllegalArgumentException("negative age");
            }
        }
    }

    record Empty() {
    }

    static String describe(Object record) throws Exception {
        StringBuilder sb = new StringBuilder(record.getClass().getSimpleName()).append('{');
        RecordComponent[] components = record.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                sb.append("; ");
            }
            Object v = components[i].getAccessor().invoke(record);
            sb.append(components[i].getName()).append(':').append(components[i].getType().getSimpleName()).append('=')
                    .append(v instanceof double[] ? java.util.Arrays.toString((double[]) v) : v);
        }
        return sb.append('}').toString();
    }

    public static void main(String[] args) throws Exception {
        System.out.println(describe(new Point(3, 4)));
        System.out.println(describe(new Person("Ada", 36, new double[] {1.5, 2})));
        System.out.println(describe(new Empty()));
        for (RecordComponent c : Person.class.getRecordComponents()) {
            System.out.println(c + " | " + c.getAccessor() + " | " + c.getDeclaringRecord().getSimpleName());
        }
        System.out.println(String.class.getRecordComponents() + " " + Point.class.isRecord());
        Class<?>[] types = new Class<?>[Point.class.getRecordComponents().length];
        for (int i = 0; i < types.length; i++) {
            types[i] = Point.class.getRecordComponents()[i].getType();
        }
        Point p = Point.class.getDeclaredConstructor(types).newInstance(7, 8);
        System.out.println(p + " " + p.equals(new Point(7, 8)));
        try {
            Person.class.getDeclaredConstructor(String.class, int.class, double[].class).newInstance("X", -1, null);
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.out.println(e.getCause());
        }
    }
}
