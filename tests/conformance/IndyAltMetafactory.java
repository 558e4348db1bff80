// altMetafactory: serializable lambdas, intersection casts with marker interfaces, bridges.
import java.io.Serializable;
import java.util.Comparator;
import java.util.function.*;

public class IndyAltMetafactory {
    interface Marker { }
    interface Named { String name(); }

    interface StringFunction extends Function<String, String> {
        @Override String apply(String s);
    }

    public static void main(String[] args) {
        Runnable r = (Runnable & Serializable) () -> System.out.println("serializable run");
        r.run();
        System.out.println(r instanceof Serializable);
        Runnable plain = () -> { };
        System.out.println(plain instanceof Serializable);
        Supplier<String> marked = (Supplier<String> & Marker) () -> "marked";
        System.out.println(marked.get() + " " + (marked instanceof Marker) + " " + (marked instanceof Serializable));
        Object both = (Named & Marker & Serializable) () -> "both";
        System.out.println(((Named) both).name() + " " + (both instanceof Marker) + " " + (both instanceof Serializable));
        int offset = 3;
        Function<Integer, Integer> capturing = (Function<Integer, Integer> & Serializable) x -> x + offset;
        System.out.println(capturing.apply(4));
        Comparator<String> byLength = (Comparator<String> & Serializable) (a, b) -> Integer.compare(a.length(), b.length());
        System.out.println(byLength.compare("aa", "b") + " " + byLength.reversed().compare("aa", "b"));
        // A functional interface that overrides a generic method gets a bridge for the erased signature.
        StringFunction upper = String::toUpperCase;
        System.out.println(upper.apply("bridged"));
        Function<String, String> viaBridge = upper;
        System.out.println(viaBridge.apply("through the bridge"));
        StringFunction serialUpper = (StringFunction & Serializable) s -> s + s;
        Function<String, String> serialBridge = serialUpper;
        System.out.println(serialBridge.apply("ab"));
        BinaryOperator<Integer> sum = (BinaryOperator<Integer> & Serializable) Integer::sum;
        System.out.println(sum.apply(20, 22));
        Supplier<Supplier<String>> nested = (Supplier<Supplier<String>> & Serializable) () -> () -> "nested";
        System.out.println(nested.get().get());
    }
}
