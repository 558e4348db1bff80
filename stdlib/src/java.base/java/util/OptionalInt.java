package java.util;

import java.util.function.IntConsumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * A container that holds one {@code int} value or nothing; what {@code IntStream} operations such as
 * {@code findFirst} and {@code max} return.
 */
public final class OptionalInt {
    private static final OptionalInt EMPTY = new OptionalInt(false, 0);

    private final boolean present;
    private final int value;

    private OptionalInt(boolean present, int value) {
        this.present = present;
        this.value = value;
    }

    /** The empty instance. */
    public static OptionalInt empty() {
        return EMPTY;
    }

    /** An OptionalInt holding {@code value}. */
    public static OptionalInt of(int value) {
        return new OptionalInt(true, value);
    }

    /** The value; NoSuchElementException if there is none. */
    public int getAsInt() {
        if (!present) {
            throw new NoSuchElementException("No value present");
        }
        return value;
    }

    /** Whether there is a value. */
    public boolean isPresent() {
        return present;
    }

    /** Whether there is no value. */
    public boolean isEmpty() {
        return !present;
    }

    /** Runs {@code action} on the value, if any. */
    public void ifPresent(IntConsumer action) {
        if (present) {
            action.accept(value);
        }
    }

    /** Runs {@code action} on the value, or {@code emptyAction} when there is none. */
    public void ifPresentOrElse(IntConsumer action, Runnable emptyAction) {
        if (present) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    /** A stream of the value, or an empty stream. */
    public IntStream stream() {
        return present ? IntStream.of(value) : IntStream.empty();
    }

    /** The value, or {@code other}. */
    public int orElse(int other) {
        return present ? value : other;
    }

    /** The value, or what {@code supplier} gives. */
    public int orElseGet(IntSupplier supplier) {
        return present ? value : supplier.getAsInt();
    }

    /** The value; NoSuchElementException if there is none. */
    public int orElseThrow() {
        return getAsInt();
    }

    /** The value, or throws what {@code exceptionSupplier} gives. */
    public <X extends Throwable> int orElseThrow(Supplier<? extends X> exceptionSupplier) throws X {
        if (present) {
            return value;
        }
        throw exceptionSupplier.get();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof OptionalInt)) {
            return false;
        }
        OptionalInt other = (OptionalInt) obj;
        return present && other.present ? value == other.value : present == other.present;
    }

    @Override
    public int hashCode() {
        return present ? Integer.hashCode(value) : 0;
    }

    @Override
    public String toString() {
        return present ? "OptionalInt[" + value + "]" : "OptionalInt.empty";
    }
}
