package jdk.internal.reflect;

/** The VM's answers about callers, for library methods whose behaviour depends on who calls them. */
public final class Reflection {
    private Reflection() {
    }

    /**
     * Native: the class of the method that called the method calling this one (for {@code newUpdater}, the
     * class asking for an updater), or null if there is no such frame.
     */
    public static native Class<?> getCallerClass();
}
