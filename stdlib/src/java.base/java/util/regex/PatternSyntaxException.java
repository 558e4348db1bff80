package java.util.regex;

/**
 * Thrown when a regular expression cannot be compiled. The message is the description, the index it
 * refers to, the pattern and (when the index falls inside it) a caret under the offending character, on
 * separate lines, as HotSpot prints it.
 */
public class PatternSyntaxException extends IllegalArgumentException {
    private static final long serialVersionUID = -3864639126226059218L;

    private final String desc;
    private final String pattern;
    private final int index;

    /** A syntax error described by {@code desc} at {@code index} (-1 if unknown) of {@code regex}. */
    public PatternSyntaxException(String desc, String regex, int index) {
        this.desc = desc;
        this.pattern = regex;
        this.index = index;
    }

    /** The position of the error in the pattern, or -1. */
    public int getIndex() {
        return index;
    }

    /** The description of the error. */
    public String getDescription() {
        return desc;
    }

    /** The erroneous pattern. */
    public String getPattern() {
        return pattern;
    }

    /** The description, index, pattern and caret line, separated by the platform line separator. */
    @Override
    public String getMessage() {
        StringBuilder sb = new StringBuilder(desc);
        if (index >= 0) {
            sb.append(" near index ").append(index);
        }
        String nl = System.lineSeparator();
        sb.append(nl).append(pattern);
        if (index >= 0 && pattern != null && index < pattern.length()) {
            sb.append(nl);
            for (int i = 0; i < index; i++) {
                sb.append(' ');
            }
            sb.append('^');
        }
        return sb.toString();
    }
}
