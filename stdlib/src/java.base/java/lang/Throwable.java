package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * The superclass of everything that can be thrown: a detail message, a cause, suppressed exceptions and a
 * stack trace.
 *
 * <p>The stack trace is captured cheaply: {@link #fillInStackTrace()} asks the VM to record the current
 * frames into the opaque {@code backtrace} field (native {@code fillInStackTrace0}), and only when the trace
 * is asked for does the VM turn that into {@link StackTraceElement}s (native {@code decodeBacktrace}). The
 * printed form of {@link #printStackTrace()} is exactly HotSpot's.
 */
public class Throwable implements java.io.Serializable {
    private static final StackTraceElement[] NO_FRAMES = new StackTraceElement[0];
    private static final Throwable[] NO_SUPPRESSED = new Throwable[0];

    /** Opaque frames recorded by the VM in {@code fillInStackTrace0}; read back by {@code decodeBacktrace}. */
    private transient Object backtrace;
    /** The detail message, or null. */
    private String detailMessage;
    /** The cause; {@code this} while no cause has been set. */
    private Throwable cause = this;
    /** The decoded or explicitly set stack trace; null while still only in {@code backtrace}. */
    private StackTraceElement[] stackTrace = NO_FRAMES;
    /** Suppressed exceptions (first {@code suppressedCount} entries); null when suppression is disabled. */
    private Throwable[] suppressed = NO_SUPPRESSED;
    private int suppressedCount;
    /** False when the stack trace is not writable: it stays empty. */
    private boolean writableStackTrace = true;

    /** With no detail message. */
    public Throwable() {
        fillInStackTrace();
    }

    /** With the detail message {@code message}. */
    public Throwable(String message) {
        fillInStackTrace();
        detailMessage = message;
    }

    /** With a detail message and a cause. */
    public Throwable(String message, Throwable cause) {
        fillInStackTrace();
        detailMessage = message;
        this.cause = cause;
    }

    /** With a cause; the detail message is {@code cause.toString()}, or null if there is no cause. */
    public Throwable(Throwable cause) {
        fillInStackTrace();
        detailMessage = cause == null ? null : cause.toString();
        this.cause = cause;
    }

    /**
     * With a detail message, a cause, and whether suppression is enabled and the stack trace writable; a
     * throwable with an unwritable stack trace never records one.
     */
    protected Throwable(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        this.writableStackTrace = writableStackTrace;
        if (writableStackTrace) {
            fillInStackTrace();
        }
        detailMessage = message;
        this.cause = cause;
        if (!enableSuppression) {
            suppressed = null;
        }
    }

    /** The detail message, or null. */
    public String getMessage() {
        return detailMessage;
    }

    /** A localized detail message; by default {@link #getMessage()}. */
    public String getLocalizedMessage() {
        return getMessage();
    }

    /** The cause, or null if it is unknown or there is none. */
    public synchronized Throwable getCause() {
        return cause == this ? null : cause;
    }

    /**
     * Sets the cause, once, if no constructor set it.
     *
     * @throws IllegalArgumentException if {@code cause} is this throwable
     * @throws IllegalStateException if the cause was already set
     */
    public synchronized Throwable initCause(Throwable cause) {
        if (this.cause != this) {
            throw new IllegalStateException("Can't overwrite cause with " + (cause == null ? "a null" : cause.toString()), this);
        }
        if (cause == this) {
            throw new IllegalArgumentException("Self-causation not permitted", this);
        }
        this.cause = cause;
        return this;
    }

    /** The class name, followed by {@code ": "} and the localized message if there is one. */
    public String toString() {
        String name = getClass().getName();
        String message = getLocalizedMessage();
        return message != null ? name + ": " + message : name;
    }

    /** Records the current thread's stack as this throwable's stack trace (unless it is not writable). */
    public synchronized Throwable fillInStackTrace() {
        if (writableStackTrace) {
            backtrace = null;
            fillInStackTrace0();
            stackTrace = null;
        }
        return this;
    }

    /**
     * Native: records the calling thread's frames into {@code backtrace}, skipping the frames of
     * {@code fillInStackTrace0} and {@code fillInStackTrace} on top and then the constructor frames
     * ({@code <init>}) running on this throwable.
     */
    private native void fillInStackTrace0();

    /** Native: the stack trace elements of a backtrace recorded by {@code fillInStackTrace0}, top frame first. */
    private static native StackTraceElement[] decodeBacktrace(Object backtrace);

    private synchronized StackTraceElement[] ourStackTrace() {
        if (stackTrace == null) {
            stackTrace = backtrace == null ? NO_FRAMES : decodeBacktrace(backtrace);
            backtrace = null;
        }
        return stackTrace;
    }

    /** A copy of the stack trace, top frame first. */
    public StackTraceElement[] getStackTrace() {
        return ourStackTrace().clone();
    }

    /** Replaces the stack trace (ignored when it is not writable); no element may be null. */
    public void setStackTrace(StackTraceElement[] stackTrace) {
        StackTraceElement[] copy = stackTrace.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == null) {
                throw new NullPointerException("stackTrace[" + i + "]");
            }
        }
        synchronized (this) {
            if (writableStackTrace) {
                this.stackTrace = copy;
                this.backtrace = null;
            }
        }
    }

    /**
     * Adds an exception suppressed in favour of this one (try-with-resources does this); ignored when
     * suppression is disabled.
     */
    public final synchronized void addSuppressed(Throwable exception) {
        if (exception == this) {
            throw new IllegalArgumentException("Self-suppression not permitted", exception);
        }
        if (exception == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        if (suppressed == null) {
            return;
        }
        if (suppressedCount == suppressed.length) {
            Throwable[] grown = new Throwable[suppressedCount == 0 ? 2 : suppressedCount * 2];
            System.arraycopy(suppressed, 0, grown, 0, suppressedCount);
            suppressed = grown;
        }
        suppressed[suppressedCount++] = exception;
    }

    /** The suppressed exceptions, in the order they were added. */
    public final synchronized Throwable[] getSuppressed() {
        if (suppressed == null || suppressedCount == 0) {
            return NO_SUPPRESSED;
        }
        Throwable[] result = new Throwable[suppressedCount];
        System.arraycopy(suppressed, 0, result, 0, suppressedCount);
        return result;
    }

    /** Prints this throwable and its stack trace, causes and suppressed exceptions to {@code System.err}. */
    public void printStackTrace() {
        printStackTrace(System.err);
    }

    /** Prints this throwable and its stack trace, causes and suppressed exceptions to {@code s}. */
    public void printStackTrace(PrintStream s) {
        String text = stackTraceText();
        synchronized (s) {
            s.print(text);
        }
    }

    /** Prints this throwable and its stack trace, causes and suppressed exceptions to {@code s}. */
    public void printStackTrace(PrintWriter s) {
        String text = stackTraceText();
        synchronized (s) {
            s.print(text);
        }
    }

    /** The whole printed form, one line per line, each ended by {@code System.lineSeparator()}. */
    private String stackTraceText() {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        Throwable[] seen = new Throwable[] {this};
        out.append(this).append(nl);
        StackTraceElement[] trace = ourStackTrace();
        for (StackTraceElement frame : trace) {
            out.append("\tat ").append(frame).append(nl);
        }
        seen = appendEnclosed(out, nl, trace, seen);
        return out.toString();
    }

    /** Appends this throwable's suppressed exceptions and cause, as enclosed by a throwable whose trace is {@code trace}. */
    private Throwable[] appendEnclosed(StringBuilder out, String nl, StackTraceElement[] trace, Throwable[] seen) {
        Throwable[] sup = getSuppressed();
        for (Throwable t : sup) {
            seen = t.appendAsEnclosed(out, nl, trace, "Suppressed: ", "\t", seen);
        }
        Throwable c = getCause();
        if (c != null) {
            seen = c.appendAsEnclosed(out, nl, trace, "Caused by: ", "", seen);
        }
        return seen;
    }

    /** Appends this throwable as the enclosed one of a throwable whose trace is {@code enclosingTrace}. */
    private Throwable[] appendAsEnclosed(StringBuilder out, String nl, StackTraceElement[] enclosingTrace,
            String caption, String prefix, Throwable[] seen) {
        for (Throwable t : seen) {
            if (t == this) {
                out.append(prefix).append(caption).append("[CIRCULAR REFERENCE: ").append(this).append(']').append(nl);
                return seen;
            }
        }
        Throwable[] more = new Throwable[seen.length + 1];
        System.arraycopy(seen, 0, more, 0, seen.length);
        more[seen.length] = this;
        StackTraceElement[] trace = ourStackTrace();
        int m = trace.length - 1;
        int n = enclosingTrace.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosingTrace[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        out.append(prefix).append(caption).append(this).append(nl);
        for (int i = 0; i <= m; i++) {
            out.append(prefix).append("\tat ").append(trace[i]).append(nl);
        }
        if (inCommon != 0) {
            out.append(prefix).append("\t... ").append(inCommon).append(" more").append(nl);
        }
        Throwable[] sup = getSuppressed();
        for (Throwable t : sup) {
            more = t.appendAsEnclosed(out, nl, trace, "Suppressed: ", prefix + "\t", more);
        }
        Throwable c = getCause();
        if (c != null) {
            more = c.appendAsEnclosed(out, nl, trace, "Caused by: ", prefix, more);
        }
        return more;
    }
}
