package seeds;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/** Annotations of every element kind, type annotations, generics and inner classes. */
@Annotated.Marker(name = "top", values = {1, 2, 3}, kind = ElementType.TYPE, type = String.class,
        nested = @Annotated.Inner(flag = true))
@Deprecated(since = "1")
public class Annotated<K extends Comparable<K>, V> {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Marker {
        String name() default "none";
        int[] values() default {};
        ElementType kind() default ElementType.FIELD;
        Class<?> type() default Object.class;
        Inner nested() default @Inner;
        char c() default 'x';
        double d() default 1.5;
    }

    @Retention(RetentionPolicy.CLASS)
    @interface Inner {
        boolean flag() default false;
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE_USE, ElementType.TYPE_PARAMETER})
    @interface Use {}

    @Marker(name = "field")
    private Map<@Use K, @Use V> map;

    private transient volatile int[] counts = {1};

    class Node {
        K key;
        Node next;
        int depth() { return next == null ? 1 : 1 + next.depth(); }
    }

    public <@Use T extends @Use Object> T pick(@Marker(name = "p") T a, @Deprecated T b) throws Exception {
        @Use Object local = a;
        Runnable r = new Runnable() {
            public void run() { map.clear(); }
        };
        r.run();
        return local == null ? b : a;
    }

    native int nativeMethod(long x);

    protected abstract static class Base<E> implements Comparable<Base<E>> {
        abstract E get();
        public int compareTo(Base<E> o) { return 0; }
    }
}
