import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * DateTimeFormatter basics: the ISO constants on LocalDate/LocalTime/LocalDateTime (fractions, years beyond
 * 9999 and before year 1), ofPattern with y u M d D E a h H K k m s S n G, quoted text and optional sections,
 * parsing back with patterns (adjacent fixed-width fields, text months, SMART day adjustment), and the errors.
 */
public class TimeFormatterPatterns {
    static void fmt(String pattern, Object... values) {
        StringBuilder sb = new StringBuilder(pattern).append(" ->");
        try {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern);
            for (Object v : values) {
                try {
                    sb.append(" [").append(f.format((java.time.temporal.TemporalAccessor) v)).append(']');
                } catch (DateTimeException e) {
                    sb.append(" ").append(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
                }
            }
        } catch (IllegalArgumentException e) {
            sb.append(" IllegalArgumentException: ").append(e.getMessage());
        }
        System.out.println(sb);
    }

    public static void main(String[] args) {
        LocalDate d1 = LocalDate.of(2024, 2, 29);
        LocalDate d2 = LocalDate.of(7, 11, 3);
        LocalDate d3 = LocalDate.of(12345, 1, 1);
        LocalTime t1 = LocalTime.of(0, 5, 9, 120_000_000);
        LocalTime t2 = LocalTime.of(13, 45);
        LocalTime t3 = LocalTime.of(23, 59, 59, 999_999_999);
        LocalDateTime dt = LocalDateTime.of(d1, t2);
        for (Object v : new Object[] {d1, d2, d3}) {
            LocalDate d = (LocalDate) v;
            System.out.print(DateTimeFormatter.ISO_LOCAL_DATE.format(d) + " " + DateTimeFormatter.ISO_DATE.format(d) + " ");
            try {
                System.out.println(d.format(DateTimeFormatter.BASIC_ISO_DATE));
            } catch (DateTimeException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        for (LocalTime t : new LocalTime[] {t1, t2, t3, LocalTime.of(1, 2, 3, 4000), LocalTime.MIDNIGHT}) {
            System.out.println(DateTimeFormatter.ISO_LOCAL_TIME.format(t) + " " + t.format(DateTimeFormatter.ISO_TIME) + " " + t);
        }
        System.out.println(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dt) + " " + dt.format(DateTimeFormatter.ISO_DATE_TIME));
        fmt("yyyy-MM-dd", d1, d2, d3, dt, t1);
        fmt("y/M/d yy yyy uuuu", d1, d2, d3);
        fmt("dd MMM yyyy", d1, d2, dt);
        fmt("EEEE, MMMM d, yyyy", d1, d2, d3);
        fmt("EEE E EEEEE MMMMM L LL LLL D DD DDD", d1, d2);
        fmt("G GGGG GGGGG", d1, LocalDate.of(-40, 3, 15));
        fmt("u y", LocalDate.of(-40, 3, 15), LocalDate.of(0, 1, 1));
        fmt("HH:mm:ss.SSS", t1, t2, t3, dt, d1);
        fmt("h:mm a", t1, t2, t3, LocalTime.NOON);
        fmt("K k H h", LocalTime.MIDNIGHT, LocalTime.NOON, t2);
        fmt("S SS SSSSSS SSSSSSSSS n nnnn", t1, t3);
        fmt("'Date:' yyyy-MM-dd 'at' HH:mm '''quoted''' 'o''clock' ''", dt);
        fmt("yyyy-MM-dd[ HH:mm]", d1, dt);
        fmt("ddd", d1);
        fmt("HHH", t1);
        fmt("MMMMMM", d1);
        fmt("aa", t1);
        fmt("yyyy-MM-dd b", d1);
        fmt("#yyyy", d1);
        fmt("yyyy]", d1);
        fmt("'unterminated", d1);

        System.out.println(LocalDate.parse("2024-03-15", DateTimeFormatter.ISO_LOCAL_DATE));
        System.out.println(LocalDate.parse("20240315", DateTimeFormatter.BASIC_ISO_DATE));
        System.out.println(LocalTime.parse("10:15:30.25", DateTimeFormatter.ISO_LOCAL_TIME));
        System.out.println(LocalDateTime.parse("2024-03-15T10:15", DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        String[][] dates = {{"15/03/2024", "dd/MM/yyyy"}, {"3/5/24", "d/M/yy"}, {"20240315", "yyyyMMdd"},
            {"15 Mar 2024", "dd MMM yyyy"}, {"March 5, 2024", "MMMM d, yyyy"}, {"2023-02-30", "yyyy-MM-dd"}};
        for (String[] d : dates) {
            parseDate(d[0], DateTimeFormatter.ofPattern(d[1]));
        }
        System.out.println(LocalDateTime.parse("2024-03-15 07:08:09", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        System.out.println(LocalTime.parse("7:05 PM", DateTimeFormatter.ofPattern("h:mm a")));
        System.out.println(LocalTime.parse("12:00 AM", DateTimeFormatter.ofPattern("hh:mm a")));
        System.out.println(LocalTime.parse("10:15:30.123", DateTimeFormatter.ofPattern("HH:mm:ss.SSS")));
        System.out.println(LocalDateTime.parse("2024-03-15 10:15", DateTimeFormatter.ofPattern("yyyy-MM-dd[ HH:mm]")));
        System.out.println(LocalDate.parse("2024-03-15", DateTimeFormatter.ofPattern("yyyy-MM-dd[ HH:mm]")));
        String[][] bad = {{"2024-3-15", "yyyy-MM-dd"}, {"2024-03-15x", "yyyy-MM-dd"}, {"2024-13-01", "yyyy-MM-dd"},
            {"2024-02-32", "yyyy-MM-dd"}, {"15 Foo 2024", "dd MMM yyyy"}, {"25:00", "HH:mm"}, {"2023-02-30", "uuuu-MM-dd"}};
        for (String[] b : bad) {
            parseDate(b[0], DateTimeFormatter.ofPattern(b[1]));
        }
        parseDate("2023-02-30", DateTimeFormatter.ISO_LOCAL_DATE);
    }

    static void parseDate(String text, DateTimeFormatter f) {
        try {
            System.out.println(LocalDate.parse(text, f));
        } catch (DateTimeException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
