package java.lang;

/** The superclass of the numeric boxes: conversion to each primitive numeric type. */
public abstract class Number implements java.io.Serializable {
    /** For subclasses. */
    public Number() {
    }

    /** The value as an int (possibly truncated or rounded). */
    public abstract int intValue();

    /** The value as a long (possibly rounded). */
    public abstract long longValue();

    /** The value as a float (possibly rounded). */
    public abstract float floatValue();

    /** The value as a double (possibly rounded). */
    public abstract double doubleValue();

    /** The value as a byte: {@code (byte) intValue()}. */
    public byte byteValue() {
        return (byte) intValue();
    }

    /** The value as a short: {@code (short) intValue()}. */
    public short shortValue() {
        return (short) intValue();
    }
}
