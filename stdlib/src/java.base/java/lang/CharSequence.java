package java.lang;

/** A readable sequence of UTF-16 code units: String, StringBuilder, StringBuffer and others. */
public interface CharSequence {
    /** The number of code units. */
    int length();

    /** The code unit at {@code index}. */
    char charAt(int index);

    /** The code units of {@code [start, end)}. */
    CharSequence subSequence(int start, int end);

    /** The code units as a String. */
    String toString();

    /** Whether the length is 0. */
    default boolean isEmpty() {
        return length() == 0;
    }

    /** Lexicographic comparison of two sequences by code unit, then by length. */
    static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) {
            return 0;
        }
        int n = Math.min(cs1.length(), cs2.length());
        for (int i = 0; i < n; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) {
                return a - b;
            }
        }
        return cs1.length() - cs2.length();
    }

    /** The {@code char} values, zero-extended to {@code int}. */
    default java.util.stream.IntStream chars() {
        return java.util.stream.IntStream.range(0, length()).map(new java.util.function.IntUnaryOperator() {
            @Override
            public int applyAsInt(int i) {
                return charAt(i);
            }
        });
    }

    /** The code points: surrogate pairs combined, unpaired surrogates as they are. */
    default java.util.stream.IntStream codePoints() {
        return java.util.stream.StreamSupport.intStream(new java.util.Spliterator.OfInt() {
            private int index;

            @Override
            public boolean tryAdvance(java.util.function.IntConsumer action) {
                java.util.Objects.requireNonNull(action);
                int n = length();
                if (index >= n) {
                    return false;
                }
                char c = charAt(index++);
                if (Character.isHighSurrogate(c) && index < n && Character.isLowSurrogate(charAt(index))) {
                    action.accept(Character.toCodePoint(c, charAt(index++)));
                } else {
                    action.accept(c);
                }
                return true;
            }

            @Override
            public java.util.Spliterator.OfInt trySplit() {
                return null;
            }

            @Override
            public long estimateSize() {
                return length() - index;
            }

            @Override
            public int characteristics() {
                return java.util.Spliterator.ORDERED;
            }
        }, false);
    }
}
