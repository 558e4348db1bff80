import java.time.*;
import java.time.temporal.ChronoUnit;

/** LocalDate: construction, leap years, day of week and year, arithmetic with month-end clamping, parse/toString, errors. */
public class TimeLocalDate {
    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 1, 31);
        System.out.println(d + " " + d.plusMonths(1) + " " + d.plusMonths(13) + " " + d.minusMonths(2) + " " + d.plusYears(1).plusMonths(1));
        System.out.println(d.getDayOfWeek() + " " + d.getDayOfYear() + " " + d.isLeapYear() + " " + d.lengthOfMonth() + " " + d.lengthOfYear() + " " + d.getMonth());
        LocalDate leap = LocalDate.of(2024, 2, 29);
        System.out.println(leap.plusYears(1) + " " + leap.plusYears(4) + " " + leap.minusDays(365) + " " + leap.plusWeeks(1) + " " + leap.withDayOfMonth(1));
        for (int y : new int[] {1600, 1700, 1900, 2000, 2023, 2024, 2100, -4, 0}) {
            System.out.print(y + ":" + LocalDate.of(y, 3, 1).minusDays(1).getDayOfMonth() + " ");
        }
        System.out.println();
        System.out.println(LocalDate.ofEpochDay(0) + " " + LocalDate.ofEpochDay(-1) + " " + LocalDate.ofEpochDay(19723) + " " + LocalDate.of(2000, 1, 1).toEpochDay());
        System.out.println(LocalDate.of(1, 1, 1) + " " + LocalDate.of(-44, 3, 15) + " " + LocalDate.of(12345, 6, 7) + " " + LocalDate.of(999, 12, 31).plusDays(1));
        System.out.println(LocalDate.parse("2023-07-04").getDayOfWeek() + " " + LocalDate.parse("+12345-01-02") + " " + LocalDate.ofYearDay(2024, 60));
        LocalDate a = LocalDate.of(2020, 5, 17);
        LocalDate b = LocalDate.of(2024, 3, 2);
        System.out.println(ChronoUnit.DAYS.between(a, b) + " " + ChronoUnit.WEEKS.between(a, b) + " " + ChronoUnit.MONTHS.between(a, b) + " " + ChronoUnit.YEARS.between(a, b) + " " + ChronoUnit.MONTHS.between(b, a));
        System.out.println(a.isBefore(b) + " " + a.isAfter(b) + " " + a.compareTo(b) + " " + a.equals(LocalDate.of(2020, 5, 17)) + " " + a.until(b) + " " + b.until(a));
        System.out.println(a.plus(Period.of(1, 11, 30)) + " " + a.plus(3, ChronoUnit.DECADES) + " " + a.atStartOfDay() + " " + a.atTime(13, 5));
        String[] bad = {"2023-02-29", "2023-13-01", "2023-04-31", "2023-4-01", "hello"};
        for (String s : bad) {
            try {
                LocalDate.parse(s);
            } catch (DateTimeException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        try {
            LocalDate.of(2023, 2, 29);
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
        try {
            LocalDate.of(2023, 6, 31);
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
        try {
            LocalDate.of(2023, 6, 32);
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
        int[] dowCounts = new int[8];
        for (LocalDate x = LocalDate.of(2000, 1, 1); x.getYear() < 2030; x = x.plusDays(1)) {
            if (x.getDayOfMonth() == 13) dowCounts[x.getDayOfWeek().getValue()]++;
        }
        System.out.println(java.util.Arrays.toString(dowCounts));
    }
}
