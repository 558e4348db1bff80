package seeds.api;

import java.io.PrintWriter;

/** A service implementation, so the module has something to provide. */
public class Tool implements java.util.spi.ToolProvider {
    public String name() { return "tool"; }
    public int run(PrintWriter out, PrintWriter err, String... args) { return args.length; }
    public static void main(String[] args) {}
}
