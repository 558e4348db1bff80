import java.util.*;

/** Vector: the legacy element API, capacity growth, enumerations and the List API. */
public class Util2Vector {
    public static void main(String[] args) {
        Vector<Integer> v = new Vector<>();
        System.out.println(v.capacity() + " " + v.size() + " " + v);
        for (int i = 0; i < 11; i++) {
            v.addElement(i);
        }
        System.out.println(v.capacity() + " " + v);
        Vector<String> w = new Vector<>(3, 2);
        for (int i = 0; i < 6; i++) {
            w.add("s" + i);
            System.out.print(w.capacity() + " ");
        }
        System.out.println();
        w.insertElementAt("x", 2);
        w.setElementAt("y", 0);
        w.removeElementAt(1);
        System.out.println(w + " " + w.elementAt(1) + " " + w.firstElement() + " " + w.lastElement());
        System.out.println(w.removeElement("s3") + " " + w.removeElement("zz") + " " + w);
        Enumeration<String> en = w.elements();
        while (en.hasMoreElements()) {
            System.out.print(en.nextElement() + ";");
        }
        System.out.println();
        w.setSize(7);
        System.out.println(w + " " + w.size());
        w.setSize(2);
        System.out.println(w);
        w.trimToSize();
        System.out.println(w.capacity());
        String[] arr = new String[2];
        w.copyInto(arr);
        System.out.println(Arrays.toString(arr));
        v.add(3);
        System.out.println(v.indexOf(3) + " " + v.indexOf(3, 4) + " " + v.lastIndexOf(3) + " " + v.lastIndexOf(3, 10));
        v.remove(Integer.valueOf(3));
        v.remove(0);
        System.out.println(v + " " + v.contains(10) + " " + v.hashCode());
        Vector<Integer> c = new Vector<>(List.of(5, 1, 4));
        Collections.sort(c);
        System.out.println(c + " " + c.equals(List.of(1, 4, 5)) + " " + c.subList(1, 3));
        try {
            c.elementAt(9);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            c.get(-1);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            new Vector<String>().firstElement();
        } catch (NoSuchElementException e) {
            System.out.println("NSEE " + e.getMessage());
        }
        Iterator<Integer> it = c.iterator();
        it.next();
        it.remove();
        System.out.println(c);
        try {
            for (Integer x : c) {
                c.add(x);
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("CME");
        }
        c.removeAllElements();
        System.out.println(c.isEmpty() + " " + c.capacity());
    }
}
