import java.time.*;
import java.time.temporal.ChronoUnit;

/** Instant: ofEpochMilli/ofEpochSecond, ISO toString with fraction groups and extreme years, parse, arithmetic, until, truncation. */
public class TimeInstant {
    public static void main(String[] args) {
        long[] millis = {0, 1, -1, 999, 1000, 1_700_000_000_123L, -62_135_596_800_000L, 253_402_300_799_999L, 253_402_300_800_000L, -100_000_000_000_000L};
        for (long m : millis) {
            Instant i = Instant.ofEpochMilli(m);
            System.out.println(m + " " + i + " " + i.getEpochSecond() + " " + i.getNano() + " " + i.toEpochMilli());
        }
        System.out.println(Instant.ofEpochSecond(0, 1) + " " + Instant.ofEpochSecond(0, 1000) + " " + Instant.ofEpochSecond(-1, 999_999_999) + " " + Instant.EPOCH + " " + Instant.MIN + " " + Instant.MAX);
        for (String s : new String[] {"2007-12-03T10:15:30.00Z", "1969-12-31T23:59:59.999999999Z", "2024-02-29T00:00:00Z"}) {
            Instant i = Instant.parse(s);
            System.out.println(s + " -> " + i + " " + i.toEpochMilli());
        }
        Instant a = Instant.parse("2020-01-01T00:00:00Z");
        Instant b = a.plus(Duration.ofDays(366)).plusMillis(1500).plusNanos(7);
        System.out.println(b + " " + a.until(b, ChronoUnit.DAYS) + " " + ChronoUnit.HOURS.between(a, b) + " " + ChronoUnit.MILLIS.between(b, a) + " " + ChronoUnit.NANOS.between(a, b));
        System.out.println(b.truncatedTo(ChronoUnit.SECONDS) + " " + b.truncatedTo(ChronoUnit.DAYS) + " " + b.minusSeconds(86400 * 366) + " " + b.plus(2, ChronoUnit.HALF_DAYS));
        System.out.println(a.isBefore(b) + " " + b.isAfter(a) + " " + a.compareTo(b) + " " + a.equals(Instant.ofEpochSecond(1577836800)));
        Instant now = Instant.now();
        System.out.println(now.isAfter(a) + " " + (Duration.between(a, now).toDays() > 1000));
        try {
            Instant.parse("2000-01-01T12:00Z");
        } catch (DateTimeException e) {
            System.out.println("bad instant");
        }
    }
}
