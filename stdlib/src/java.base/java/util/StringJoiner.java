package java.util;

/**
 * Builds {@code prefix + a + delimiter + b + ... + suffix}; {@link #setEmptyValue} chooses what an empty
 * joiner prints (by default {@code prefix + suffix}).
 */
public final class StringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    private StringBuilder value;
    private String emptyValue;

    /** A joiner with no prefix or suffix. */
    public StringJoiner(CharSequence delimiter) {
        this(delimiter, "", "");
    }

    /** A joiner with the given delimiter, prefix and suffix. */
    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = prefix.toString();
        this.delimiter = delimiter.toString();
        this.suffix = suffix.toString();
    }

    /** Sets what {@link #toString} gives while nothing was added. */
    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = Objects.requireNonNull(emptyValue, "The empty value must not be null").toString();
        return this;
    }

    /** Adds an element ("null" for null). */
    public StringJoiner add(CharSequence newElement) {
        if (value == null) {
            value = new StringBuilder().append(prefix);
        } else {
            value.append(delimiter);
        }
        value.append(String.valueOf(newElement));
        return this;
    }

    /** Adds the content of {@code other} (without its prefix and suffix) as one element, if it has any. */
    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.value != null) {
            String content = other.value.substring(other.prefix.length());
            add(content);
        }
        return this;
    }

    /** The length of {@link #toString}. */
    public int length() {
        if (value == null) {
            return emptyValue != null ? emptyValue.length() : prefix.length() + suffix.length();
        }
        return value.length() + suffix.length();
    }

    @Override
    public String toString() {
        if (value == null) {
            return emptyValue != null ? emptyValue : new StringBuilder().append(prefix).append(suffix).toString();
        }
        return new StringBuilder(value).append(suffix).toString();
    }
}
