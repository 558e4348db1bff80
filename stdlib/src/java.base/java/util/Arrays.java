package java.util;

import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;

/**
 * Static utilities on arrays: sorting (a merge sort for every type: stable, O(n log n) in the worst case, and
 * for floats and doubles in the total order of {@code Double.compare}, so -0.0 before 0.0 and NaNs last),
 * searching, filling, copying, comparing, hashing and printing, and {@link #asList}.
 *
 * <p>The per-type method families are spelled out type by type, as the API has them; the sorting core is one
 * merge sort per type. Written for Cortado against the Java SE 17 API documentation.
 */
public final class Arrays {
    /** Runs at most this long are sorted by insertion. */
    private static final int INSERTION_LIMIT = 16;

    private Arrays() {
    }

    /** Java's range check: IllegalArgumentException if from > to, else the out-of-bounds end. */
    static void rangeCheck(int arrayLength, int fromIndex, int toIndex) {
        if (fromIndex > toIndex) {
            throw new IllegalArgumentException(new StringBuilder().append("fromIndex(").append(fromIndex)
                .append(") > toIndex(").append(toIndex).append(')').toString());
        }
        if (fromIndex < 0) {
            throw new ArrayIndexOutOfBoundsException(fromIndex);
        }
        if (toIndex > arrayLength) {
            throw new ArrayIndexOutOfBoundsException(toIndex);
        }
    }

    private static void copyRangeCheck(int from, int to) {
        if (from > to) {
            throw new IllegalArgumentException(new StringBuilder().append(from).append(" > ").append(to).toString());
        }
    }

    // ---------------------------------------------------------------- int[]

    /** Sorts {@code a} ascending. */
    public static void sort(int[] a) {
        sortRange(a, 0, a.length);
    }

    /** Sorts {@code a[fromIndex..toIndex)} ascending. */
    public static void sort(int[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex);
    }

    private static void sortRange(int[] a, int from, int to) {
        if (to - from > INSERTION_LIMIT) {
            mergeSort(a, new int[to - from], from, to);
        } else {
            insertionSort(a, from, to);
        }
    }

