package java.lang;

/**
 * One frame of a stack trace: declaring class, method, source file and line. The VM creates these in
 * {@code Throwable.decodeBacktrace}: for classes of the built-in loaders it leaves {@code classLoaderName}
 * null, and for the embedded library sets {@code moduleName} to {@code "java.base"} (no version), so frames
 * print as HotSpot prints them ({@code Foo.bar(Foo.java:12)}, {@code java.base/java.lang.String.charAt(...)}).
 */
public final class StackTraceElement implements java.io.Serializable {
    private final String classLoaderName;
    private final String moduleName;
    private final String moduleVersion;
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    /** The line, -1 if unknown, -2 for a native method. */
    private final int lineNumber;

    /** A frame of a class outside any named module and loader name. */
    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this(null, null, null, declaringClass, methodName, fileName, lineNumber);
    }

    /** A frame with every component; the class and method names may not be null. */
    public StackTraceElement(String classLoaderName, String moduleName, String moduleVersion, String declaringClass,
            String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) {
            throw new NullPointerException("Declaring class is null");
        }
        if (methodName == null) {
            throw new NullPointerException("Method name is null");
        }
        this.classLoaderName = classLoaderName;
        this.moduleName = moduleName;
        this.moduleVersion = moduleVersion;
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    /** The source file's name, or null. */
    public String getFileName() {
        return fileName;
    }

    /** The line number, negative if unknown (-2 for a native method). */
    public int getLineNumber() {
        return lineNumber;
    }

    /** The module's name, or null. */
    public String getModuleName() {
        return moduleName;
    }

    /** The module's version, or null. */
    public String getModuleVersion() {
        return moduleVersion;
    }

    /** The class loader's name, or null. */
    public String getClassLoaderName() {
        return classLoaderName;
    }

    /** The binary name of the declaring class. */
    public String getClassName() {
        return declaringClass;
    }

    /** The method's name ({@code <init>} for a constructor). */
    public String getMethodName() {
        return methodName;
    }

    /** Whether the frame is of a native method. */
    public boolean isNativeMethod() {
        return lineNumber == -2;
    }

    /**
     * As HotSpot prints it: {@code loader/module@version/class.method(File.java:12)}, where the absent parts
     * are left out, and {@code (Native Method)}, {@code (Unknown Source)} or {@code (File.java)} when there is
     * no usable line.
     */
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (classLoaderName != null && !classLoaderName.isEmpty()) {
            sb.append(classLoaderName).append('/');
        }
        if (moduleName != null && !moduleName.isEmpty()) {
            sb.append(moduleName);
            if (moduleVersion != null && !moduleVersion.isEmpty()) {
                sb.append('@').append(moduleVersion);
            }
        }
        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '/') {
            sb.append('/');
        }
        sb.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) {
            sb.append("Native Method");
        } else if (fileName == null) {
            sb.append("Unknown Source");
        } else {
            sb.append(fileName);
            if (lineNumber >= 0) {
                sb.append(':').append(lineNumber);
            }
        }
        return sb.append(')').toString();
    }

    /** Equal when every component is equal. */
    public boolean equals(Object obj) {
        if (obj == this) {
            return true;
        }
        if (!(obj instanceof StackTraceElement)) {
            return false;
        }
        StackTraceElement e = (StackTraceElement) obj;
        return lineNumber == e.lineNumber && declaringClass.equals(e.declaringClass) && methodName.equals(e.methodName)
                && same(fileName, e.fileName) && same(moduleName, e.moduleName) && same(moduleVersion, e.moduleVersion)
                && same(classLoaderName, e.classLoaderName);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static int hash(String s) {
        return s == null ? 0 : s.hashCode();
    }

    /** A hash of every component. */
    public int hashCode() {
        int h = 31 * declaringClass.hashCode() + methodName.hashCode();
        h = 31 * h + hash(classLoaderName);
        h = 31 * h + hash(moduleName);
        h = 31 * h + hash(moduleVersion);
        h = 31 * h + hash(fileName);
        return 31 * h + lineNumber;
    }
}
