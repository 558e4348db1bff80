import java.time.*;
import java.time.temporal.ChronoUnit;

/** Duration: factories, normalisation of negative nanos, ISO toString (including negative fractions), parts, arithmetic, parse. */
public class TimeDuration {
    public static void main(String[] args) {
        Duration[] ds = {Duration.ZERO, Duration.ofSeconds(1), Duration.ofMillis(1500), Duration.ofMillis(-1500), Duration.ofNanos(-1),
            Duration.ofMinutes(90), Duration.ofHours(-25), Duration.ofDays(2).plusMillis(7), Duration.ofSeconds(-59, -999_999_999),
            Duration.ofSeconds(3661, 120_000_000), Duration.of(3, ChronoUnit.HALF_DAYS), Duration.ofSeconds(0, -500_000_000), Duration.ofMillis(-60_000)};
        for (Duration d : ds) {
            System.out.println(d + " s=" + d.getSeconds() + " n=" + d.getNano() + " ms=" + d.toMillis() + " h=" + d.toHours() + " m=" + d.toMinutes()
                + " parts=" + d.toHoursPart() + ":" + d.toMinutesPart() + ":" + d.toSecondsPart() + "." + d.toMillisPart() + " neg=" + d.isNegative());
        }
        Duration a = Duration.ofMinutes(100);
        Duration b = Duration.ofSeconds(59, 1);
        System.out.println(a.plus(b) + " " + a.minus(b) + " " + b.minus(a) + " " + a.multipliedBy(-3) + " " + a.dividedBy(7) + " " + a.dividedBy(b) + " " + b.negated() + " " + b.negated().abs());
        System.out.println(a.compareTo(b) + " " + a.equals(Duration.ofSeconds(6000)) + " " + Duration.ofMillis(1).toNanos() + " " + a.toSeconds() + " " + a.toDays());
        for (String s : new String[] {"PT20.345S", "PT15M", "PT10H", "P2D", "P2DT3H4M", "PT-6H3M", "-PT6H3M", "-PT-6H+3M", "PT-0.5S", "pt1m"}) {
            System.out.println(s + " -> " + Duration.parse(s));
        }
        try {
            Duration.parse("P1Y");
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
        Instant x = Instant.ofEpochSecond(1000, 250);
        Instant y = Instant.ofEpochSecond(900, 500);
        System.out.println(Duration.between(x, y) + " " + Duration.between(y, x) + " " + Duration.between(LocalTime.of(10, 0), LocalTime.of(8, 30, 15)));
        try {
            Duration.ofSeconds(Long.MAX_VALUE).plusSeconds(1);
        } catch (ArithmeticException e) {
            System.out.println("overflow " + e.getMessage());
        }
    }
}
