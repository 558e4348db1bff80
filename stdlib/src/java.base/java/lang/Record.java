package java.lang;

/** The superclass of every record class; javac generates equals, hashCode and toString for records. */
public abstract class Record {
    /** For record classes. */
    protected Record() {
    }

    /** Whether {@code obj} is a record of the same class with equal components. */
    @Override
    public abstract boolean equals(Object obj);

    /** A hash of the components. */
    @Override
    public abstract int hashCode();

    /** {@code Name[a=1, b=2]}. */
    @Override
    public abstract String toString();
}
