package java.time.temporal;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The common {@link TemporalAdjuster}s: month and year boundaries and days of the week relative to a date.
 * Each reads the date of the temporal it adjusts ({@link LocalDate#from}) and hands the moved date back to
 * {@link Temporal#with(TemporalAdjuster)}, so a date-time keeps its time of day (and zone).
 */
public final class TemporalAdjusters {
    private TemporalAdjusters() {
    }

    /** The first day of the date's month. */
    public static TemporalAdjuster firstDayOfMonth() {
        return new DateRule(DateRule.FIRST_OF_MONTH, null, 0);
    }

    /** The last day of the date's month. */
    public static TemporalAdjuster lastDayOfMonth() {
        return new DateRule(DateRule.LAST_OF_MONTH, null, 0);
    }

    /** The first day of the month after the date's. */
    public static TemporalAdjuster firstDayOfNextMonth() {
        return new DateRule(DateRule.FIRST_OF_NEXT_MONTH, null, 0);
    }

    /** January 1st of the date's year. */
    public static TemporalAdjuster firstDayOfYear() {
        return new DateRule(DateRule.FIRST_OF_YEAR, null, 0);
    }

    /** December 31st of the date's year. */
    public static TemporalAdjuster lastDayOfYear() {
        return new DateRule(DateRule.LAST_OF_YEAR, null, 0);
    }

    /** January 1st of the year after the date's. */
    public static TemporalAdjuster firstDayOfNextYear() {
        return new DateRule(DateRule.FIRST_OF_NEXT_YEAR, null, 0);
    }

    /** The first {@code dayOfWeek} in the date's month. */
    public static TemporalAdjuster firstInMonth(DayOfWeek dayOfWeek) {
        return dayOfWeekInMonth(1, dayOfWeek);
    }

    /** The last {@code dayOfWeek} in the date's month. */
    public static TemporalAdjuster lastInMonth(DayOfWeek dayOfWeek) {
        return dayOfWeekInMonth(-1, dayOfWeek);
    }

    /**
     * The {@code ordinal}th {@code dayOfWeek} of the date's month: 1 the first, -1 the last, 0 the last of the
     * month before; ordinals past the month's end run on into the following (or, negative, preceding) months.
     */
    public static TemporalAdjuster dayOfWeekInMonth(int ordinal, DayOfWeek dayOfWeek) {
        java.util.Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        return new DateRule(DateRule.IN_MONTH, dayOfWeek, ordinal);
    }

    /** The first {@code dayOfWeek} after the date. */
    public static TemporalAdjuster next(DayOfWeek dayOfWeek) {
        java.util.Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        return new DateRule(DateRule.NEXT, dayOfWeek, 0);
    }

    /** The date itself if it is a {@code dayOfWeek}, else the next one. */
    public static TemporalAdjuster nextOrSame(DayOfWeek dayOfWeek) {
        java.util.Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        return new DateRule(DateRule.NEXT_OR_SAME, dayOfWeek, 0);
    }

    /** The last {@code dayOfWeek} before the date. */
    public static TemporalAdjuster previous(DayOfWeek dayOfWeek) {
        java.util.Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        return new DateRule(DateRule.PREVIOUS, dayOfWeek, 0);
    }

    /** The date itself if it is a {@code dayOfWeek}, else the previous one. */
    public static TemporalAdjuster previousOrSame(DayOfWeek dayOfWeek) {
        java.util.Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        return new DateRule(DateRule.PREVIOUS_OR_SAME, dayOfWeek, 0);
    }

    /** An adjuster applying {@code dateBasedAdjuster} to the temporal's date. */
    public static TemporalAdjuster ofDateAdjuster(final java.util.function.UnaryOperator<LocalDate> dateBasedAdjuster) {
        java.util.Objects.requireNonNull(dateBasedAdjuster, "dateBasedAdjuster");
        return new TemporalAdjuster() {
            @Override
            public Temporal adjustInto(Temporal temporal) {
                LocalDate output = dateBasedAdjuster.apply(LocalDate.from(temporal));
                return temporal.with(output);
            }
        };
    }

    /**
     * The date of {@code temporal}; a temporal without one (a time of day) fails as HotSpot's field-based
     * adjusters do, naming the {@code field} they would set.
     */
    private static LocalDate dateOf(TemporalAccessor temporal, String field) {
        try {
            return LocalDate.from(temporal);
        } catch (java.time.DateTimeException e) {
            throw new UnsupportedTemporalTypeException("Unsupported field: " + field);
        }
    }

    /** One of the date rules above, by kind. */
    private static final class DateRule implements TemporalAdjuster {
        static final int FIRST_OF_MONTH = 0;
        static final int LAST_OF_MONTH = 1;
        static final int FIRST_OF_NEXT_MONTH = 2;
        static final int FIRST_OF_YEAR = 3;
        static final int LAST_OF_YEAR = 4;
        static final int FIRST_OF_NEXT_YEAR = 5;
        static final int IN_MONTH = 6;
        static final int NEXT = 7;
        static final int NEXT_OR_SAME = 8;
        static final int PREVIOUS = 9;
        static final int PREVIOUS_OR_SAME = 10;

        private final int kind;
        private final DayOfWeek dayOfWeek;
        private final int ordinal;

        DateRule(int kind, DayOfWeek dayOfWeek, int ordinal) {
            this.kind = kind;
            this.dayOfWeek = dayOfWeek;
            this.ordinal = ordinal;
        }

        @Override
        public Temporal adjustInto(Temporal temporal) {
            String field = kind <= FIRST_OF_NEXT_MONTH || kind == IN_MONTH ? "DayOfMonth"
                    : kind <= FIRST_OF_NEXT_YEAR ? "DayOfYear" : "DayOfWeek";
            return temporal.with(adjust(dateOf(temporal, field)));
        }

        private LocalDate adjust(LocalDate d) {
            switch (kind) {
                case FIRST_OF_MONTH:
                    return d.withDayOfMonth(1);
                case LAST_OF_MONTH:
                    return d.withDayOfMonth(d.lengthOfMonth());
                case FIRST_OF_NEXT_MONTH:
                    return d.withDayOfMonth(1).plusMonths(1);
                case FIRST_OF_YEAR:
                    return d.withDayOfYear(1);
                case LAST_OF_YEAR:
                    return d.withDayOfYear(d.lengthOfYear());
                case FIRST_OF_NEXT_YEAR:
                    return d.withDayOfYear(1).plusYears(1);
                case IN_MONTH:
                    return inMonth(d);
                default:
                    return relative(d);
            }
        }

        private LocalDate inMonth(LocalDate d) {
            int want = dayOfWeek.getValue();
            if (ordinal >= 0) {
                LocalDate first = d.withDayOfMonth(1);
                long ahead = Math.floorMod(want - first.getDayOfWeek().getValue(), 7);
                return first.plusDays(ahead + ((long) ordinal - 1) * 7);
            }
            LocalDate last = d.withDayOfMonth(d.lengthOfMonth());
            long back = Math.floorMod(last.getDayOfWeek().getValue() - want, 7);
            return last.minusDays(back + (-(long) ordinal - 1) * 7);
        }

        private LocalDate relative(LocalDate d) {
            int have = d.getDayOfWeek().getValue();
            int want = dayOfWeek.getValue();
            switch (kind) {
                case NEXT_OR_SAME:
                    if (have == want) {
                        return d;
                    }
                    return d.plusDays(Math.floorMod(want - have, 7));
                case NEXT:
                    return d.plusDays(have == want ? 7 : Math.floorMod(want - have, 7));
                case PREVIOUS_OR_SAME:
                    if (have == want) {
                        return d;
                    }
                    return d.minusDays(Math.floorMod(have - want, 7));
                default:
                    return d.minusDays(have == want ? 7 : Math.floorMod(have - want, 7));
            }
        }
    }
}
