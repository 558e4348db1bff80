import java.util.regex.*;

/** A small log-line parser: named groups, find loops, counting by level without collections. */
public class RegexLogParser {
    public static void main(String[] args) {
        String log = "2024-01-02 10:00:01 INFO  [main] started in 120ms\n" +
                "2024-01-02 10:00:02 WARN  [pool-1] slow query took 1500ms\n" +
                "2024-01-02 10:00:03 ERROR [pool-2] failed: java.io.IOException: disk full\n" +
                "2024-01-02 10:00:04 INFO  [main] request /api/v1/users?id=42 ok in 33ms\n" +
                "garbage line\n" +
                "2024-01-02 10:00:05 DEBUG [main] cache hit ratio=0.93";
        Pattern line = Pattern.compile("(?m)^(?<date>\\d{4}-\\d{2}-\\d{2}) (?<time>[\\d:]{8}) (?<level>[A-Z]+)\\s+\\[(?<thread>[^\\]]+)\\] (?<msg>.*)$");
        Matcher m = line.matcher(log);
        int total = 0; long ms = 0;
        Pattern dur = Pattern.compile("(\\d+)ms\\b");
        while (m.find()) {
            total++;
            System.out.printf("%-5s %-7s %s%n", m.group("level"), m.group("thread"), m.group("msg"));
            Matcher d = dur.matcher(m.group("msg"));
            if (d.find()) { ms += Long.parseLong(d.group(1)); }
        }
        System.out.println(total + " lines, " + ms + " ms");
        for (String l : log.split("\\R")) { System.out.println(l.matches(".*\\b(ERROR|WARN)\\b.*") ? "! " + l.replaceAll("^\\S+ \\S+ ", "") : "  " + l.length()); }
        System.out.println(log.replaceAll("(?<=id=)\\d+", "***").split("\n").length);
    }
}
