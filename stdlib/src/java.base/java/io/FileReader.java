package java.io;

import java.nio.charset.Charset;

/** A reader of the characters of a file, in the default charset or a given one. */
public class FileReader extends InputStreamReader {
    /** Reading the file {@code fileName}. */
    public FileReader(String fileName) throws FileNotFoundException {
        super(new FileInputStream(fileName));
    }

    /** Reading {@code file}. */
    public FileReader(File file) throws FileNotFoundException {
        super(new FileInputStream(file));
    }

    /** Reading the file {@code fileName} in {@code charset}. */
    public FileReader(String fileName, Charset charset) throws IOException {
        super(new FileInputStream(fileName), charset);
    }

    /** Reading {@code file} in {@code charset}. */
    public FileReader(File file, Charset charset) throws IOException {
        super(new FileInputStream(file), charset);
    }
}
