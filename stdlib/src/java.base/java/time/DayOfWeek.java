package java.time;

/**
 * The seven days of the week, Monday (1) to Sunday (7).
 */
public enum DayOfWeek implements java.time.temporal.TemporalAccessor, java.time.temporal.TemporalAdjuster {
    /** Monday, 1. */
    MONDAY,
    /** Tuesday, 2. */
    TUESDAY,
    /** Wednesday, 3. */
    WEDNESDAY,
    /** Thursday, 4. */
    THURSDAY,
    /** Friday, 5. */
    FRIDAY,
    /** Saturday, 6. */
    SATURDAY,
    /** Sunday, 7. */
    SUNDAY;

    private static final DayOfWeek[] ALL = values();

    /** The day for {@code dayOfWeek} 1 (Monday) to 7 (Sunday). */
    public static DayOfWeek of(int dayOfWeek) {
        if (dayOfWeek < 1 || dayOfWeek > 7) {
            throw new DateTimeException("Invalid value for DayOfWeek: " + dayOfWeek);
        }
        return ALL[dayOfWeek - 1];
    }

    /** 1 (Monday) to 7 (Sunday). */
    public int getValue() {
        return ordinal() + 1;
    }

    /** The day {@code days} later, wrapping around. */
    public DayOfWeek plus(long days) {
        int amount = (int) (days % 7);
        return ALL[(ordinal() + (amount + 7)) % 7];
    }

    /** The day {@code days} earlier, wrapping around. */
    public DayOfWeek minus(long days) {
        return plus(-(days % 7));
    }

    /** {@code temporal} moved to this day within its Monday-to-Sunday week. */
    @Override
    public java.time.temporal.Temporal adjustInto(java.time.temporal.Temporal temporal) {
        LocalDate d = LocalDate.dateOf(temporal, "DayOfWeek");
        return temporal.with(d.plusDays(getValue() - d.getDayOfWeek().getValue()));
    }
}
