/** Method references of every kind: static, bound, unbound, constructor, array constructor, super::m, this::m. */
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

public class MethodRefKinds {
    static class Person {
        final String name;
        final int age;

        Person(String name) {
            this(name, 0);
        }

        Person(String name, int age) {
            this.name = name;
            this.age = age;
        }

        String greet(String other) {
            return name + " greets " + other;
        }

        String describe() {
            return name + "(" + age + ")";
        }
    }

    static class Base {
        String speak() {
            return "base speaks";
        }
    }

    static class Derived extends Base {
        @Override
        String speak() {
            return "derived speaks";
        }

        Supplier<String> viaSuper() {
            return super::speak;
        }

        Supplier<String> viaThis() {
            return this::speak;
        }
    }

    static int twice(int x) {
        return x * 2;
    }

    public static void main(String[] args) {
        Function<Integer, Integer> staticRef = MethodRefKinds::twice;
        System.out.println("static: " + staticRef.apply(21));
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println("static library: " + parse.apply("-17"));
        String target = "bound-target";
        Supplier<Integer> bound = target::length;
        Function<String, Boolean> boundWithArg = target::startsWith;
        System.out.println("bound: " + bound.get() + " " + boundWithArg.apply("bound") + " " + boundWithArg.apply("x"));
        Person ann = new Person("Ann", 30);
        Function<String, String> boundPerson = ann::greet;
        System.out.println("bound user: " + boundPerson.apply("Bob"));
        Function<String, String> unbound = String::toUpperCase;
        BiFunction<String, String, Boolean> unbound2 = String::endsWith;
        Function<Person, String> unboundPerson = Person::describe;
        BiFunction<Person, String, String> unboundPerson2 = Person::greet;
        System.out.println("unbound: " + unbound.apply("abc") + " " + unbound2.apply("hello", "lo") + " "
            + unboundPerson.apply(ann) + " " + unboundPerson2.apply(ann, "Cy"));
        Function<String, Person> ctor1 = Person::new;
        BiFunction<String, Integer, Person> ctor2 = Person::new;
        Supplier<StringBuilder> sbCtor = StringBuilder::new;
        System.out.println("constructors: " + ctor1.apply("Dee").describe() + " " + ctor2.apply("Eve", 41).describe() + " "
            + sbCtor.get().append("sb").reverse());
        IntFunction<int[]> intArr = int[]::new;
        IntFunction<String[]> strArr = String[]::new;
        Function<Integer, long[][]> longArr2 = long[][]::new;
        int[] ia = intArr.apply(4);
        String[] sa = strArr.apply(2);
        long[][] la = longArr2.apply(3);
        System.out.println("array ctors: " + ia.length + " " + ia.getClass().getName() + " " + sa.length + " "
            + sa.getClass().getSimpleName() + " " + la.length + " " + la.getClass().getName() + " " + (la[0] == null));
        Derived d = new Derived();
        System.out.println("super::speak " + d.viaSuper().get() + ", this::speak " + d.viaThis().get());
        ToIntFunction<String> hash = String::hashCode;
        System.out.println("ToIntFunction: " + hash.applyAsInt("Aa") + " " + hash.applyAsInt("BB"));
        Person nobody = null;
        try {
            Supplier<String> s = nobody::describe;
            System.out.println("unreachable " + s);
        } catch (NullPointerException e) {
            System.out.println("bound null receiver throws at creation: NPE");
        }
        Function<Object, String> valueOf = String::valueOf;
        System.out.println("valueOf overload: " + valueOf.apply(3.5) + " " + valueOf.apply(null));
    }
}
