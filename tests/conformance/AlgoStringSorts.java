/** Sorting Strings via compareTo: bubble and insertion sort, Arrays.sort stability, string reversal and palindromes. */
public class AlgoStringSorts {
    static void bubble(String[] a) {
        boolean swapped = true;
        for (int pass = 0; swapped; pass++) {
            swapped = false;
            for (int i = 0; i + 1 < a.length - pass; i++) {
                if (a[i].compareTo(a[i + 1]) > 0) {
                    String t = a[i];
                    a[i] = a[i + 1];
                    a[i + 1] = t;
                    swapped = true;
                }
            }
        }
    }

    static void insertionIgnoreCase(String[] a) {
        for (int i = 1; i < a.length; i++) {
            String v = a[i];
            int j = i - 1;
            while (j >= 0 && a[j].compareToIgnoreCase(v) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    static String reverse(String s) {
        char[] c = s.toCharArray();
        for (int i = 0, j = c.length - 1; i < j; i++, j--) {
            char t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return new String(c);
    }

    static String reverseRecursive(String s) {
        return s.length() <= 1 ? s : reverseRecursive(s.substring(1)) + s.charAt(0);
    }

    static boolean palindrome(String s) {
        StringBuilder clean = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                clean.append(Character.toLowerCase(c));
            }
        }
        String x = clean.toString();
        return x.equals(new StringBuilder(x).reverse().toString());
    }

    public static void main(String[] args) {
        String[] words = {"pear", "Apple", "fig", "banana", "apple", "Fig", "cherry", "date", "Banana", "elderberry", "", "a"};
        String[] b = words.clone();
        bubble(b);
        System.out.println("bubble: " + String.join(",", b));
        String[] ins = words.clone();
        insertionIgnoreCase(ins);
        System.out.println("insertion ignore case (stable): " + String.join(",", ins));
        String[] lib = words.clone();
        java.util.Arrays.sort(lib);
        System.out.println("Arrays.sort: " + String.join(",", lib));
        String[] byLen = words.clone();
        java.util.Arrays.sort(byLen, (x, y) -> x.length() - y.length());
        System.out.println("stable by length: " + String.join(",", byLen));
        for (String s : new String[] {"hello", "racecar", "", "a", "ab"}) {
            System.out.println("reverse(" + s + ") = " + reverse(s) + " / " + reverseRecursive(s));
        }
        for (String s : new String[] {"A man, a plan, a canal: Panama", "No lemon, no melon", "Cortado"}) {
            System.out.println("palindrome? " + palindrome(s) + " : " + s);
        }
    }
}
