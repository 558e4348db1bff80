package host;

/** The interface a plugin implements; the host finds the implementation from the JAR manifest. */
public interface Plugin {
    String name();
    String apply(String input);
}
