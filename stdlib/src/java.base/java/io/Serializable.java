package java.io;

/** Marks a class whose instances may be serialized (Cortado has no serialization yet). */
public interface Serializable {
}
