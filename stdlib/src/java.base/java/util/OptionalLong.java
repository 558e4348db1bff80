package java.util;

import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.LongStream;

/**
 * A container that holds one {@code long} value or nothing; what {@code LongStream} operations such as
 * {@code findFirst} and {@code max} return.
 */
public final class OptionalLong {
    private static final OptionalLong EMPTY = new OptionalLong(false, 0);

    private final boolean present;
    private final long value;

    private OptionalLong(boolean present, long value) {
        this.present = present;
        this.value = value;
    }

    /** The empty instance. */
    public static OptionalLong empty() {
        return EMPTY;
    }

    /** An OptionalLong holding {@code value}. */
    public static OptionalLong of(long value) {
        return new OptionalLong(true, value);
    }

    /** The value; NoSuchElementException if there is none. */
    public long getAsLong() {
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
    public void ifPresent(LongConsumer action) {
        if (present) {
            action.accept(value);
        }
    }

    /** Runs {@code action} on the value, or {@code emptyAction} when there is none. */
    public void ifPresentOrElse(LongConsumer action, Runnable emptyAction) {
        if (present) {
            action.accept(value);
        } else {
            emptyAction.run();
        }
    }

    /** A stream of the value, or an empty stream. */
    public LongStream stream() {
        return present ? LongStream.of(value) : LongStream.empty();
    }

    /** The value, or {@code other}. */
    public long orElse(long other) {
        return present ? value : other;
    }

    /** The value, or what {@code supplier} gives. */
    public long orElseGet(LongSupplier supplier) {
        return present ? value : supplier.getAsLong();
    }

    /** The value; NoSuchElementException if there is none. */
    public long orElseThrow() {
        return getAsLong();
    }

    /** The value, or throws what {@code exceptionSupplier} gives. */
    public <X extends Throwable> long orElseThrow(Supplier<? extends X> exceptionSupplier) throws X {
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
        if (!(obj instanceof OptionalLong)) {
            return false;
        }
        OptionalLong other = (OptionalLong) obj;
        return present && other.present ? value == other.value : present == other.present;
    }

    @Override
    public int hashCode() {
        return present ? Long.hashCode(value) : 0;
    }

    @Override
    public String toString() {
        return present ? "OptionalLong[" + value + "]" : "OptionalLong.empty";
    }
}
