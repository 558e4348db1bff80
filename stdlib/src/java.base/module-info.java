/**
 * Cortado's own {@code java.base}: the subset of the Java SE 17 base module that the VM embeds and loads
 * with its boot class loader. Written for Cortado against the Java SE API documentation.
 */
module java.base {
    exports java.io;
    exports java.lang;
    exports java.lang.annotation;
    exports java.lang.ref;
    exports java.lang.reflect;
    exports java.math;
    exports java.nio;
    exports java.nio.charset;
    exports java.nio.file;
    exports java.nio.file.attribute;
    exports java.util;
    exports java.time;
    exports java.time.chrono;
    exports java.time.format;
    exports java.time.temporal;
    exports java.util.concurrent;
    exports java.util.concurrent.atomic;
    exports java.util.concurrent.locks;
    exports java.util.stream;
    exports java.util.regex;
}
