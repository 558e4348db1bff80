import java.lang.annotation.Annotation;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import java.util.Arrays;

/** Annotation instances: element values of every kind, defaults, equals/hashCode, toString. */
public class ReflectAnnotationValues {
    @Retention(RetentionPolicy.RUNTIME)
    @interface Info {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Everything {
        int i();
        long l();
        double d();
        float f();
        boolean z();
        char c();
        byte b();
        short s();
        String text();
        Class<?> type();
        ElementType kind();
        int[] numbers();
        String[] words();
        Info info();
        Info[] infos();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Defaults {
        int count() default 3;
        String name() default "none";
        RetentionPolicy policy() default RetentionPolicy.CLASS;
        Class<?>[] types() default {};
    }

    @Info("on the class")
    static class Target {
        @Everything(i = -7, l = 1L << 40, d = 2.5, f = 0.25f, z = true, c = 'x', b = (byte) 0x7f, s = 300,
                text = "hello", type = String[].class, kind = ElementType.FIELD, numbers = {1, 2, 3},
                words = {"a", "b"}, info = @Info("nested"), infos = {@Info("one"), @Info("two")})
        public void all() {
        }

        @Defaults
        public void plain() {
        }

        @Defaults(count = 9, types = {int.class, Runnable.class})
        public void some() {
        }

        @Info("field")
        public int field;
    }

    public static void main(String[] args) throws Exception {
        Info onClass = Target.class.getAnnotation(Info.class);
        System.out.println(onClass.value());
        System.out.println(onClass.annotationType());
        System.out.println(onClass);
        System.out.println(onClass instanceof Annotation);
        Everything e = Target.class.getMethod("all").getAnnotation(Everything.class);
        System.out.println(e.i() + " " + e.l() + " " + e.d() + " " + e.f() + " " + e.z() + " " + e.c() + " " + e.b()
                + " " + e.s());
        System.out.println(e.text() + " " + e.type() + " " + e.kind());
        System.out.println(Arrays.toString(e.numbers()) + " " + Arrays.toString(e.words()));
        System.out.println(e.info().value() + " " + e.infos().length + " " + e.infos()[1].value());
        e.numbers()[0] = 99;
        System.out.println("copy on read: " + e.numbers()[0]);
        Defaults plain = Target.class.getMethod("plain").getAnnotation(Defaults.class);
        System.out.println(plain.count() + " " + plain.name() + " " + plain.policy() + " " + plain.types().length);
        Defaults some = Target.class.getMethod("some").getAnnotation(Defaults.class);
        System.out.println(some.count() + " " + some.name() + " " + Arrays.toString(some.types()));
        Info field = Target.class.getField("field").getAnnotation(Info.class);
        System.out.println(field.value() + " " + field);
        Info again = Target.class.getAnnotation(Info.class);
        System.out.println("equals " + onClass.equals(again) + " " + onClass.equals(field) + " hash "
                + (onClass.hashCode() == again.hashCode()) + " " + onClass.hashCode());
        System.out.println(e);
        System.out.println(some.equals(Target.class.getMethod("some").getAnnotation(Defaults.class)) + " "
                + some.equals(plain) + " " + (some.hashCode() == Target.class.getMethod("some").getAnnotation(Defaults.class).hashCode()));
        System.out.println(e.info());
        System.out.println(Target.class.getMethod("plain").getAnnotation(Info.class));
        Method all = Target.class.getMethod("all");
        System.out.println(all.getAnnotations().length + " " + all.getAnnotations()[0].annotationType().getSimpleName());
        FunctionalInterface fi = Runnable.class.getAnnotation(FunctionalInterface.class);
        System.out.println(fi + " " + fi.annotationType());
    }
}
