package java.util;

/** Marker of lists with fast (constant-time) positional access. */
public interface RandomAccess {
}
