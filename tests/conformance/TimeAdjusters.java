import java.time.*;
import java.time.temporal.*;
import java.util.function.UnaryOperator;

/** TemporalAdjusters and with(adjuster) on LocalDate and LocalDateTime: month/year ends, weekday rules, ordinals. */
public class TimeAdjusters {
    public static void main(String[] args) {
        LocalDate[] dates = {LocalDate.of(2024, 2, 10), LocalDate.of(2023, 2, 28), LocalDate.of(2024, 12, 31),
                LocalDate.of(2021, 8, 1), LocalDate.of(-1, 3, 15), LocalDate.of(2000, 1, 3)};
        for (LocalDate d : dates) {
            System.out.println(d + " " + d.getDayOfWeek() + ": " + d.with(TemporalAdjusters.firstDayOfMonth()) + " "
                    + d.with(TemporalAdjusters.lastDayOfMonth()) + " " + d.with(TemporalAdjusters.firstDayOfNextMonth())
                    + " " + d.with(TemporalAdjusters.firstDayOfYear()) + " " + d.with(TemporalAdjusters.lastDayOfYear())
                    + " " + d.with(TemporalAdjusters.firstDayOfNextYear()));
            StringBuilder sb = new StringBuilder(" ");
            for (DayOfWeek w : DayOfWeek.values()) {
                sb.append(w.getValue()).append(':').append(d.with(TemporalAdjusters.next(w)).getDayOfMonth()).append('/')
                        .append(d.with(TemporalAdjusters.nextOrSame(w)).getDayOfMonth()).append('/')
                        .append(d.with(TemporalAdjusters.previous(w)).getDayOfMonth()).append('/')
                        .append(d.with(TemporalAdjusters.previousOrSame(w)).getDayOfMonth()).append(' ');
            }
            System.out.println(sb);
            System.out.println("  first/last Fri " + d.with(TemporalAdjusters.firstInMonth(DayOfWeek.FRIDAY)) + " "
                    + d.with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY)) + " Mon-week " + d.with(DayOfWeek.MONDAY)
                    + " " + d.with(DayOfWeek.SUNDAY) + " Feb " + d.with(Month.FEBRUARY));
            StringBuilder o = new StringBuilder("  ordinals Tue:");
            for (int n = -7; n <= 7; n++) {
                o.append(' ').append(n).append('=').append(d.with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.TUESDAY)));
            }
            System.out.println(o);
        }
        LocalDateTime dt = LocalDateTime.of(2024, 5, 17, 13, 45, 30, 123000000);
        System.out.println(dt.with(TemporalAdjusters.lastDayOfMonth()) + " " + dt.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                + " " + dt.with(LocalDate.of(1999, 12, 31)) + " " + dt.with(LocalTime.NOON) + " " + dt.with(Month.JANUARY)
                + " " + dt.with(TemporalAdjusters.firstDayOfNextYear()));
        LocalDate start = LocalDate.of(2024, 1, 31);
        System.out.println(start.with(Month.FEBRUARY) + " " + start.with(Month.APRIL) + " " + LocalDate.of(2023, 1, 29).with(Month.FEBRUARY));
        TemporalAdjuster nextWorkday = TemporalAdjusters.ofDateAdjuster(new UnaryOperator<LocalDate>() {
            @Override
            public LocalDate apply(LocalDate d) {
                DayOfWeek w = d.getDayOfWeek();
                return d.plusDays(w == DayOfWeek.FRIDAY ? 3 : w == DayOfWeek.SATURDAY ? 2 : 1);
            }
        });
        LocalDate day = LocalDate.of(2024, 3, 6);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            day = day.with(nextWorkday);
            sb.append(day).append(' ');
        }
        System.out.println(sb);
        System.out.println(dt.with(nextWorkday) + " " + LocalDate.of(2024, 7, 4).with(LocalDate.of(2001, 9, 9)));
        TemporalAdjuster custom = new TemporalAdjuster() {
            @Override
            public Temporal adjustInto(Temporal t) {
                return t.plus(10, ChronoUnit.DAYS);
            }
        };
        System.out.println(day.with(custom) + " " + dt.with(custom) + " " + LocalTime.of(10, 0).with(LocalTime.MIDNIGHT));
        Temporal generic = LocalDate.of(2022, 6, 15);
        System.out.println(generic.with(TemporalAdjusters.lastDayOfMonth()) + " " + TemporalAdjusters.lastDayOfMonth().adjustInto(dt));
        // The last of a Tuesday run past the dates' range, and the adjusters' null checks.
        try {
            LocalDate.MAX.with(TemporalAdjusters.firstDayOfNextMonth());
        } catch (DateTimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            LocalDate.MAX.with(TemporalAdjusters.firstDayOfNextYear());
        } catch (DateTimeException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            TemporalAdjusters.ofDateAdjuster(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        TemporalAdjuster[] dateOnly = {TemporalAdjusters.firstDayOfMonth(), TemporalAdjusters.lastDayOfYear(),
                TemporalAdjusters.next(DayOfWeek.MONDAY), TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY),
                DayOfWeek.FRIDAY, Month.MAY, LocalDate.of(2020, 1, 1)};
        for (TemporalAdjuster a : dateOnly) {
            try {
                LocalTime.of(9, 30).with(a);
            } catch (DateTimeException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
