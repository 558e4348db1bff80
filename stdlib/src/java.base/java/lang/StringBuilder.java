package java.lang;

/**
 * A mutable sequence of characters, not synchronized: what {@code +} on strings compiles to.
 */
public final class StringBuilder extends AbstractStringBuilder implements java.io.Serializable, Comparable<StringBuilder>, CharSequence {
    /** Empty, with capacity 16. */
    public StringBuilder() {
        super(16);
    }

    /** Empty, with the given capacity. */
    public StringBuilder(int capacity) {
        super(capacity);
    }

    /** Holding {@code str}, with capacity {@code str.length() + 16}. */
    public StringBuilder(String str) {
        super(str);
    }

    /** Holding the characters of {@code seq}. */
    public StringBuilder(CharSequence seq) {
        super(seq);
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(Object obj) {
        super.append(obj);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(String str) {
        super.append(str);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(StringBuffer sb) {
        super.append(sb);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(CharSequence s) {
        super.append(s);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(CharSequence s, int start, int end) {
        super.append(s, start, end);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(char[] str) {
        super.append(str);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(char[] str, int offset, int len) {
        super.append(str, offset, len);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(boolean b) {
        super.append(b);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(char c) {
        super.append(c);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(int i) {
        super.append(i);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(long lng) {
        super.append(lng);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(float f) {
        super.append(f);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public StringBuilder append(double d) {
        super.append(d);
        return this;
    }

    /** See {@link AbstractStringBuilder#appendCodePoint}; returns this builder. */
    @Override
    public StringBuilder appendCodePoint(int codePoint) {
        super.appendCodePoint(codePoint);
        return this;
    }

    /** See {@link AbstractStringBuilder#delete}; returns this builder. */
    @Override
    public StringBuilder delete(int start, int end) {
        super.delete(start, end);
        return this;
    }

    /** See {@link AbstractStringBuilder#deleteCharAt}; returns this builder. */
    @Override
    public StringBuilder deleteCharAt(int index) {
        super.deleteCharAt(index);
        return this;
    }

    /** See {@link AbstractStringBuilder#replace}; returns this builder. */
    @Override
    public StringBuilder replace(int start, int end, String str) {
        super.replace(start, end, str);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int index, char[] str, int offset, int len) {
        super.insert(index, str, offset, len);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int offset, Object obj) {
        super.insert(offset, obj);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int offset, String str) {
        super.insert(offset, str);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int offset, char[] str) {
        super.insert(offset, str);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int dstOffset, CharSequence s) {
        super.insert(dstOffset, s);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int dstOffset, CharSequence s, int start, int end) {
        super.insert(dstOffset, s, start, end);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int offset, boolean b) {
        super.insert(offset, b);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int offset, char c) {
        super.insert(offset, c);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int offset, int i) {
        super.insert(offset, i);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int offset, long l) {
        super.insert(offset, l);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int offset, float f) {
        super.insert(offset, f);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public StringBuilder insert(int offset, double d) {
        super.insert(offset, d);
        return this;
    }

    /** See {@link AbstractStringBuilder#reverse}; returns this builder. */
    @Override
    public StringBuilder reverse() {
        super.reverse();
        return this;
    }

    /** Lexicographic comparison with another StringBuilder. */
    @Override
    public int compareTo(StringBuilder another) {
        return compareChars(another);
    }

    /** A new String of the current characters. */
    @Override
    public String toString() {
        return new String(copyChars(), true);
    }
}
