import java.time.*;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** ZoneId/ZoneOffset parsing, ZonedDateTime and OffsetDateTime over fixed-offset zones: conversions, arithmetic, ISO text. */
public class TimeZonedFixed {
    public static void main(String[] args) {
        String[] ids = {"Z", "UTC", "GMT", "UT", "+02:00", "+2", "-05", "+0530", "+05:30:15", "+053015", "UTC+5", "GMT+2",
            "UT-03:30", "UTC+0", "UTC-00:00", "GMT0", "Etc/UTC", "Etc/GMT+5", "Etc/GMT-14", "-00:00", "-18:00", "+00",
            "Mars/Base", "utc", "z", "", "+19:00", "+2:00", "+02:60", "UTC+", "UTC+x", "GMT+19", "+02:00:60", "+123", "+0a",
            "+02-00", "+02:0", "+02:00:1", "+0200:00", "+18:00:01", "+01:-1", "1abc", "ab c", "A", "x02:00"};
        for (String id : ids) {
            try {
                ZoneId z = ZoneId.of(id);
                System.out.println("'" + id + "' -> " + z + " " + (z instanceof ZoneOffset) + " " + z.normalized() + " " + z.getRules()
                        + " " + z.getRules().getOffset(Instant.EPOCH) + " " + z.equals(ZoneId.of(z.getId())) + " " + z.getRules().isFixedOffset());
            } catch (DateTimeException e) {
                System.out.println("'" + id + "' -> " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
        int[][] parts = {{2, -30, 0}, {-2, 30, 0}, {0, 30, -5}, {0, 60, 0}, {18, 0, 1}, {-18, 0, 0}, {5, 45, 30}, {0, -30, 0}};
        for (int[] p : parts) {
            try {
                System.out.println(ZoneOffset.ofHoursMinutesSeconds(p[0], p[1], p[2]));
            } catch (DateTimeException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
        System.out.println(ZoneOffset.of("+05:30").getTotalSeconds() + " " + ZoneOffset.ofHours(3).compareTo(ZoneOffset.ofHours(1)) + " "
                + ZoneId.ofOffset("UTC", ZoneOffset.ofHours(3)) + " " + ZoneId.ofOffset("GMT", ZoneOffset.UTC) + " " + ZoneId.ofOffset("", ZoneOffset.ofHours(-4))
                + " " + ZoneOffset.from(OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(9))));
        try {
            ZoneId.ofOffset("CET", ZoneOffset.UTC);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            ZoneId.of(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        ZoneId utc = ZoneId.of("UTC");
        ZoneId plus2 = ZoneId.of("GMT+2");
        ZoneOffset minus3 = ZoneOffset.ofHours(-3);
        LocalDateTime ldt = LocalDateTime.of(2024, 5, 17, 13, 45, 30);
        ZonedDateTime z = ldt.atZone(utc);
        System.out.println(z + " " + z.withZoneSameInstant(plus2) + " " + z.withZoneSameInstant(minus3) + " " + z.withZoneSameLocal(plus2)
                + " " + z.withFixedOffsetZone() + " " + z.toEpochSecond() + " " + z.toInstant() + " " + z.getOffset() + " " + z.getZone());
        ZonedDateTime p = ZonedDateTime.of(2024, 2, 29, 23, 30, 0, 500, plus2);
        System.out.println(p + " " + p.toInstant() + " " + p.toEpochSecond() + " " + p.toLocalDate() + " " + p.toLocalTime() + " " + p.toLocalDateTime()
                + " " + p.getYear() + "/" + p.getMonthValue() + "/" + p.getMonth() + "/" + p.getDayOfMonth() + "/" + p.getDayOfYear() + "/"
                + p.getDayOfWeek() + "/" + p.getHour() + "/" + p.getMinute() + "/" + p.getSecond() + "/" + p.getNano());
        System.out.println(p.plusDays(1) + " " + p.plusHours(1) + " " + p.plusMonths(12) + " " + p.minusYears(1) + " " + p.plusMinutes(45)
                + " " + p.minusSeconds(86400) + " " + p.plusNanos(999999500) + " " + p.plusWeeks(2) + " " + p.plus(Period.ofDays(2))
                + " " + p.plus(Duration.ofMinutes(90)) + " " + p.minus(3, ChronoUnit.HALF_DAYS) + " " + p.truncatedTo(ChronoUnit.HOURS));
        System.out.println(p.with(TemporalAdjusters.lastDayOfMonth()) + " " + p.with(LocalTime.NOON) + " " + p.with(LocalDate.of(2000, 1, 1))
                + " " + p.withHour(1) + " " + p.withDayOfMonth(3) + " " + p.withMonth(4) + " " + p.withYear(2023) + " " + p.withNano(0));
        ZonedDateTime q = Instant.ofEpochSecond(1700000000L, 123456789).atZone(ZoneOffset.ofHoursMinutes(5, 30));
        System.out.println(q + " " + ZonedDateTime.ofInstant(Instant.EPOCH, plus2) + " " + ZonedDateTime.ofInstant(ldt, minus3, utc)
                + " " + p.until(q, ChronoUnit.DAYS) + " " + p.until(q, ChronoUnit.HOURS) + " " + p.until(q, ChronoUnit.MONTHS) + " "
                + ChronoUnit.MINUTES.between(z, p) + " " + z.isBefore(p) + " " + z.isAfter(p) + " " + z.compareTo(p) + " " + z.isEqual(z.withZoneSameInstant(plus2))
                + " " + z.equals(z.withZoneSameInstant(plus2)) + " " + z.compareTo(z.withZoneSameInstant(plus2)) + " " + z.equals(ldt.atZone(ZoneId.of("UTC"))));
        System.out.println(ZonedDateTime.parse("2024-05-17T13:45:30+02:00[UTC+02:00]") + " " + ZonedDateTime.parse("2024-05-17T13:45+02:00")
                + " " + ZonedDateTime.parse("2024-05-17T13:45:30.5Z[UTC]") + " " + ZonedDateTime.parse("2024-05-17T13:45:30+03:00[UTC+02:00]")
                + " " + ZonedDateTime.parse("2024-05-17T13:45:30-04:00"));
        OffsetDateTime o = OffsetDateTime.of(2024, 5, 17, 13, 45, 30, 5000, ZoneOffset.ofHours(2));
        System.out.println(o + " " + o.toInstant() + " " + o.toEpochSecond() + " " + o.withOffsetSameInstant(minus3) + " " + o.withOffsetSameLocal(minus3)
                + " " + o.atZoneSameInstant(utc) + " " + o.atZoneSimilarLocal(utc) + " " + o.toZonedDateTime() + " " + o.plusHours(30) + " " + o.minusMonths(5)
                + " " + o.plus(Period.ofYears(1)) + " " + o.with(TemporalAdjusters.firstDayOfNextMonth()) + " " + o.truncatedTo(ChronoUnit.MINUTES));
        OffsetDateTime o2 = ldt.atOffset(ZoneOffset.UTC);
        System.out.println(o2 + " " + o.compareTo(o2) + " " + o.isBefore(o2) + " " + o.isAfter(o2) + " " + o.isEqual(o.withOffsetSameInstant(minus3))
                + " " + o.equals(o.withOffsetSameInstant(minus3)) + " " + o.until(o2, ChronoUnit.MINUTES) + " " + o.getOffset() + " " + o.getHour()
                + " " + OffsetDateTime.parse("2024-05-17T13:45:30Z") + " " + OffsetDateTime.parse("2024-05-17T13:45:30.123-07:30") + " "
                + OffsetDateTime.ofInstant(Instant.ofEpochMilli(-1), plus2) + " " + Instant.EPOCH.atOffset(minus3) + " " + OffsetDateTime.MIN + " " + OffsetDateTime.MAX);
        System.out.println(LocalDate.of(2024, 3, 10).atStartOfDay(plus2) + " " + ldt.toEpochSecond(ZoneOffset.ofHours(2)) + " " + LocalDate.from(p)
                + " " + LocalTime.from(o) + " " + LocalDateTime.from(q) + " " + ZonedDateTime.from(o) + " " + OffsetDateTime.from(p) + " " + ZoneId.from(p));
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss EEE");
        System.out.println(p.format(f) + " | " + o.format(f) + " | " + f.format(q));
        DateTimeFormatter[] isos = {DateTimeFormatter.ISO_DATE, DateTimeFormatter.ISO_TIME, DateTimeFormatter.ISO_DATE_TIME,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME};
        java.time.temporal.TemporalAccessor[] values = {p, q, o, ldt, z, ldt.toLocalDate(), ldt.toLocalTime()};
        for (DateTimeFormatter iso : isos) {
            StringBuilder sb = new StringBuilder();
            for (java.time.temporal.TemporalAccessor v : values) {
                try {
                    sb.append(iso.format(v)).append(" | ");
                } catch (DateTimeException e) {
                    sb.append(e.getClass().getSimpleName()).append(": ").append(e.getMessage()).append(" | ");
                }
            }
            System.out.println(sb);
        }
        System.out.println(LocalDate.parse("2024-05-17", DateTimeFormatter.ISO_DATE) + " " + LocalDateTime.parse("2024-05-17T10:15", DateTimeFormatter.ISO_DATE_TIME)
                + " " + LocalTime.parse("10:15:30", DateTimeFormatter.ISO_TIME));
        String[] bad = {"2024-05-17T13:45:30", "2024-05-17T13:45:30+02:00[UTC]", "2024-05-17T13:45:30+02:00[Mars/Base]"};
        for (String s : bad) {
            try {
                System.out.println(ZonedDateTime.parse(s));
            } catch (DateTimeException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                System.out.println(OffsetDateTime.parse(s));
            } catch (DateTimeException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
        try {
            ZonedDateTime.from(ldt);
        } catch (DateTimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
