import java.time.*;
import java.time.temporal.ChronoUnit;

/** A month calendar printer and date loops: first weekday of months, Friday the 13ths, ages and days between, end-of-month chains. */
public class TimeCalendar {
    static void printMonth(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        System.out.println(first.getMonth() + " " + year);
        System.out.println("Mo Tu We Th Fr Sa Su");
        StringBuilder sb = new StringBuilder();
        int pad = first.getDayOfWeek().getValue() - 1;
        for (int i = 0; i < pad; i++) sb.append("   ");
        for (int d = 1; d <= first.lengthOfMonth(); d++) {
            sb.append(String.format("%2d", d));
            if ((pad + d) % 7 == 0) {
                System.out.println(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(' ');
            }
        }
        if (sb.length() > 0) System.out.println(sb.toString().replaceAll("\\s+$", ""));
    }

    public static void main(String[] args) {
        printMonth(2024, 2);
        printMonth(1999, 12);
        int fridays = 0;
        for (LocalDate d = LocalDate.of(1900, 1, 13); d.getYear() < 2100; d = d.plusMonths(1)) {
            if (d.getDayOfWeek() == DayOfWeek.FRIDAY) fridays++;
        }
        System.out.println("Friday 13ths 1900-2099: " + fridays);
        LocalDate born = LocalDate.of(1987, 8, 29);
        LocalDate on = LocalDate.of(2024, 8, 28);
        System.out.println(Period.between(born, on) + " " + ChronoUnit.YEARS.between(born, on) + " " + ChronoUnit.DAYS.between(born, on));
        LocalDate e = LocalDate.of(2023, 1, 31);
        StringBuilder chain = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            chain.append(e.plusMonths(i).getDayOfMonth()).append(' ');
        }
        System.out.println(chain.toString().trim());
        LocalDateTime start = LocalDateTime.of(2024, 3, 30, 22, 0);
        for (int i = 0; i < 4; i++) {
            start = start.plusHours(17).plusMinutes(45);
            System.out.println(start + " " + start.getDayOfWeek() + " " + start.getDayOfYear());
        }
        System.out.println(Year2k.days());
    }

    static class Year2k {
        static long days() {
            return LocalDate.of(2000, 1, 1).until(LocalDate.of(2100, 1, 1), ChronoUnit.DAYS);
        }
    }
}
