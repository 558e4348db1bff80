package java.time;

/**
 * A date-based amount of years, months and days, such as {@code P1Y2M3D}; the three parts are independent
 * (use {@link #normalized()} to fold months into years).
 */
public final class Period implements java.time.chrono.ChronoPeriod, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The zero period. */
    public static final Period ZERO = new Period(0, 0, 0);

    private final int years;
    private final int months;
    private final int days;

    private Period(int years, int months, int days) {
        this.years = years;
        this.months = months;
        this.days = days;
    }

    /** The period of the given parts. */
    public static Period of(int years, int months, int days) {
        return (years | months | days) == 0 ? ZERO : new Period(years, months, days);
    }

    /** {@code years} years. */
    public static Period ofYears(int years) {
        return of(years, 0, 0);
    }

    /** {@code months} months. */
    public static Period ofMonths(int months) {
        return of(0, months, 0);
    }

    /** {@code weeks} weeks, as days. */
    public static Period ofWeeks(int weeks) {
        return of(0, 0, Math.multiplyExact(weeks, 7));
    }

    /** {@code days} days. */
    public static Period ofDays(int days) {
        return of(0, 0, days);
    }

    /** The period from {@code start} to {@code endExclusive}: whole years and months, then the days left. */
    public static Period between(LocalDate start, LocalDate endExclusive) {
        long totalMonths = endExclusive.getYear() * 12L + endExclusive.getMonthValue()
                - (start.getYear() * 12L + start.getMonthValue());
        int d = endExclusive.getDayOfMonth() - start.getDayOfMonth();
        if (totalMonths > 0 && d < 0) {
            totalMonths--;
            LocalDate calc = start.plusMonths(totalMonths);
            d = (int) (endExclusive.toEpochDay() - calc.toEpochDay());
        } else if (totalMonths < 0 && d > 0) {
            totalMonths++;
            d -= endExclusive.lengthOfMonth();
        }
        return of(Math.toIntExact(totalMonths / 12), (int) (totalMonths % 12), d);
    }

    /** Parses {@code PnYnMnWnD} (each part optional, signs allowed). */
    public static Period parse(CharSequence text) {
        String s = text.toString().toUpperCase();
        int i = 0;
        int sign = 1;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            sign = s.charAt(i) == '-' ? -1 : 1;
            i++;
        }
        if (i >= s.length() || s.charAt(i) != 'P' || i + 1 >= s.length()) {
            throw new java.time.format.DateTimeParseException("Text cannot be parsed to a Period", text, 0);
        }
        i++;
        int y = 0;
        int m = 0;
        int d = 0;
        try {
            while (i < s.length()) {
                int start = i;
                if (s.charAt(i) == '-' || s.charAt(i) == '+') {
                    i++;
                }
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                int v = Integer.parseInt(s.substring(start, i)) * sign;
                char u = s.charAt(i++);
                if (u == 'Y') {
                    y = v;
                } else if (u == 'M') {
                    m = v;
                } else if (u == 'W') {
                    d = Math.addExact(d, Math.multiplyExact(v, 7));
                } else if (u == 'D') {
                    d = Math.addExact(d, v);
                } else {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new java.time.format.DateTimeParseException("Text cannot be parsed to a Period", text, 0);
        }
        return of(y, m, d);
    }

    /** {@code temporal} plus this period (its years alone when it has no months, else total months; then days). */
    @Override
    public java.time.temporal.Temporal addTo(java.time.temporal.Temporal temporal) {
        java.time.temporal.Temporal t = temporal;
        if (months == 0) {
            if (years != 0) {
                t = t.plus(years, java.time.temporal.ChronoUnit.YEARS);
            }
        } else if (toTotalMonths() != 0) {
            t = t.plus(toTotalMonths(), java.time.temporal.ChronoUnit.MONTHS);
        }
        if (days != 0) {
            t = t.plus(days, java.time.temporal.ChronoUnit.DAYS);
        }
        return t;
    }

    /** {@code temporal} minus this period. */
    @Override
    public java.time.temporal.Temporal subtractFrom(java.time.temporal.Temporal temporal) {
        java.time.temporal.Temporal t = temporal;
        if (months == 0) {
            if (years != 0) {
                t = t.minus(years, java.time.temporal.ChronoUnit.YEARS);
            }
        } else if (toTotalMonths() != 0) {
            t = t.minus(toTotalMonths(), java.time.temporal.ChronoUnit.MONTHS);
        }
        if (days != 0) {
            t = t.minus(days, java.time.temporal.ChronoUnit.DAYS);
        }
        return t;
    }

    /** {@code amount} as a period (only periods are supported). */
    public static Period from(java.time.temporal.TemporalAmount amount) {
        if (amount instanceof Period) {
            return (Period) amount;
        }
        throw new DateTimeException("Unable to obtain Period from TemporalAmount: " + amount);
    }

    /** The years. */
    public int getYears() {
        return years;
    }

    /** The months. */
    public int getMonths() {
        return months;
    }

    /** The days. */
    public int getDays() {
        return days;
    }

    /** Whether all three parts are zero. */
    @Override
    public boolean isZero() {
        return this == ZERO || (years | months | days) == 0;
    }

    /** Whether any part is negative. */
    public boolean isNegative() {
        return years < 0 || months < 0 || days < 0;
    }

    /** Years times 12 plus months. */
    public long toTotalMonths() {
        return years * 12L + months;
    }

    /** Months folded into years (days untouched). */
    public Period normalized() {
        long total = toTotalMonths();
        return of(Math.toIntExact(total / 12), (int) (total % 12), days);
    }

    /** Part-wise sum with another period. */
    public Period plus(java.time.temporal.TemporalAmount amount) {
        Period p = from(amount);
        return of(Math.addExact(years, p.years), Math.addExact(months, p.months), Math.addExact(days, p.days));
    }

    /** Part-wise difference with another period. */
    public Period minus(java.time.temporal.TemporalAmount amount) {
        Period p = from(amount);
        return of(Math.subtractExact(years, p.years), Math.subtractExact(months, p.months),
                Math.subtractExact(days, p.days));
    }

    /** Plus years. */
    public Period plusYears(long y) {
        return of(Math.toIntExact(years + y), months, days);
    }

    /** Plus months. */
    public Period plusMonths(long m) {
        return of(years, Math.toIntExact(months + m), days);
    }

    /** Plus days. */
    public Period plusDays(long d) {
        return of(years, months, Math.toIntExact(days + d));
    }

    /** Each part times {@code scalar}. */
    public Period multipliedBy(int scalar) {
        return of(Math.multiplyExact(years, scalar), Math.multiplyExact(months, scalar),
                Math.multiplyExact(days, scalar));
    }

    /** Each part negated. */
    public Period negated() {
        return multipliedBy(-1);
    }

    /** A copy with the days changed. */
    public Period withDays(int d) {
        return of(years, months, d);
    }

    /** A copy with the months changed. */
    public Period withMonths(int m) {
        return of(years, m, days);
    }

    /** A copy with the years changed. */
    public Period withYears(int y) {
        return of(y, months, days);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Period)) {
            return false;
        }
        Period p = (Period) o;
        return p.years == years && p.months == months && p.days == days;
    }

    @Override
    public int hashCode() {
        return years + Integer.rotateLeft(months, 8) + Integer.rotateLeft(days, 16);
    }

    /** ISO-8601: {@code P0D} for zero, else the non-zero parts, as {@code P1Y2M3D}. */
    @Override
    public String toString() {
        if (isZero()) {
            return "P0D";
        }
        StringBuilder sb = new StringBuilder("P");
        if (years != 0) {
            sb.append(years).append('Y');
        }
        if (months != 0) {
            sb.append(months).append('M');
        }
        if (days != 0) {
            sb.append(days).append('D');
        }
        return sb.toString();
    }
}
