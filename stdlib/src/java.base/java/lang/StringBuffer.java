package java.lang;

/**
 * A mutable sequence of characters whose methods are synchronized.
 */
public final class StringBuffer extends AbstractStringBuilder implements java.io.Serializable, Comparable<StringBuffer>, CharSequence {
    /** Empty, with capacity 16. */
    public StringBuffer() {
        super(16);
    }

    /** Empty, with the given capacity. */
    public StringBuffer(int capacity) {
        super(capacity);
    }

    /** Holding {@code str}, with capacity {@code str.length() + 16}. */
    public StringBuffer(String str) {
        super(str);
    }

    /** Holding the characters of {@code seq}. */
    public StringBuffer(CharSequence seq) {
        super(seq);
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(Object obj) {
        super.append(obj);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(String str) {
        super.append(str);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(StringBuffer sb) {
        super.append(sb);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(CharSequence s) {
        super.append(s);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(CharSequence s, int start, int end) {
        super.append(s, start, end);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(char[] str) {
        super.append(str);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(char[] str, int offset, int len) {
        super.append(str, offset, len);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(boolean b) {
        super.append(b);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(char c) {
        super.append(c);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(int i) {
        super.append(i);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(long lng) {
        super.append(lng);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(float f) {
        super.append(f);
        return this;
    }

    /** See {@link AbstractStringBuilder#append}; returns this builder. */
    @Override
    public synchronized StringBuffer append(double d) {
        super.append(d);
        return this;
    }

    /** See {@link AbstractStringBuilder#appendCodePoint}; returns this builder. */
    @Override
    public synchronized StringBuffer appendCodePoint(int codePoint) {
        super.appendCodePoint(codePoint);
        return this;
    }

    /** See {@link AbstractStringBuilder#delete}; returns this builder. */
    @Override
    public synchronized StringBuffer delete(int start, int end) {
        super.delete(start, end);
        return this;
    }

    /** See {@link AbstractStringBuilder#deleteCharAt}; returns this builder. */
    @Override
    public synchronized StringBuffer deleteCharAt(int index) {
        super.deleteCharAt(index);
        return this;
    }

    /** See {@link AbstractStringBuilder#replace}; returns this builder. */
    @Override
    public synchronized StringBuffer replace(int start, int end, String str) {
        super.replace(start, end, str);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int index, char[] str, int offset, int len) {
        super.insert(index, str, offset, len);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int offset, Object obj) {
        super.insert(offset, obj);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int offset, String str) {
        super.insert(offset, str);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int offset, char[] str) {
        super.insert(offset, str);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int dstOffset, CharSequence s) {
        super.insert(dstOffset, s);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int dstOffset, CharSequence s, int start, int end) {
        super.insert(dstOffset, s, start, end);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int offset, boolean b) {
        super.insert(offset, b);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int offset, char c) {
        super.insert(offset, c);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int offset, int i) {
        super.insert(offset, i);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int offset, long l) {
        super.insert(offset, l);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int offset, float f) {
        super.insert(offset, f);
        return this;
    }

    /** See {@link AbstractStringBuilder#insert}; returns this builder. */
    @Override
    public synchronized StringBuffer insert(int offset, double d) {
        super.insert(offset, d);
        return this;
    }

    /** See {@link AbstractStringBuilder#reverse}; returns this builder. */
    @Override
    public synchronized StringBuffer reverse() {
        super.reverse();
        return this;
    }

    /** See {@link AbstractStringBuilder#length}; synchronized. */
    @Override
    public synchronized int length() {
        return super.length();
    }

    /** See {@link AbstractStringBuilder#capacity}; synchronized. */
    @Override
    public synchronized int capacity() {
        return super.capacity();
    }

    /** See {@link AbstractStringBuilder#ensureCapacity}; synchronized. */
    @Override
    public synchronized void ensureCapacity(int minimumCapacity) {
        super.ensureCapacity(minimumCapacity);
    }

    /** See {@link AbstractStringBuilder#trimToSize}; synchronized. */
    @Override
    public synchronized void trimToSize() {
        super.trimToSize();
    }

    /** See {@link AbstractStringBuilder#setLength}; synchronized. */
    @Override
    public synchronized void setLength(int newLength) {
        super.setLength(newLength);
    }

    /** See {@link AbstractStringBuilder#charAt}; synchronized. */
    @Override
    public synchronized char charAt(int index) {
        return super.charAt(index);
    }

    /** See {@link AbstractStringBuilder#codePointAt}; synchronized. */
    @Override
    public synchronized int codePointAt(int index) {
        return super.codePointAt(index);
    }

    /** See {@link AbstractStringBuilder#codePointBefore}; synchronized. */
    @Override
    public synchronized int codePointBefore(int index) {
        return super.codePointBefore(index);
    }

    /** See {@link AbstractStringBuilder#codePointCount}; synchronized. */
    @Override
    public synchronized int codePointCount(int beginIndex, int endIndex) {
        return super.codePointCount(beginIndex, endIndex);
    }

    /** See {@link AbstractStringBuilder#offsetByCodePoints}; synchronized. */
    @Override
    public synchronized int offsetByCodePoints(int index, int codePointOffset) {
        return super.offsetByCodePoints(index, codePointOffset);
    }

    /** See {@link AbstractStringBuilder#getChars}; synchronized. */
    @Override
    public synchronized void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        super.getChars(srcBegin, srcEnd, dst, dstBegin);
    }

    /** See {@link AbstractStringBuilder#setCharAt}; synchronized. */
    @Override
    public synchronized void setCharAt(int index, char ch) {
        super.setCharAt(index, ch);
    }

    /** See {@link AbstractStringBuilder#substring}; synchronized. */
    @Override
    public synchronized String substring(int start) {
        return super.substring(start);
    }

    /** See {@link AbstractStringBuilder#substring}; synchronized. */
    @Override
    public synchronized String substring(int start, int end) {
        return super.substring(start, end);
    }

    /** See {@link AbstractStringBuilder#subSequence}; synchronized. */
    @Override
    public synchronized CharSequence subSequence(int start, int end) {
        return super.subSequence(start, end);
    }

    /** See {@link AbstractStringBuilder#indexOf}; synchronized. */
    @Override
    public synchronized int indexOf(String str) {
        return super.indexOf(str);
    }

    /** See {@link AbstractStringBuilder#indexOf}; synchronized. */
    @Override
    public synchronized int indexOf(String str, int fromIndex) {
        return super.indexOf(str, fromIndex);
    }

    /** See {@link AbstractStringBuilder#lastIndexOf}; synchronized. */
    @Override
    public synchronized int lastIndexOf(String str) {
        return super.lastIndexOf(str);
    }

    /** See {@link AbstractStringBuilder#lastIndexOf}; synchronized. */
    @Override
    public synchronized int lastIndexOf(String str, int fromIndex) {
        return super.lastIndexOf(str, fromIndex);
    }

    /** Lexicographic comparison with another StringBuffer. */
    @Override
    public synchronized int compareTo(StringBuffer another) {
        return compareChars(another);
    }

    /** A new String of the current characters. */
    @Override
    public synchronized String toString() {
        return new String(copyChars(), true);
    }
}
