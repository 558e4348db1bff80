/** getClass().getName()/getSimpleName() for arrays, nested, inner, local, anonymous classes, enums, records, lambdas excluded. */
public class ClassNames {
    static class Nested {
        class Inner {
        }
    }

    enum Color {
        RED,
        GREEN {
            @Override
            public String toString() {
                return "green!";
            }
        }
    }

    record Point(int x, int y) {
    }

    interface Marker {
    }

    static void show(Object o) {
        Class<?> c = o.getClass();
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | array " + c.isArray());
    }

    public static void main(String[] args) {
        show(new int[0]);
        show(new long[0][0]);
        show(new boolean[1]);
        show(new byte[1]);
        show(new short[1]);
        show(new char[1]);
        show(new float[1]);
        show(new double[1][1][1]);
        show(new String[0]);
        show(new Object[0][]);
        show(new Nested());
        show(new Nested().new Inner());
        show(new Nested.Inner[0]);
        class Local {
        }
        show(new Local());
        show(new Local[0]);
        show(new Marker() {
        });
        show(new Object() {
        });
        show(Color.RED);
        show(Color.GREEN);
        System.out.println("GREEN declaring " + Color.GREEN.getDeclaringClass().getName());
        show(new Point(1, 2));
        show("s");
        show(1);
        show('c');
        show(1L);
        show(1.5);
        show(1.5f);
        show((short) 1);
        show((byte) 1);
        show(true);
        show(new StringBuilder());
        show(new RuntimeException());
        System.out.println("superclasses: " + Color.GREEN.getClass().getSuperclass().getName() + " "
            + Color.class.getSuperclass().getName() + " " + Point.class.getSuperclass().getName() + " "
            + int[].class.getSuperclass().getName() + " " + (Object.class.getSuperclass() == null));
        System.out.println("isInstance: " + Marker.class.isInstance(new Marker() {
        }) + " " + CharSequence.class.isInstance("x") + " " + Number.class.isInstance('c'));
    }
}
