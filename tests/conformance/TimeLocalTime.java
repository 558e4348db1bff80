import java.time.*;
import java.time.temporal.ChronoUnit;

/** LocalTime and LocalDateTime: ISO toString with fraction groups, wrap-around arithmetic, carrying into dates, parse, until. */
public class TimeLocalTime {
    public static void main(String[] args) {
        System.out.println(LocalTime.of(9, 5) + " " + LocalTime.of(9, 5, 7) + " " + LocalTime.of(9, 5, 0, 1000000) + " " + LocalTime.of(9, 5, 0, 1000)
            + " " + LocalTime.of(9, 5, 0, 1) + " " + LocalTime.of(0, 0, 0, 120000000) + " " + LocalTime.MAX + " " + LocalTime.MIDNIGHT + " " + LocalTime.NOON);
        LocalTime t = LocalTime.of(23, 30);
        System.out.println(t.plusMinutes(45) + " " + t.plusHours(25) + " " + t.minusHours(24 * 3 + 1) + " " + t.plusSeconds(-86401) + " " + t.plusNanos(1_800_000_000_000L));
        System.out.println(t.toSecondOfDay() + " " + t.toNanoOfDay() + " " + LocalTime.ofSecondOfDay(3661) + " " + LocalTime.parse("07:08:09.123456") + " " + LocalTime.parse("07:08"));
        System.out.println(ChronoUnit.MINUTES.between(LocalTime.of(8, 0), t) + " " + ChronoUnit.HOURS.between(t, LocalTime.of(8, 59)) + " " + t.truncatedTo(ChronoUnit.HOURS));
        LocalDateTime dt = LocalDateTime.of(2023, 12, 31, 23, 59, 30);
        System.out.println(dt + " " + dt.plusSeconds(45) + " " + dt.plusHours(1) + " " + dt.plusMonths(2) + " " + dt.minusDays(365) + " " + dt.plusNanos(500_000_000));
        System.out.println(dt.toEpochSecond(ZoneOffset.UTC) + " " + LocalDateTime.ofEpochSecond(1_700_000_000L, 5, ZoneOffset.UTC) + " " + dt.toInstant(ZoneOffset.ofHours(2)));
        LocalDateTime p = LocalDateTime.parse("2024-02-28T10:15:30.5");
        System.out.println(p + " " + p.getDayOfWeek() + " " + p.plusDays(1) + " " + p.plusDays(2));
        LocalDateTime q = LocalDateTime.of(2024, 3, 1, 10, 15, 30);
        System.out.println(ChronoUnit.DAYS.between(p, q) + " " + ChronoUnit.HOURS.between(p, q) + " " + ChronoUnit.SECONDS.between(q, p) + " " + ChronoUnit.MILLIS.between(p, q) + " " + ChronoUnit.MONTHS.between(p, q.plusMonths(1)) + " " + p.isBefore(q) + " " + p.compareTo(q));
        System.out.println(Duration.between(p, q) + " " + p.truncatedTo(ChronoUnit.DAYS) + " " + p.toLocalDate() + " " + p.toLocalTime());
        try {
            LocalTime.of(24, 0);
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
        try {
            LocalTime.of(10, 60, 0);
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
    }
}
