package cortado.internal;

import java.io.File;
import java.util.ArrayList;

/**
 * The paths of {@link File#deleteOnExit()} (not exported). {@code java.lang.Shutdown} calls {@link #deleteAll()}
 * once the program's shutdown hooks have run, so a hook may still read a file registered here, as on HotSpot.
 */
public final class DeleteOnExit {
    private static final ArrayList<String> PATHS = new ArrayList<>();
    private static boolean deleting;

    private DeleteOnExit() {
    }

    /** Registers {@code path} (an absolute path) once; IllegalStateException once deletion has begun. */
    public static synchronized void add(String path) {
        if (deleting) {
            throw new IllegalStateException("Shutdown in progress");
        }
        if (!PATHS.contains(path)) {
            PATHS.add(path);
        }
    }

    /** Deletes the registered paths, the last registered first (so files go before their directories). */
    public static void deleteAll() {
        String[] paths;
        synchronized (DeleteOnExit.class) {
            if (deleting) {
                return;
            }
            deleting = true;
            paths = PATHS.toArray(new String[0]);
        }
        for (int i = paths.length - 1; i >= 0; i--) {
            new File(paths[i]).delete();
        }
    }
}
