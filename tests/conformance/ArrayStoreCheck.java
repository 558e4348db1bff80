/** Array covariance: aastore type checks and ArrayStoreException messages, including nested arrays and interfaces. */
public class ArrayStoreCheck {
    interface Shape {
    }

    static class Circle implements Shape {
    }

    static class Square implements Shape {
    }

    static void tryStore(String label, Object[] array, Object value) {
        try {
            array[0] = value;
            System.out.println(label + ": ok");
        } catch (ArrayStoreException e) {
            System.out.println(label + ": ArrayStoreException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object[] strings = new String[1];
        tryStore("String[] <- String", strings, "s");
        tryStore("String[] <- Integer", strings, 1);
        tryStore("String[] <- null", strings, null);
        Object[] shapes = new Shape[1];
        tryStore("Shape[] <- Circle", shapes, new Circle());
        tryStore("Shape[] <- String", shapes, "no");
        Object[] circles = new Circle[1];
        tryStore("Circle[] <- Square", circles, new Square());
        Object[] nested = new int[1][];
        tryStore("int[][] <- int[]", nested, new int[2]);
        tryStore("int[][] <- long[]", nested, new long[2]);
        Object[] objs2d = new Object[1][];
        tryStore("Object[][] <- String[]", objs2d, new String[0]);
        tryStore("Object[][] <- int[]", objs2d, new int[0]);
        Object[] numbers = new Number[1];
        tryStore("Number[] <- Long", numbers, 5L);
        tryStore("Number[] <- Character", numbers, 'c');
        Object[] cloneables = new Cloneable[1];
        tryStore("Cloneable[] <- int[]", cloneables, new int[1]);
        tryStore("Cloneable[] <- String", cloneables, "x");
        Object[] plain = new Object[1];
        tryStore("Object[] <- anything", plain, new int[3][3]);
        System.out.println("instanceof: " + (strings instanceof Object[]) + " " + (strings instanceof String[]) + " "
            + (nested instanceof Object[]) + " " + (shapes instanceof Circle[]) + " " + (circles instanceof Shape[]));
        try {
            System.arraycopy(new Object[] {"a", 1}, 0, new String[2], 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy element: " + e.getMessage());
        }
        try {
            System.arraycopy(new int[2], 0, new long[2], 0, 2);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy primitive: " + e.getMessage());
        }
        try {
            System.arraycopy("not an array", 0, new int[2], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy non-array: " + e.getMessage());
        }
        try {
            System.arraycopy(new String[1], 0, new Integer[1], 0, 1);
            System.out.println("arraycopy of null elements between unrelated arrays: ok");
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy unrelated: " + e.getMessage());
        }
        try {
            System.arraycopy(new String[] {"q"}, 0, new Integer[1], 0, 1);
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy unrelated non-null: " + e.getMessage());
        }
    }
}