    private static void insertionSort(int[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int x = a[i];
            int j = i - 1;
            while (j >= from && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Sorts {@code a[from..to)} using {@code tmp} (at least {@code to - from} long) as scratch. */
    private static void mergeSort(int[] a, int[] tmp, int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (!(a[mid] < a[mid - 1])) {
            return;
        }
        int n = mid - from;
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < n && j < to) {
            a[k++] = a[j] < tmp[i] ? a[j++] : tmp[i++];
        }
        while (i < n) {
            a[k++] = tmp[i++];
        }
    }

    /** The index of {@code key} in the sorted {@code a}, or {@code -(insertion point) - 1}. */
    public static int binarySearch(int[] a, int key) {
        return binarySearch0(a, 0, a.length, key);
    }

    /** The index of {@code key} in the sorted range, or {@code -(insertion point) - 1}. */
    public static int binarySearch(int[] a, int fromIndex, int toIndex, int key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(int[] a, int from, int to, int key) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Integer.compare(a[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Sets every element of {@code a} to {@code val}. */
    public static void fill(int[] a, int val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets {@code a[fromIndex..toIndex)} to {@code val}. */
    public static void fill(int[] a, int fromIndex, int toIndex, int val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** A copy of {@code original} truncated or padded with the default value to {@code newLength}. */
    public static int[] copyOf(int[] original, int newLength) {
        int[] copy = new int[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of {@code original[from..to)}, padded with the default value past its end. */
    public static int[] copyOfRange(int[] original, int from, int to) {
        copyRangeCheck(from, to);
        int[] copy = new int[to - from];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, to - from));
        return copy;
    }

    /** Whether both are null, or of equal length with equal elements. */
    public static boolean equals(int[] a, int[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        return mismatch0(a, 0, a2, 0, a.length) < 0;
    }

    /** Whether the two ranges have equal length and elements. */
    public static boolean equals(int[] a, int aFromIndex, int aToIndex, int[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int n = aToIndex - aFromIndex;
        return n == bToIndex - bFromIndex && mismatch0(a, aFromIndex, b, bFromIndex, n) < 0;
    }

    private static int mismatch0(int[] a, int ai, int[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (!(a[ai + i] == b[bi + i])) {
                return i;
            }
        }
        return -1;
    }

    /** The first index where the arrays differ, the shorter length if one is a prefix, or -1. */
    public static int mismatch(int[] a, int[] b) {
        int n = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, n);
        return i >= 0 || a.length == b.length ? i : n;
    }

    /** Lexicographic comparison; null is less than any array. */
    public static int compare(int[] a, int[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return Integer.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** The hash of the elements, as {@code List.hashCode} of their boxes would be. */
    public static int hashCode(int[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (int e : a) {
            h = 31 * h + (e);
        }
        return h;
    }

    /** {@code [e1, e2]}, or {@code null}. */
    public static String toString(int[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- long[]

    /** Sorts {@code a} ascending. */
    public static void sort(long[] a) {
        sortRange(a, 0, a.length);
    }

    /** Sorts {@code a[fromIndex..toIndex)} ascending. */
    public static void sort(long[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex);
    }

    private static void sortRange(long[] a, int from, int to) {
        if (to - from > INSERTION_LIMIT) {
            mergeSort(a, new long[to - from], from, to);
        } else {
            insertionSort(a, from, to);
        }
    }

    private static void insertionSort(long[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            long x = a[i];
            int j = i - 1;
            while (j >= from && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Sorts {@code a[from..to)} using {@code tmp} (at least {@code to - from} long) as scratch. */
    private static void mergeSort(long[] a, long[] tmp, int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (!(a[mid] < a[mid - 1])) {
            return;
        }
        int n = mid - from;
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < n && j < to) {
            a[k++] = a[j] < tmp[i] ? a[j++] : tmp[i++];
        }
        while (i < n) {
            a[k++] = tmp[i++];
        }
    }

    /** The index of {@code key} in the sorted {@code a}, or {@code -(insertion point) - 1}. */
    public static int binarySearch(long[] a, long key) {
        return binarySearch0(a, 0, a.length, key);
    }

    /** The index of {@code key} in the sorted range, or {@code -(insertion point) - 1}. */
    public static int binarySearch(long[] a, int fromIndex, int toIndex, long key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(long[] a, int from, int to, long key) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compare(a[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Sets every element of {@code a} to {@code val}. */
    public static void fill(long[] a, long val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets {@code a[fromIndex..toIndex)} to {@code val}. */
    public static void fill(long[] a, int fromIndex, int toIndex, long val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** A copy of {@code original} truncated or padded with the default value to {@code newLength}. */
    public static long[] copyOf(long[] original, int newLength) {
        long[] copy = new long[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of {@code original[from..to)}, padded with the default value past its end. */
    public static long[] copyOfRange(long[] original, int from, int to) {
        copyRangeCheck(from, to);
        long[] copy = new long[to - from];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, to - from));
        return copy;
    }

    /** Whether both are null, or of equal length with equal elements. */
    public static boolean equals(long[] a, long[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        return mismatch0(a, 0, a2, 0, a.length) < 0;
    }

    /** Whether the two ranges have equal length and elements. */
    public static boolean equals(long[] a, int aFromIndex, int aToIndex, long[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int n = aToIndex - aFromIndex;
        return n == bToIndex - bFromIndex && mismatch0(a, aFromIndex, b, bFromIndex, n) < 0;
    }

    private static int mismatch0(long[] a, int ai, long[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (!(a[ai + i] == b[bi + i])) {
                return i;
            }
        }
        return -1;
    }

    /** The first index where the arrays differ, the shorter length if one is a prefix, or -1. */
    public static int mismatch(long[] a, long[] b) {
        int n = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, n);
        return i >= 0 || a.length == b.length ? i : n;
    }

    /** Lexicographic comparison; null is less than any array. */
    public static int compare(long[] a, long[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return Long.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** The hash of the elements, as {@code List.hashCode} of their boxes would be. */
    public static int hashCode(long[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (long e : a) {
            h = 31 * h + ((int) (e ^ (e >>> 32)));
        }
        return h;
    }

    /** {@code [e1, e2]}, or {@code null}. */
    public static String toString(long[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- short[]

    /** Sorts {@code a} ascending. */
    public static void sort(short[] a) {
        sortRange(a, 0, a.length);
    }

    /** Sorts {@code a[fromIndex..toIndex)} ascending. */
    public static void sort(short[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex);
    }

    private static void sortRange(short[] a, int from, int to) {
        if (to - from > INSERTION_LIMIT) {
            mergeSort(a, new short[to - from], from, to);
        } else {
            insertionSort(a, from, to);
        }
    }

    private static void insertionSort(short[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            short x = a[i];
            int j = i - 1;
            while (j >= from && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Sorts {@code a[from..to)} using {@code tmp} (at least {@code to - from} long) as scratch. */
    private static void mergeSort(short[] a, short[] tmp, int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (!(a[mid] < a[mid - 1])) {
            return;
        }
        int n = mid - from;
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < n && j < to) {
            a[k++] = a[j] < tmp[i] ? a[j++] : tmp[i++];
        }
        while (i < n) {
            a[k++] = tmp[i++];
        }
    }

    /** The index of {@code key} in the sorted {@code a}, or {@code -(insertion point) - 1}. */
    public static int binarySearch(short[] a, short key) {
        return binarySearch0(a, 0, a.length, key);
    }

    /** The index of {@code key} in the sorted range, or {@code -(insertion point) - 1}. */
    public static int binarySearch(short[] a, int fromIndex, int toIndex, short key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(short[] a, int from, int to, short key) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Short.compare(a[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Sets every element of {@code a} to {@code val}. */
    public static void fill(short[] a, short val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets {@code a[fromIndex..toIndex)} to {@code val}. */
    public static void fill(short[] a, int fromIndex, int toIndex, short val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** A copy of {@code original} truncated or padded with the default value to {@code newLength}. */
    public static short[] copyOf(short[] original, int newLength) {
        short[] copy = new short[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of {@code original[from..to)}, padded with the default value past its end. */
    public static short[] copyOfRange(short[] original, int from, int to) {
        copyRangeCheck(from, to);
        short[] copy = new short[to - from];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, to - from));
        return copy;
    }

    /** Whether both are null, or of equal length with equal elements. */
    public static boolean equals(short[] a, short[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        return mismatch0(a, 0, a2, 0, a.length) < 0;
    }

    /** Whether the two ranges have equal length and elements. */
    public static boolean equals(short[] a, int aFromIndex, int aToIndex, short[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int n = aToIndex - aFromIndex;
        return n == bToIndex - bFromIndex && mismatch0(a, aFromIndex, b, bFromIndex, n) < 0;
    }

    private static int mismatch0(short[] a, int ai, short[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (!(a[ai + i] == b[bi + i])) {
                return i;
            }
        }
        return -1;
    }

    /** The first index where the arrays differ, the shorter length if one is a prefix, or -1. */
    public static int mismatch(short[] a, short[] b) {
        int n = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, n);
        return i >= 0 || a.length == b.length ? i : n;
    }

    /** Lexicographic comparison; null is less than any array. */
    public static int compare(short[] a, short[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return Short.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** The hash of the elements, as {@code List.hashCode} of their boxes would be. */
    public static int hashCode(short[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (short e : a) {
            h = 31 * h + (e);
        }
        return h;
    }

    /** {@code [e1, e2]}, or {@code null}. */
    public static String toString(short[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- char[]

    /** Sorts {@code a} ascending. */
    public static void sort(char[] a) {
        sortRange(a, 0, a.length);
    }

    /** Sorts {@code a[fromIndex..toIndex)} ascending. */
    public static void sort(char[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex);
    }

    private static void sortRange(char[] a, int from, int to) {
        if (to - from > INSERTION_LIMIT) {
            mergeSort(a, new char[to - from], from, to);
        } else {
            insertionSort(a, from, to);
        }
    }

    private static void insertionSort(char[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            char x = a[i];
            int j = i - 1;
            while (j >= from && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Sorts {@code a[from..to)} using {@code tmp} (at least {@code to - from} long) as scratch. */
    private static void mergeSort(char[] a, char[] tmp, int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (!(a[mid] < a[mid - 1])) {
            return;
        }
        int n = mid - from;
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < n && j < to) {
            a[k++] = a[j] < tmp[i] ? a[j++] : tmp[i++];
        }
        while (i < n) {
            a[k++] = tmp[i++];
        }
    }

    /** The index of {@code key} in the sorted {@code a}, or {@code -(insertion point) - 1}. */
    public static int binarySearch(char[] a, char key) {
        return binarySearch0(a, 0, a.length, key);
    }

    /** The index of {@code key} in the sorted range, or {@code -(insertion point) - 1}. */
    public static int binarySearch(char[] a, int fromIndex, int toIndex, char key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(char[] a, int from, int to, char key) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Character.compare(a[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Sets every element of {@code a} to {@code val}. */
    public static void fill(char[] a, char val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets {@code a[fromIndex..toIndex)} to {@code val}. */
    public static void fill(char[] a, int fromIndex, int toIndex, char val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** A copy of {@code original} truncated or padded with the default value to {@code newLength}. */
    public static char[] copyOf(char[] original, int newLength) {
        char[] copy = new char[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of {@code original[from..to)}, padded with the default value past its end. */
    public static char[] copyOfRange(char[] original, int from, int to) {
        copyRangeCheck(from, to);
        char[] copy = new char[to - from];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, to - from));
        return copy;
    }

    /** Whether both are null, or of equal length with equal elements. */
    public static boolean equals(char[] a, char[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        return mismatch0(a, 0, a2, 0, a.length) < 0;
    }

    /** Whether the two ranges have equal length and elements. */
    public static boolean equals(char[] a, int aFromIndex, int aToIndex, char[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int n = aToIndex - aFromIndex;
        return n == bToIndex - bFromIndex && mismatch0(a, aFromIndex, b, bFromIndex, n) < 0;
    }

    private static int mismatch0(char[] a, int ai, char[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (!(a[ai + i] == b[bi + i])) {
                return i;
            }
        }
        return -1;
    }

    /** The first index where the arrays differ, the shorter length if one is a prefix, or -1. */
    public static int mismatch(char[] a, char[] b) {
        int n = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, n);
        return i >= 0 || a.length == b.length ? i : n;
    }

    /** Lexicographic comparison; null is less than any array. */
    public static int compare(char[] a, char[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return Character.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** The hash of the elements, as {@code List.hashCode} of their boxes would be. */
    public static int hashCode(char[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (char e : a) {
            h = 31 * h + (e);
        }
        return h;
    }

    /** {@code [e1, e2]}, or {@code null}. */
    public static String toString(char[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- byte[]

    /** Sorts {@code a} ascending. */
    public static void sort(byte[] a) {
        sortRange(a, 0, a.length);
    }

    /** Sorts {@code a[fromIndex..toIndex)} ascending. */
    public static void sort(byte[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex);
    }

    private static void sortRange(byte[] a, int from, int to) {
        if (to - from > INSERTION_LIMIT) {
            mergeSort(a, new byte[to - from], from, to);
        } else {
            insertionSort(a, from, to);
        }
    }

    private static void insertionSort(byte[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            byte x = a[i];
            int j = i - 1;
            while (j >= from && x < a[j]) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Sorts {@code a[from..to)} using {@code tmp} (at least {@code to - from} long) as scratch. */
    private static void mergeSort(byte[] a, byte[] tmp, int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (!(a[mid] < a[mid - 1])) {
            return;
        }
        int n = mid - from;
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < n && j < to) {
            a[k++] = a[j] < tmp[i] ? a[j++] : tmp[i++];
        }
        while (i < n) {
            a[k++] = tmp[i++];
        }
    }

    /** The index of {@code key} in the sorted {@code a}, or {@code -(insertion point) - 1}. */
    public static int binarySearch(byte[] a, byte key) {
        return binarySearch0(a, 0, a.length, key);
    }

    /** The index of {@code key} in the sorted range, or {@code -(insertion point) - 1}. */
    public static int binarySearch(byte[] a, int fromIndex, int toIndex, byte key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(byte[] a, int from, int to, byte key) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Byte.compare(a[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Sets every element of {@code a} to {@code val}. */
    public static void fill(byte[] a, byte val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets {@code a[fromIndex..toIndex)} to {@code val}. */
    public static void fill(byte[] a, int fromIndex, int toIndex, byte val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** A copy of {@code original} truncated or padded with the default value to {@code newLength}. */
    public static byte[] copyOf(byte[] original, int newLength) {
        byte[] copy = new byte[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of {@code original[from..to)}, padded with the default value past its end. */
    public static byte[] copyOfRange(byte[] original, int from, int to) {
        copyRangeCheck(from, to);
        byte[] copy = new byte[to - from];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, to - from));
        return copy;
    }

    /** Whether both are null, or of equal length with equal elements. */
    public static boolean equals(byte[] a, byte[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        return mismatch0(a, 0, a2, 0, a.length) < 0;
    }

    /** Whether the two ranges have equal length and elements. */
    public static boolean equals(byte[] a, int aFromIndex, int aToIndex, byte[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int n = aToIndex - aFromIndex;
        return n == bToIndex - bFromIndex && mismatch0(a, aFromIndex, b, bFromIndex, n) < 0;
    }

    private static int mismatch0(byte[] a, int ai, byte[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (!(a[ai + i] == b[bi + i])) {
                return i;
            }
        }
        return -1;
    }

    /** The first index where the arrays differ, the shorter length if one is a prefix, or -1. */
    public static int mismatch(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, n);
        return i >= 0 || a.length == b.length ? i : n;
    }

    /** Lexicographic comparison; null is less than any array. */
    public static int compare(byte[] a, byte[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return Byte.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** The hash of the elements, as {@code List.hashCode} of their boxes would be. */
    public static int hashCode(byte[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (byte e : a) {
            h = 31 * h + (e);
        }
        return h;
    }

    /** {@code [e1, e2]}, or {@code null}. */
    public static String toString(byte[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- float[]

    /** Sorts {@code a} ascending. */
    public static void sort(float[] a) {
        sortRange(a, 0, a.length);
    }

    /** Sorts {@code a[fromIndex..toIndex)} ascending. */
    public static void sort(float[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex);
    }

    private static void sortRange(float[] a, int from, int to) {
        if (to - from > INSERTION_LIMIT) {
            mergeSort(a, new float[to - from], from, to);
        } else {
            insertionSort(a, from, to);
        }
    }

    private static void insertionSort(float[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            float x = a[i];
            int j = i - 1;
            while (j >= from && Float.compare(x, a[j]) < 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Sorts {@code a[from..to)} using {@code tmp} (at least {@code to - from} long) as scratch. */
    private static void mergeSort(float[] a, float[] tmp, int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (!(Float.compare(a[mid], a[mid - 1]) < 0)) {
            return;
        }
        int n = mid - from;
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < n && j < to) {
            a[k++] = Float.compare(a[j], tmp[i]) < 0 ? a[j++] : tmp[i++];
        }
        while (i < n) {
            a[k++] = tmp[i++];
        }
    }

    /** The index of {@code key} in the sorted {@code a}, or {@code -(insertion point) - 1}. */
    public static int binarySearch(float[] a, float key) {
        return binarySearch0(a, 0, a.length, key);
    }

    /** The index of {@code key} in the sorted range, or {@code -(insertion point) - 1}. */
    public static int binarySearch(float[] a, int fromIndex, int toIndex, float key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(float[] a, int from, int to, float key) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Float.compare(a[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Sets every element of {@code a} to {@code val}. */
    public static void fill(float[] a, float val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets {@code a[fromIndex..toIndex)} to {@code val}. */
    public static void fill(float[] a, int fromIndex, int toIndex, float val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** A copy of {@code original} truncated or padded with the default value to {@code newLength}. */
    public static float[] copyOf(float[] original, int newLength) {
        float[] copy = new float[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of {@code original[from..to)}, padded with the default value past its end. */
    public static float[] copyOfRange(float[] original, int from, int to) {
        copyRangeCheck(from, to);
        float[] copy = new float[to - from];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, to - from));
        return copy;
    }

    /** Whether both are null, or of equal length with equal elements. */
    public static boolean equals(float[] a, float[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        return mismatch0(a, 0, a2, 0, a.length) < 0;
    }

    /** Whether the two ranges have equal length and elements. */
    public static boolean equals(float[] a, int aFromIndex, int aToIndex, float[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int n = aToIndex - aFromIndex;
        return n == bToIndex - bFromIndex && mismatch0(a, aFromIndex, b, bFromIndex, n) < 0;
    }

    private static int mismatch0(float[] a, int ai, float[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (!(Float.floatToIntBits(a[ai + i]) == Float.floatToIntBits(b[bi + i]))) {
                return i;
            }
        }
        return -1;
    }

    /** The first index where the arrays differ, the shorter length if one is a prefix, or -1. */
    public static int mismatch(float[] a, float[] b) {
        int n = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, n);
        return i >= 0 || a.length == b.length ? i : n;
    }

    /** Lexicographic comparison; null is less than any array. */
    public static int compare(float[] a, float[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return Float.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** The hash of the elements, as {@code List.hashCode} of their boxes would be. */
    public static int hashCode(float[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (float e : a) {
            h = 31 * h + (Float.floatToIntBits(e));
        }
        return h;
    }

    /** {@code [e1, e2]}, or {@code null}. */
    public static String toString(float[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- double[]

    /** Sorts {@code a} ascending. */
    public static void sort(double[] a) {
        sortRange(a, 0, a.length);
    }

    /** Sorts {@code a[fromIndex..toIndex)} ascending. */
    public static void sort(double[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortRange(a, fromIndex, toIndex);
    }

    private static void sortRange(double[] a, int from, int to) {
        if (to - from > INSERTION_LIMIT) {
            mergeSort(a, new double[to - from], from, to);
        } else {
            insertionSort(a, from, to);
        }
    }

    private static void insertionSort(double[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double x = a[i];
            int j = i - 1;
            while (j >= from && Double.compare(x, a[j]) < 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Sorts {@code a[from..to)} using {@code tmp} (at least {@code to - from} long) as scratch. */
    private static void mergeSort(double[] a, double[] tmp, int from, int to) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(a, from, to);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (!(Double.compare(a[mid], a[mid - 1]) < 0)) {
            return;
        }
        int n = mid - from;
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < n && j < to) {
            a[k++] = Double.compare(a[j], tmp[i]) < 0 ? a[j++] : tmp[i++];
        }
        while (i < n) {
            a[k++] = tmp[i++];
        }
    }

    /** The index of {@code key} in the sorted {@code a}, or {@code -(insertion point) - 1}. */
    public static int binarySearch(double[] a, double key) {
        return binarySearch0(a, 0, a.length, key);
    }

    /** The index of {@code key} in the sorted range, or {@code -(insertion point) - 1}. */
    public static int binarySearch(double[] a, int fromIndex, int toIndex, double key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key);
    }

    private static int binarySearch0(double[] a, int from, int to, double key) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Double.compare(a[mid], key);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Sets every element of {@code a} to {@code val}. */
    public static void fill(double[] a, double val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets {@code a[fromIndex..toIndex)} to {@code val}. */
    public static void fill(double[] a, int fromIndex, int toIndex, double val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** A copy of {@code original} truncated or padded with the default value to {@code newLength}. */
    public static double[] copyOf(double[] original, int newLength) {
        double[] copy = new double[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of {@code original[from..to)}, padded with the default value past its end. */
    public static double[] copyOfRange(double[] original, int from, int to) {
        copyRangeCheck(from, to);
        double[] copy = new double[to - from];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, to - from));
        return copy;
    }

    /** Whether both are null, or of equal length with equal elements. */
    public static boolean equals(double[] a, double[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        return mismatch0(a, 0, a2, 0, a.length) < 0;
    }

    /** Whether the two ranges have equal length and elements. */
    public static boolean equals(double[] a, int aFromIndex, int aToIndex, double[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int n = aToIndex - aFromIndex;
        return n == bToIndex - bFromIndex && mismatch0(a, aFromIndex, b, bFromIndex, n) < 0;
    }

    private static int mismatch0(double[] a, int ai, double[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (!(Double.doubleToLongBits(a[ai + i]) == Double.doubleToLongBits(b[bi + i]))) {
                return i;
            }
        }
        return -1;
    }

    /** The first index where the arrays differ, the shorter length if one is a prefix, or -1. */
    public static int mismatch(double[] a, double[] b) {
        int n = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, n);
        return i >= 0 || a.length == b.length ? i : n;
    }

    /** Lexicographic comparison; null is less than any array. */
    public static int compare(double[] a, double[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return Double.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** The hash of the elements, as {@code List.hashCode} of their boxes would be. */
    public static int hashCode(double[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (double e : a) {
            h = 31 * h + (Double.hashCode(e));
        }
        return h;
    }

    /** {@code [e1, e2]}, or {@code null}. */
    public static String toString(double[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    /** Sets every element of {@code a} to {@code val}. */
    public static void fill(boolean[] a, boolean val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets {@code a[fromIndex..toIndex)} to {@code val}. */
    public static void fill(boolean[] a, int fromIndex, int toIndex, boolean val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** A copy of {@code original} truncated or padded with the default value to {@code newLength}. */
    public static boolean[] copyOf(boolean[] original, int newLength) {
        boolean[] copy = new boolean[newLength];
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of {@code original[from..to)}, padded with the default value past its end. */
    public static boolean[] copyOfRange(boolean[] original, int from, int to) {
        copyRangeCheck(from, to);
        boolean[] copy = new boolean[to - from];
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, to - from));
        return copy;
    }

    /** Whether both are null, or of equal length with equal elements. */
    public static boolean equals(boolean[] a, boolean[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        return mismatch0(a, 0, a2, 0, a.length) < 0;
    }

    /** Whether the two ranges have equal length and elements. */
    public static boolean equals(boolean[] a, int aFromIndex, int aToIndex, boolean[] b, int bFromIndex, int bToIndex) {
        rangeCheck(a.length, aFromIndex, aToIndex);
        rangeCheck(b.length, bFromIndex, bToIndex);
        int n = aToIndex - aFromIndex;
        return n == bToIndex - bFromIndex && mismatch0(a, aFromIndex, b, bFromIndex, n) < 0;
    }

    private static int mismatch0(boolean[] a, int ai, boolean[] b, int bi, int n) {
        for (int i = 0; i < n; i++) {
            if (!(a[ai + i] == b[bi + i])) {
                return i;
            }
        }
        return -1;
    }

    /** The first index where the arrays differ, the shorter length if one is a prefix, or -1. */
    public static int mismatch(boolean[] a, boolean[] b) {
        int n = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        int i = mismatch0(a, 0, b, 0, n);
        return i >= 0 || a.length == b.length ? i : n;
    }

    /** Lexicographic comparison; null is less than any array. */
    public static int compare(boolean[] a, boolean[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int i = mismatch0(a, 0, b, 0, Math.min(a.length, b.length));
        if (i >= 0) {
            return Boolean.compare(a[i], b[i]);
        }
        return a.length - b.length;
    }

    /** The hash of the elements, as {@code List.hashCode} of their boxes would be. */
    public static int hashCode(boolean[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (boolean e : a) {
            h = 31 * h + (e ? 1231 : 1237);
        }
        return h;
    }

    /** {@code [e1, e2]}, or {@code null}. */
    public static String toString(boolean[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(a[i]);
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------- Object[]

    /** Sorts {@code a} by natural order; stable. */
    public static void sort(Object[] a) {
        sort(a, 0, a.length, null);
    }

    /** Sorts {@code a[fromIndex..toIndex)} by natural order; stable. */
    public static void sort(Object[] a, int fromIndex, int toIndex) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortObjects(a, fromIndex, toIndex, null);
    }

    /** Sorts {@code a} by {@code c} (natural order if null); stable. */
    public static <T> void sort(T[] a, Comparator<? super T> c) {
        sortObjects(a, 0, a.length, c);
    }

    /** Sorts {@code a[fromIndex..toIndex)} by {@code c} (natural order if null); stable. */
    public static <T> void sort(T[] a, int fromIndex, int toIndex, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        sortObjects(a, fromIndex, toIndex, c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int cmp(Object x, Object y, Comparator c) {
        return c == null ? ((Comparable) x).compareTo(y) : c.compare(x, y);
    }

    @SuppressWarnings("rawtypes")
    private static void sortObjects(Object[] a, int from, int to, Comparator c) {
        if (to - from < 2) {
            return;
        }
        mergeSort(a, new Object[to - from], from, to, c);
    }

    @SuppressWarnings("rawtypes")
    private static void insertionSort(Object[] a, int from, int to, Comparator c) {
        for (int i = from + 1; i < to; i++) {
            Object x = a[i];
            int j = i - 1;
            while (j >= from && cmp(x, a[j], c) < 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Stable: on equal keys the left run's element goes first. */
    @SuppressWarnings("rawtypes")
    private static void mergeSort(Object[] a, Object[] tmp, int from, int to, Comparator c) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(a, from, to, c);
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, c);
        mergeSort(a, tmp, mid, to, c);
        if (cmp(a[mid], a[mid - 1], c) >= 0) {
            return;
        }
        int n = mid - from;
        System.arraycopy(a, from, tmp, 0, n);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < n && j < to) {
            a[k++] = cmp(a[j], tmp[i], c) < 0 ? a[j++] : tmp[i++];
        }
        while (i < n) {
            a[k++] = tmp[i++];
        }
        for (int z = 0; z < n; z++) {
            tmp[z] = null;
        }
    }

    /** The index of {@code key} in {@code a}, sorted by natural order, or {@code -(insertion point) - 1}. */
    public static int binarySearch(Object[] a, Object key) {
        return binarySearch0(a, 0, a.length, key, null);
    }

    /** The index of {@code key} in the sorted range, or {@code -(insertion point) - 1}. */
    public static int binarySearch(Object[] a, int fromIndex, int toIndex, Object key) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, null);
    }

    /** The index of {@code key} in {@code a}, sorted by {@code c}, or {@code -(insertion point) - 1}. */
    public static <T> int binarySearch(T[] a, T key, Comparator<? super T> c) {
        return binarySearch0(a, 0, a.length, key, c);
    }

    /** The index of {@code key} in the range sorted by {@code c}, or {@code -(insertion point) - 1}. */
    public static <T> int binarySearch(T[] a, int fromIndex, int toIndex, T key, Comparator<? super T> c) {
        rangeCheck(a.length, fromIndex, toIndex);
        return binarySearch0(a, fromIndex, toIndex, key, c);
    }

    @SuppressWarnings("rawtypes")
    private static int binarySearch0(Object[] a, int from, int to, Object key, Comparator c) {
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int r = cmp(a[mid], key, c);
            if (r < 0) {
                lo = mid + 1;
            } else if (r > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }

    /** Sets every element of {@code a} to {@code val}. */
    public static void fill(Object[] a, Object val) {
        for (int i = 0; i < a.length; i++) {
            a[i] = val;
        }
    }

    /** Sets {@code a[fromIndex..toIndex)} to {@code val}. */
    public static void fill(Object[] a, int fromIndex, int toIndex, Object val) {
        rangeCheck(a.length, fromIndex, toIndex);
        for (int i = fromIndex; i < toIndex; i++) {
            a[i] = val;
        }
    }

    /** A copy of {@code original} of the same array type, truncated or padded with nulls. */
    @SuppressWarnings("unchecked")
    public static <T> T[] copyOf(T[] original, int newLength) {
        return (T[]) copyOf(original, newLength, original.getClass());
    }

    /** A copy of {@code original} as an array of {@code newType}, truncated or padded with nulls. */
    @SuppressWarnings("unchecked")
    public static <T, U> T[] copyOf(U[] original, int newLength, Class<? extends T[]> newType) {
        T[] copy = (Object) newType == (Object) Object[].class ? (T[]) new Object[newLength]
            : (T[]) java.lang.reflect.Array.newInstance(newType.getComponentType(), newLength);
        System.arraycopy(original, 0, copy, 0, Math.min(original.length, newLength));
        return copy;
    }

    /** A copy of {@code original[from..to)} of the same array type, padded with nulls. */
    @SuppressWarnings("unchecked")
    public static <T> T[] copyOfRange(T[] original, int from, int to) {
        return copyOfRange(original, from, to, (Class<? extends T[]>) original.getClass());
    }

    /** A copy of {@code original[from..to)} as an array of {@code newType}, padded with nulls. */
    @SuppressWarnings("unchecked")
    public static <T, U> T[] copyOfRange(U[] original, int from, int to, Class<? extends T[]> newType) {
        copyRangeCheck(from, to);
        int n = to - from;
        T[] copy = (Object) newType == (Object) Object[].class ? (T[]) new Object[n]
            : (T[]) java.lang.reflect.Array.newInstance(newType.getComponentType(), n);
        System.arraycopy(original, from, copy, 0, Math.min(original.length - from, n));
        return copy;
    }

    /** Whether both are null, or of equal length with {@code Objects.equals} elements. */
    public static boolean equals(Object[] a, Object[] a2) {
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Objects.equals(a[i], a2[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the arrays have equal length and elements equal by {@code cmp}. */
    public static <T> boolean equals(T[] a, T[] a2, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == a2) {
            return true;
        }
        if (a == null || a2 == null || a.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (cmp.compare(a[i], a2[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The first index where the arrays differ by {@code Objects.equals}, the shorter length, or -1. */
    public static int mismatch(Object[] a, Object[] b) {
        int n = Math.min(a.length, b.length);
        if (a == b) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (!Objects.equals(a[i], b[i])) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }

    /** Lexicographic comparison by natural order (null arrays and elements first). */
    public static <T extends Comparable<? super T>> int compare(T[] a, T[] b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            T x = a[i];
            T y = b[i];
            if (x != y) {
                if (x == null || y == null) {
                    return x == null ? -1 : 1;
                }
                int c = x.compareTo(y);
                if (c != 0) {
                    return c;
                }
            }
        }
        return a.length - b.length;
    }

    /** Lexicographic comparison by {@code cmp} (null arrays first). */
    public static <T> int compare(T[] a, T[] b, Comparator<? super T> cmp) {
        Objects.requireNonNull(cmp);
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            int c = cmp.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return a.length - b.length;
    }

    /** The hash of the elements, as {@code List.hashCode} defines it. */
    public static int hashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (Object e : a) {
            h = 31 * h + (e == null ? 0 : e.hashCode());
        }
        return h;
    }

    /** {@code [e1, e2]} with {@code String.valueOf} elements, or {@code null}. */
    public static String toString(Object[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(String.valueOf(a[i]));
        }
        return sb.append(']').toString();
    }

    /** The hash of the elements, arrays hashed by content, recursively. */
    public static int deepHashCode(Object[] a) {
        if (a == null) {
            return 0;
        }
        int h = 1;
        for (Object e : a) {
            h = 31 * h + elementHash(e);
        }
        return h;
    }

    private static int elementHash(Object e) {
        if (e == null) {
            return 0;
        }
        if (e instanceof Object[]) {
            return deepHashCode((Object[]) e);
        }
        if (e instanceof int[]) {
            return hashCode((int[]) e);
        }
        if (e instanceof long[]) {
            return hashCode((long[]) e);
        }
        if (e instanceof short[]) {
            return hashCode((short[]) e);
        }
        if (e instanceof char[]) {
            return hashCode((char[]) e);
        }
        if (e instanceof byte[]) {
            return hashCode((byte[]) e);
        }
        if (e instanceof boolean[]) {
            return hashCode((boolean[]) e);
        }
        if (e instanceof float[]) {
            return hashCode((float[]) e);
        }
        if (e instanceof double[]) {
            return hashCode((double[]) e);
        }
        return e.hashCode();
    }

    /** Whether both are null or have deeply equal elements (nested arrays compared by content). */
    public static boolean deepEquals(Object[] a1, Object[] a2) {
        if (a1 == a2) {
            return true;
        }
        if (a1 == null || a2 == null || a1.length != a2.length) {
            return false;
        }
        for (int i = 0; i < a1.length; i++) {
            Object e1 = a1[i];
            Object e2 = a2[i];
            if (e1 == e2) {
                continue;
            }
            if (e1 == null || e2 == null || !deepEquals0(e1, e2)) {
                return false;
            }
        }
        return true;
    }

    /** Deep equality of two non-null objects, arrays by content (used by {@code Objects.deepEquals}). */
    static boolean deepEquals0(Object e1, Object e2) {
        if (e1 instanceof Object[] && e2 instanceof Object[]) {
            return deepEquals((Object[]) e1, (Object[]) e2);
        }
        if (e1 instanceof int[] && e2 instanceof int[]) {
            return equals((int[]) e1, (int[]) e2);
        }
        if (e1 instanceof long[] && e2 instanceof long[]) {
            return equals((long[]) e1, (long[]) e2);
        }
        if (e1 instanceof short[] && e2 instanceof short[]) {
            return equals((short[]) e1, (short[]) e2);
        }
        if (e1 instanceof char[] && e2 instanceof char[]) {
            return equals((char[]) e1, (char[]) e2);
        }
        if (e1 instanceof byte[] && e2 instanceof byte[]) {
            return equals((byte[]) e1, (byte[]) e2);
        }
        if (e1 instanceof boolean[] && e2 instanceof boolean[]) {
            return equals((boolean[]) e1, (boolean[]) e2);
        }
        if (e1 instanceof float[] && e2 instanceof float[]) {
            return equals((float[]) e1, (float[]) e2);
        }
        if (e1 instanceof double[] && e2 instanceof double[]) {
            return equals((double[]) e1, (double[]) e2);
        }
        return e1.equals(e2);
    }

    /** Like {@link #toString(Object[])} with nested arrays printed by content; a cycle prints {@code [...]}. */
    public static String deepToString(Object[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder();
        deepToString(a, sb, new Object[8], 0);
        return sb.toString();
    }

    private static void deepToString(Object[] a, StringBuilder sb, Object[] seen, int depth) {
        sb.append('[');
        if (depth == seen.length) {
            seen = copyOf(seen, depth * 2);
        }
        seen[depth] = a;
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            Object e = a[i];
            if (e instanceof Object[]) {
                boolean cycle = false;
                for (int k = 0; k <= depth; k++) {
                    if (seen[k] == e) {
                        cycle = true;
                    }
                }
                if (cycle) {
                    sb.append("[...]");
                } else {
                    deepToString((Object[]) e, sb, seen, depth + 1);
                }
            } else if (e instanceof int[]) {
                sb.append(toString((int[]) e));
            } else if (e instanceof long[]) {
                sb.append(toString((long[]) e));
            } else if (e instanceof short[]) {
                sb.append(toString((short[]) e));
            } else if (e instanceof char[]) {
                sb.append(toString((char[]) e));
            } else if (e instanceof byte[]) {
                sb.append(toString((byte[]) e));
            } else if (e instanceof boolean[]) {
                sb.append(toString((boolean[]) e));
            } else if (e instanceof float[]) {
                sb.append(toString((float[]) e));
            } else if (e instanceof double[]) {
                sb.append(toString((double[]) e));
            } else {
                sb.append(String.valueOf(e));
            }
        }
        sb.append(']');
    }

    /** Sets {@code array[i] = generator.apply(i)} for every index. */
    public static <T> void setAll(T[] array, IntFunction<? extends T> generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.apply(i);
        }
    }

    /** Sets {@code array[i] = generator.applyAsInt(i)} for every index. */
    public static void setAll(int[] array, IntUnaryOperator generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsInt(i);
        }
    }

    /** Sets {@code array[i] = generator.applyAsLong(i)} for every index. */
    public static void setAll(long[] array, IntToLongFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsLong(i);
        }
    }

    /** Sets {@code array[i] = generator.applyAsDouble(i)} for every index. */
    public static void setAll(double[] array, IntToDoubleFunction generator) {
        Objects.requireNonNull(generator);
        for (int i = 0; i < array.length; i++) {
            array[i] = generator.applyAsDouble(i);
        }
    }

    /** A fixed-size list backed by {@code a}: writes go through, size changes are unsupported. */
    @SafeVarargs
    @SuppressWarnings("varargs")
    public static <T> List<T> asList(T... a) {
        return new ArrayList<>(a);
    }

    /** The list {@link #asList} returns (named as in Java, so {@code getClass()} prints the same). */
    private static final class ArrayList<E> extends AbstractList<E> implements RandomAccess, java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final E[] a;

        ArrayList(E[] array) {
            a = Objects.requireNonNull(array);
        }

        @Override
        public int size() {
            return a.length;
        }

        @Override
        public Object[] toArray() {
            return Arrays.copyOf(a, a.length, Object[].class);
        }

        @Override
        public E get(int index) {
            return a[index];
        }

        @Override
        public E set(int index, E element) {
            E old = a[index];
            a[index] = element;
            return old;
        }

        @Override
        public int indexOf(Object o) {
            for (int i = 0; i < a.length; i++) {
                if (Objects.equals(o, a[i])) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public boolean contains(Object o) {
            return indexOf(o) >= 0;
        }
    }

    // ---------------------------------------------------------------- spliterators and streams

    /** A spliterator over {@code array} (ordered, immutable, sized; it halves itself on {@code trySplit}). */
    public static <T> Spliterator<T> spliterator(T[] array) {
        return spliterator(array, 0, array.length);
    }

    /** A spliterator over {@code array[startInclusive..endExclusive)}. */
    public static <T> Spliterator<T> spliterator(T[] array, int startInclusive, int endExclusive) {
        return Spliterators.spliterator(array, startInclusive, endExclusive,
            Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    /** A spliterator over {@code array}. */
    public static Spliterator.OfInt spliterator(int[] array) {
        return spliterator(array, 0, array.length);
    }

    /** A spliterator over {@code array[startInclusive..endExclusive)}. */
    public static Spliterator.OfInt spliterator(int[] array, int startInclusive, int endExclusive) {
        return Spliterators.spliterator(array, startInclusive, endExclusive,
            Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    /** A spliterator over {@code array}. */
    public static Spliterator.OfLong spliterator(long[] array) {
        return spliterator(array, 0, array.length);
    }

    /** A spliterator over {@code array[startInclusive..endExclusive)}. */
    public static Spliterator.OfLong spliterator(long[] array, int startInclusive, int endExclusive) {
        return Spliterators.spliterator(array, startInclusive, endExclusive,
            Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    /** A spliterator over {@code array}. */
    public static Spliterator.OfDouble spliterator(double[] array) {
        return spliterator(array, 0, array.length);
    }

    /** A spliterator over {@code array[startInclusive..endExclusive)}. */
    public static Spliterator.OfDouble spliterator(double[] array, int startInclusive, int endExclusive) {
        return Spliterators.spliterator(array, startInclusive, endExclusive,
            Spliterator.ORDERED | Spliterator.IMMUTABLE);
    }

    /** A sequential stream over {@code array}. */
    public static <T> java.util.stream.Stream<T> stream(T[] array) {
        return stream(array, 0, array.length);
    }

    /** A sequential stream over {@code array[startInclusive..endExclusive)}. */
    public static <T> java.util.stream.Stream<T> stream(T[] array, int startInclusive, int endExclusive) {
        return java.util.stream.StreamSupport.stream(spliterator(array, startInclusive, endExclusive), false);
    }

    /** A sequential {@code IntStream} over {@code array}. */
    public static java.util.stream.IntStream stream(int[] array) {
        return stream(array, 0, array.length);
    }

    /** A sequential {@code IntStream} over {@code array[startInclusive..endExclusive)}. */
    public static java.util.stream.IntStream stream(int[] array, int startInclusive, int endExclusive) {
        return java.util.stream.StreamSupport.intStream(spliterator(array, startInclusive, endExclusive), false);
    }

    /** A sequential {@code LongStream} over {@code array}. */
    public static java.util.stream.LongStream stream(long[] array) {
        return stream(array, 0, array.length);
    }

    /** A sequential {@code LongStream} over {@code array[startInclusive..endExclusive)}. */
    public static java.util.stream.LongStream stream(long[] array, int startInclusive, int endExclusive) {
        return java.util.stream.StreamSupport.longStream(spliterator(array, startInclusive, endExclusive), false);
    }

    /** A sequential {@code DoubleStream} over {@code array}. */
    public static java.util.stream.DoubleStream stream(double[] array) {
        return stream(array, 0, array.length);
    }

    /** A sequential {@code DoubleStream} over {@code array[startInclusive..endExclusive)}. */
    public static java.util.stream.DoubleStream stream(double[] array, int startInclusive, int endExclusive) {
        return java.util.stream.StreamSupport.doubleStream(spliterator(array, startInclusive, endExclusive), false);
    }
}
