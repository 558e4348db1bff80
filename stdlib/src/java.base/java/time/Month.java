package java.time;

/**
 * The twelve months, January (1) to December (12).
 */
public enum Month implements java.time.temporal.TemporalAccessor, java.time.temporal.TemporalAdjuster {
    /** January. */
    JANUARY,
    /** February. */
    FEBRUARY,
    /** March. */
    MARCH,
    /** April. */
    APRIL,
    /** May. */
    MAY,
    /** June. */
    JUNE,
    /** July. */
    JULY,
    /** August. */
    AUGUST,
    /** September. */
    SEPTEMBER,
    /** October. */
    OCTOBER,
    /** November. */
    NOVEMBER,
    /** December. */
    DECEMBER;

    private static final Month[] ALL = values();

    /** The month for {@code month} 1 to 12. */
    public static Month of(int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("Invalid value for MonthOfYear: " + month);
        }
        return ALL[month - 1];
    }

    /** 1 (January) to 12 (December). */
    public int getValue() {
        return ordinal() + 1;
    }

    /** The month {@code months} later, wrapping around. */
    public Month plus(long months) {
        int amount = (int) (months % 12);
        return ALL[(ordinal() + (amount + 12)) % 12];
    }

    /** The month {@code months} earlier, wrapping around. */
    public Month minus(long months) {
        return plus(-(months % 12));
    }

    /** The number of days in this month, in a leap year or not. */
    public int length(boolean leapYear) {
        switch (this) {
            case FEBRUARY:
                return leapYear ? 29 : 28;
            case APRIL:
            case JUNE:
            case SEPTEMBER:
            case NOVEMBER:
                return 30;
            default:
                return 31;
        }
    }

    /** The fewest days this month can have. */
    public int minLength() {
        return length(false);
    }

    /** The most days this month can have. */
    public int maxLength() {
        return length(true);
    }

    /** The day of the year (1-based) on which this month starts. */
    public int firstDayOfYear(boolean leapYear) {
        int d = 1;
        for (int m = 0; m < ordinal(); m++) {
            d += ALL[m].length(leapYear);
        }
        return d;
    }

    /** The first month of this month's quarter. */
    public Month firstMonthOfQuarter() {
        return ALL[(ordinal() / 3) * 3];
    }

    /** {@code temporal} moved to this month of its year, the day clamped to the month's length. */
    @Override
    public java.time.temporal.Temporal adjustInto(java.time.temporal.Temporal temporal) {
        return temporal.with(LocalDate.dateOf(temporal, "MonthOfYear").withMonth(getValue()));
    }
}
