import java.lang.annotation.Annotation;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** @Inherited annotations: seen on subclasses through getAnnotation/getAnnotations, not through getDeclaredAnnotations. */
public class ReflectInheritedAnnotations {
    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @interface Component {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Local {
    }

    @Inherited
    @Retention(RetentionPolicy.RUNTIME)
    @interface Tagged {
        int level() default 1;
    }

    @Component("base")
    @Local
    @Tagged
    static class Base {
    }

    static class Middle extends Base {
    }

    @Component("leaf")
    static class Leaf extends Middle {
    }

    @Tagged(level = 5)
    interface Marked {
    }

    static class Implementor implements Marked {
    }

    static void show(Class<?> c) {
        StringBuilder sb = new StringBuilder(c.getSimpleName()).append(":");
        for (Annotation a : c.getAnnotations()) {
            sb.append(' ').append(a);
        }
        sb.append(" | declared ").append(c.getDeclaredAnnotations().length);
        sb.append(" | Component ").append(c.isAnnotationPresent(Component.class));
        sb.append(" | Local ").append(c.isAnnotationPresent(Local.class));
        Tagged t = c.getAnnotation(Tagged.class);
        sb.append(" | Tagged ").append(t == null ? "-" : String.valueOf(t.level()));
        System.out.println(sb);
    }

    public static void main(String[] args) {
        show(Base.class);
        show(Middle.class);
        show(Leaf.class);
        show(Marked.class);
        show(Implementor.class);
        System.out.println(Leaf.class.getAnnotation(Component.class).value());
        System.out.println(Middle.class.getAnnotation(Component.class) == Base.class.getAnnotation(Component.class)
                || Middle.class.getAnnotation(Component.class).equals(Base.class.getAnnotation(Component.class)));
        System.out.println(Component.class.isAnnotationPresent(Inherited.class));
    }
}
