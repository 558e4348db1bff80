package java.lang.reflect;

/** A formal parameter of a method or constructor. */
public final class Parameter {
    private final String name;
    private final int modifiers;
    private final Executable executable;
    private final int index;

    Parameter(String name, int modifiers, Executable executable, int index) {
        this.name = name;
        this.modifiers = modifiers;
        this.executable = executable;
        this.index = index;
    }

    /** The name: {@code argN}, since parameter names are not read from the class file. */
    public String getName() {
        return name;
    }

    /** Whether the class file supplied the name (never, here). */
    public boolean isNamePresent() {
        return false;
    }

    /** The parameter's modifiers. */
    public int getModifiers() {
        return modifiers;
    }

    /** The method or constructor declaring this parameter. */
    public Executable getDeclaringExecutable() {
        return executable;
    }

    /** The declared type. */
    public Class<?> getType() {
        return executable.parameterTypes[index];
    }

    /** Whether this is the varargs parameter. */
    public boolean isVarArgs() {
        return executable.isVarArgs() && index == executable.parameterTypes.length - 1;
    }

    /** Equal to the same parameter of the same executable. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof Parameter && ((Parameter) obj).executable.equals(executable)
                && ((Parameter) obj).index == index;
    }

    @Override
    public int hashCode() {
        return executable.hashCode() ^ index;
    }

    /** {@code int arg0}, {@code java.lang.String... arg1}, with modifiers first. */
    @Override
    public String toString() {
        String mods = Modifier.toString(modifiers);
        String typeName = getType().getTypeName();
        if (isVarArgs()) {
            typeName = typeName.substring(0, typeName.length() - 2) + "...";
        }
        return (mods.isEmpty() ? "" : mods + " ") + typeName + " " + name;
    }
}
