/** Catch clause selection by exception hierarchy: most specific first, Throwable catches Errors, rethrow skips siblings. */
public class CatchOrderHierarchy {
    static class BaseEx extends Exception {
        BaseEx(String m) {
            super(m);
        }
    }

    static class MidEx extends BaseEx {
        MidEx(String m) {
            super(m);
        }
    }

    static class LeafEx extends MidEx {
        LeafEx(String m) {
            super(m);
        }
    }

    static void thrower(int k) throws BaseEx {
        switch (k) {
            case 0 -> throw new LeafEx("leaf");
            case 1 -> throw new MidEx("mid");
            case 2 -> throw new BaseEx("base");
            case 3 -> throw new IllegalStateException("unchecked");
            case 4 -> throw new OutOfMemoryError("pretend oom");
            case 5 -> throw new AssertionError("assertion");
            default -> {
            }
        }
    }

    static String handle(int k) {
        try {
            try {
                thrower(k);
                return "no exception";
            } catch (LeafEx e) {
                return "LeafEx handler: " + e.getMessage();
            } catch (MidEx e) {
                throw new IllegalArgumentException("converted " + e.getMessage(), e);
            } catch (BaseEx e) {
                return "BaseEx handler: " + e.getMessage() + " is MidEx " + (e instanceof MidEx);
            } catch (IllegalArgumentException e) {
                return "sibling handler must not see conversions";
            }
        } catch (IllegalArgumentException e) {
            return "outer IAE: " + e.getMessage() + " cause " + e.getCause().getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "outer runtime: " + e.getMessage();
        } catch (Error e) {
            return "outer error: " + e.getClass().getSimpleName() + " " + e.getMessage();
        } catch (Throwable t) {
            return "throwable";
        }
    }

    public static void main(String[] args) {
        for (int k = 0; k <= 6; k++) {
            System.out.println(k + ": " + handle(k));
        }
        Throwable[] all = {new LeafEx("l"), new MidEx("m"), new BaseEx("b"), new RuntimeException(), new Error(),
            new StackOverflowError(), new ArrayIndexOutOfBoundsException(), new NumberFormatException()};
        for (Throwable t : all) {
            System.out.println(t.getClass().getSimpleName() + ": Exception " + (t instanceof Exception) + ", Runtime "
                + (t instanceof RuntimeException) + ", Error " + (t instanceof Error) + ", IOOBE "
                + (t instanceof IndexOutOfBoundsException) + ", IAE " + (t instanceof IllegalArgumentException));
        }
    }
}
