package java.util;

import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;

/**
 * A container that holds one {@code double} value or nothing; what {@code DoubleStream} operations such as
 * {@code findFirst} and {@code max} return.
 */
public final class OptionalDouble {
    private static final OptionalDouble EMPTY = new OptionalDouble(false, 0);

    private final boolean present;
    private final double value;

    private OptionalDouble(boolean present, double value) {
        this.present = present;
        this.value = value;
    }

    /** The empty instance. */
    public static OptionalDouble empty() {
        return EMPTY;
    }

    /** An OptionalDouble holding {@code value}. */
    public static OptionalDouble of(double value) {
        return new OptionalDouble(true, value);
    }

    /** The value; NoSuchElementException if there is none. */
    public double getAsDouble() {
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
    public void ifPresent(DoubleConsumer action) {
        if (present) {
            action.accept(value);
        }
    }

    /** Runs {@code action} on the value, or {@code emptyAction} when there is none. */
    public void ifPresentOrElse(DoubleConsumer action, Runnable emptyAction) {
        if (present) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    /** A stream of the value, or an empty stream. */
    public DoubleStream stream() {
        return present ? DoubleStream.of(value) : DoubleStream.empty();
    }

    /** The value, or {@code other}. */
    public double orElse(double other) {
        return present ? value : other;
    }

    /** The value, or what {@code supplier} gives. */
    public double orElseGet(DoubleSupplier supplier) {
        return present ? value : supplier.getAsDouble();
    }

    /** The value; NoSuchElementException if there is none. */
    public double orElseThrow() {
        return getAsDouble();
    }

    /** The value, or throws what {@code exceptionSupplier} gives. */
    public <X extends Throwable> double orElseThrow(Supplier<? extends X> exceptionSupplier) throws X {
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
        if (!(obj instanceof OptionalDouble)) {
            return false;
        }
        OptionalDouble other = (OptionalDouble) obj;
        return present && other.present ? Double.compare(value, other.value) == 0 : present == other.present;
    }

    @Override
    public int hashCode() {
        return present ? Double.hashCode(value) : 0;
    }

    @Override
    public String toString() {
        return present ? "OptionalDouble[" + value + "]" : "OptionalDouble.empty";
    }
}
