import java.time.*;
import java.time.temporal.ChronoUnit;

/** Period (between, normalized, toString, parse), DayOfWeek and Month arithmetic, ZoneOffset strings, ChronoUnit names and durations. */
public class TimePeriodEnums {
    public static void main(String[] args) {
        LocalDate[][] pairs = {{LocalDate.of(2020, 1, 31), LocalDate.of(2020, 3, 1)}, {LocalDate.of(2024, 3, 15), LocalDate.of(2023, 1, 20)},
            {LocalDate.of(2000, 2, 29), LocalDate.of(2024, 2, 28)}, {LocalDate.of(2023, 5, 5), LocalDate.of(2023, 5, 5)}, {LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1)}};
        for (LocalDate[] p : pairs) {
            Period per = Period.between(p[0], p[1]);
            System.out.println(p[0] + ".." + p[1] + " = " + per + " " + per.getYears() + "/" + per.getMonths() + "/" + per.getDays() + " " + per.toTotalMonths() + " " + per.isNegative());
        }
        System.out.println(Period.of(1, 14, 3).normalized() + " " + Period.ofMonths(-13).normalized() + " " + Period.ofWeeks(3) + " " + Period.ZERO + " " + Period.ofYears(2).plus(Period.ofDays(5)).multipliedBy(3) + " " + Period.parse("P1Y2M3W4D") + " " + Period.parse("-P2M"));
        for (DayOfWeek d : DayOfWeek.values()) {
            System.out.print(d + "(" + d.getValue() + ")+10=" + d.plus(10) + " -3=" + d.minus(3) + "; ");
        }
        System.out.println();
        for (Month m : Month.values()) {
            System.out.print(m.getValue() + ":" + m.length(false) + "/" + m.maxLength() + "/" + m.firstDayOfYear(true) + "/" + m.firstMonthOfQuarter() + "/" + m.plus(5) + " ");
        }
        System.out.println();
        System.out.println(ZoneOffset.UTC + " " + ZoneOffset.ofHours(5) + " " + ZoneOffset.ofHoursMinutes(-3, -30) + " " + ZoneOffset.ofTotalSeconds(3723) + " " + ZoneOffset.ofHours(-8).getTotalSeconds());
        for (ChronoUnit u : ChronoUnit.values()) {
            System.out.print(u + "=" + u.getDuration() + (u.isDateBased() ? "D" : "") + (u.isTimeBased() ? "T" : "") + " ");
        }
        System.out.println();
        try {
            DayOfWeek.of(8);
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
        try {
            Month.of(0);
        } catch (DateTimeException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Month.valueOf("MARCH").getValue() + " " + DayOfWeek.valueOf("FRIDAY").ordinal() + " " + LocalDate.of(2024, Month.DECEMBER, 25).getDayOfWeek());
    }
}
