/** checkcast failures: ClassCastException messages for app classes, library classes, arrays and interfaces. */
public class ClassCastMessages {
    static class Animal {
    }

    static class Dog extends Animal {
    }

    static class Cat extends Animal {
    }

    interface Pet {
    }

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (ClassCastException e) {
            System.out.println(what + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        Object cat = new Cat();
        Object str = "text";
        Object ints = new int[1];
        Object strs = new String[1];
        Object boxed = 42;
        attempt("Cat -> Dog", () -> {
            Dog d = (Dog) cat;
        });
        attempt("Cat -> Animal", () -> {
            Animal a = (Animal) cat;
        });
        attempt("Cat -> Pet", () -> {
            Pet p = (Pet) cat;
        });
        attempt("String -> Integer", () -> {
            Integer i = (Integer) str;
        });
        attempt("Integer -> String", () -> {
            String s = (String) boxed;
        });
        attempt("Integer -> Long", () -> {
            Long l = (Long) boxed;
        });
        attempt("String -> Dog", () -> {
            Dog d = (Dog) str;
        });
        attempt("Cat -> String", () -> {
            String s = (String) cat;
        });
        attempt("int[] -> long[]", () -> {
            long[] l = (long[]) ints;
        });
        attempt("int[] -> Object[]", () -> {
            Object[] o = (Object[]) ints;
        });
        attempt("String[] -> Object[]", () -> {
            Object[] o = (Object[]) strs;
        });
        attempt("String[] -> Integer[]", () -> {
            Integer[] o = (Integer[]) strs;
        });
        attempt("Cat -> Dog[]", () -> {
            Dog[] d = (Dog[]) cat;
        });
        attempt("Dog[] -> Cat[]", () -> {
            Object dogs = new Dog[0];
            Cat[] c = (Cat[]) dogs;
        });
        attempt("int[][] -> Cloneable", () -> {
            Object o = new int[1][1];
            Cloneable c = (Cloneable) o;
        });
        attempt("Cat -> Comparable", () -> {
            Comparable<?> c = (Comparable<?>) cat;
        });
        attempt("null -> Dog", () -> {
            Object n = null;
            Dog d = (Dog) n;
        });
        attempt("Class.cast", () -> Dog.class.cast(cat));
        attempt("Runnable lambda -> Pet", () -> {
            Object r = (Runnable) () -> { };
            System.out.println("  lambda is Pet: " + (r instanceof Pet));
        });
        Object[] mixed = {new Dog(), new Cat(), "s", 1, null};
        int ok = 0;
        for (Object o : mixed) {
            try {
                Animal a = (Animal) o;
                ok++;
            } catch (ClassCastException e) {
                System.out.println("loop: " + e.getMessage());
            }
        }
        System.out.println("casts ok: " + ok);
    }
}
