package java.lang;

/** A type with a natural order. */
public interface Comparable<T> {
    /** Negative, zero or positive as this object is less than, equal to or greater than {@code o}. */
    int compareTo(T o);
}
