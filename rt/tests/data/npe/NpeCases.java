// Source of the class files beside it, which rt/tests/npe_messages.rs analyses. Each method has the
// instruction under test as the only (or first) one of its opcode; the expected messages are HotSpot 17's.
// Rebuild: javac --release 17 -d . NpeCases.java && javac --release 17 -g -d debug NpeCases.java
import java.util.List;

public class NpeCases {
    NpeCases next;
    String str;
    int[] ia;
    int count;
    Object[][] grid;
    static NpeCases global;
    static int[] table;

    static NpeCases make() { return null; }
    static int idx() { return 0; }
    NpeCases self(Object o, String[] a, List<String> l, StringBuilder sb, int[][] x, long j, Integer i, Object[][] oa) { return null; }

    static int local() { String s = null; return s.length(); }
    static int param(long wide, String s) { return s.length(); }
    int thisChain() { return next.str.length(); }
    static int staticField() { return global.str.length(); }
    static int returned() { return make().count; }
    static int nestedCall() { return make().next.count; }
    int paramList() { return self(null, null, null, null, null, 0, null, null).count; }
    static void builder(StringBuilder sb) { sb.append("x"); }
    static int unbox(Integer i) { return i; }
    static Object cloneArray(Object[] a) { return a.clone(); }
    static int deepField(NpeCases e) { return e.next.next.next.next.next.ia[0]; }
    static String deepArray(Object[][][][][][][] a) { return a[0][0][0][0][0][0].toString(); }
    static int merged(NpeCases a, NpeCases b, boolean c) { return (c ? a : b).count; }
    static int mergedReceiver(NpeCases a, NpeCases b, boolean c) { return (c ? a : b).next.count; }
    static String mergedArray(Object[][] a, Object[][] b, boolean c) { return (c ? a : b)[0][0].toString(); }
    static String indexLocal(Object[][] a) { int k = 3; return a[k][0].toString(); }
    static String indexExpression(Object[] a, int i) { return a[i + 1].toString(); }
    static String indexCall(Object[][] a) { return a[idx()][0].toString(); }
    static String indexStatic(Object[][] a) { return a[table[0]][0].toString(); }
    static String indexField(NpeCases e, Object[] a) { return a[e.count].toString(); }
    static String indexNested(Object[] a, int[] b) { return a[b[b[b[b[b[b[0]]]]]]].toString(); }
    static int reassigned(String s) { s = null; return s.length(); }
    static int storedLater(String s) { int n = s.length(); s = "x"; return n; }
    static void loop(String s) { for (int i = 0; i < 2; i++) { if (i == 1) s.length(); s = null; } }
    static int deadStore(boolean c, String s) { if (c) { s = "x"; return 0; } return s.length(); }
    static String storeBetween(String s) { return s.concat(s = "x"); }
    static int constantNull() { return ((String) null).length(); }
    static void store(NpeCases e) { e.next.count = 1; }
    static void storeLong(long[][] l) { l[0][1] = 2L; }
    static void throwIt(RuntimeException e) { throw e; }
    static void sync(Object o) { synchronized (o) { o.hashCode(); } }
    static int length(int[][] a) { return a[2].length; }
    static int arrayCopy(int[] a) { System.arraycopy(a, 0, a, 0, 1); return 0; }
    static Object construct() { return new NullPointerException(); }
    static int caught(String s) { try { s = null; Integer.parseInt("x"); } catch (RuntimeException e) { return s.length(); } return 0; }
}
