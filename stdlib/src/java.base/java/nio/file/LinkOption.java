package java.nio.file;

/** How symbolic links are handled (Cortado's queries always follow them). */
public enum LinkOption implements OpenOption, CopyOption {
    /** Do not follow symbolic links. */
    NOFOLLOW_LINKS
}
