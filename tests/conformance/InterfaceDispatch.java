/** invokeinterface across many implementors, interface inheritance chains, and abstract classes implementing partially. */
public class InterfaceDispatch {
    interface Sized {
        int size();
    }

    interface Named {
        String name();
    }

    interface Item extends Sized, Named {
        default String label() {
            return name() + ":" + size();
        }
    }

    static abstract class AbstractItem implements Item {
        @Override
        public String name() {
            return getClass().getSimpleName().toLowerCase();
        }
    }

    static class Small extends AbstractItem {
        public int size() {
            return 1;
        }
    }

    static class Large extends AbstractItem {
        public int size() {
            return 100;
        }

        @Override
        public String label() {
            return "LARGE " + name().length();
        }
    }

    static class Custom implements Item {
        final int n;

        Custom(int n) {
            this.n = n;
        }

        public int size() {
            return n;
        }

        public String name() {
            return "custom" + n;
        }
    }

    static int total(Sized[] items) {
        int t = 0;
        for (Sized s : items) {
            t += s.size();
        }
        return t;
    }

    public static void main(String[] args) {
        Item[] items = new Item[12];
        for (int i = 0; i < items.length; i++) {
            switch (i % 3) {
                case 0 -> items[i] = new Small();
                case 1 -> items[i] = new Custom(i);
                default -> items[i] = new Small() {
                    @Override
                    public int size() {
                        return -1;
                    }
                };
            }
        }
        StringBuilder sb = new StringBuilder();
        for (Item it : items) {
            sb.append(it.label()).append(' ');
        }
        System.out.println(sb);
        System.out.println("total " + total(items));
        Named n = new Custom(5);
        Sized s = (Sized) n;
        System.out.println(n.name() + " " + s.size() + " " + (n instanceof Item) + " " + (s instanceof AbstractItem));
        long sum = 0;
        Sized[] mix = {new Small(), new Custom(3), () -> 1000};
        for (int round = 0; round < 10000; round++) {
            sum += mix[round % 3].size();
        }
        System.out.println("megamorphic sum " + sum);
        System.out.println("Large label starts with LARGE: " + new Large().label().startsWith("LARGE"));
    }
}
