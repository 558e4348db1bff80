package java.io;

import java.nio.charset.Charset;

/** A writer of characters to a file, in the default charset or a given one. */
public class FileWriter extends OutputStreamWriter {
    /** Writing the file {@code fileName}, replacing it. */
    public FileWriter(String fileName) throws IOException {
        super(new FileOutputStream(fileName));
    }

    /** Writing the file {@code fileName}, appending if {@code append}. */
    public FileWriter(String fileName, boolean append) throws IOException {
        super(new FileOutputStream(fileName, append));
    }

    /** Writing {@code file}, replacing it. */
    public FileWriter(File file) throws IOException {
        super(new FileOutputStream(file));
    }

    /** Writing {@code file}, appending if {@code append}. */
    public FileWriter(File file, boolean append) throws IOException {
        super(new FileOutputStream(file, append));
    }

    /** Writing the file {@code fileName} in {@code charset}. */
    public FileWriter(String fileName, Charset charset) throws IOException {
        super(new FileOutputStream(fileName), charset);
    }

    /** Writing the file {@code fileName} in {@code charset}, appending if {@code append}. */
    public FileWriter(String fileName, Charset charset, boolean append) throws IOException {
        super(new FileOutputStream(fileName, append), charset);
    }

    /** Writing {@code file} in {@code charset}. */
    public FileWriter(File file, Charset charset) throws IOException {
        super(new FileOutputStream(file), charset);
    }

    /** Writing {@code file} in {@code charset}, appending if {@code append}. */
    public FileWriter(File file, Charset charset, boolean append) throws IOException {
        super(new FileOutputStream(file, append), charset);
    }
}
