import java.time.*;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** YearMonth, Year and MonthDay: construction, lengths, arithmetic, until, parse/toString, formatting, adjusting, errors. */
public class TimeYearMonth {
    interface Body {
        Object run();
    }

    static void t(String label, Body b) {
        try {
            System.out.println(label + ": " + b.run());
        } catch (RuntimeException e) {
            String m = e.getMessage();
            // The parsed-field map in some messages prints in HashMap order, which varies between runs.
            int map = m == null ? -1 : m.indexOf(" {");
            System.out.println(label + ": " + e.getClass().getName() + ": " + (map < 0 ? m : m.substring(0, map)));
        }
    }

    public static void main(String[] args) {
        final YearMonth ym = YearMonth.of(2024, 2);
        System.out.println(ym + " " + ym.getYear() + " " + ym.getMonthValue() + " " + ym.getMonth() + " " + ym.isLeapYear()
                + " " + ym.lengthOfMonth() + " " + ym.lengthOfYear() + " " + ym.atDay(1) + " " + ym.atEndOfMonth()
                + " " + ym.isValidDay(29) + " " + ym.isValidDay(30));
        System.out.println(ym.plusMonths(1) + " " + ym.plusMonths(11) + " " + ym.plusMonths(-2) + " " + ym.minusMonths(14)
                + " " + ym.plusYears(3) + " " + ym.minusYears(2025) + " " + ym.plus(Period.ofMonths(13)) + " "
                + ym.minus(Period.ofYears(1)) + " " + ym.plus(2, ChronoUnit.DECADES) + " " + ym.minus(1, ChronoUnit.CENTURIES)
                + " " + ym.withMonth(12) + " " + ym.withYear(1999));
        YearMonth[] list = {YearMonth.of(12345, 1), YearMonth.of(-5, 3), YearMonth.of(-12345, 3), YearMonth.of(999, 3),
                YearMonth.of(2023, Month.NOVEMBER), YearMonth.of(0, 12), YearMonth.of(2023, 2)};
        StringBuilder sb = new StringBuilder();
        for (YearMonth y : list) {
            sb.append(y).append('/').append(y.lengthOfMonth()).append('/').append(y.compareTo(ym)).append('/')
                    .append(y.isBefore(ym)).append('/').append(y.isAfter(ym)).append('/').append(y.hashCode())
                    .append('/').append(YearMonth.parse(y.toString().length() > 7 && y.getYear() > 0 ? "+" + y : y.toString())).append(' ');
        }
        System.out.println(sb);
        System.out.println(ym.equals(YearMonth.parse("2024-02")) + " " + ym.equals(YearMonth.of(2024, 3)) + " "
                + ym.until(YearMonth.of(2021, 3), ChronoUnit.MONTHS) + " " + ym.until(YearMonth.of(2021, 3), ChronoUnit.YEARS)
                + " " + ym.until(YearMonth.of(2035, 1), ChronoUnit.DECADES) + " " + ym.until(LocalDate.of(2031, 7, 1), ChronoUnit.MONTHS)
                + " " + ChronoUnit.MONTHS.between(YearMonth.of(2000, 1), ym) + " " + YearMonth.from(LocalDate.of(2020, 5, 5))
                + " " + YearMonth.from(LocalDateTime.of(1999, 12, 31, 23, 59)));
        System.out.println(ym.format(DateTimeFormatter.ofPattern("MM/yyyy MMM uuuu MMMM")) + " "
                + Year.of(2024).format(DateTimeFormatter.ofPattern("yy uuuu")) + " "
                + MonthDay.of(12, 25).format(DateTimeFormatter.ofPattern("dd MMM")));

        final Year y = Year.of(2024);
        System.out.println(y + " " + y.getValue() + " " + y.isLeap() + " " + y.length() + " " + Year.of(1900).isLeap() + " "
                + Year.isLeap(2000) + " " + Year.isLeap(-4) + " " + y.atDay(60) + " " + y.atMonth(2) + " " + y.atMonth(Month.MAY)
                + " " + y.atMonthDay(MonthDay.of(2, 29)) + " " + Year.of(2023).atMonthDay(MonthDay.of(2, 29)) + " "
                + Year.of(2023).isValidMonthDay(MonthDay.of(2, 29)) + " " + y.isValidMonthDay(MonthDay.of(2, 29)));
        System.out.println(y.plusYears(10) + " " + y.minusYears(3000) + " " + y.plus(Period.ofYears(5)) + " " + y.plus(3, ChronoUnit.MILLENNIA)
                + " " + y.until(Year.of(1990), ChronoUnit.YEARS) + " " + y.until(Year.of(1990), ChronoUnit.DECADES) + " "
                + y.until(LocalDate.of(2124, 1, 1), ChronoUnit.CENTURIES) + " " + y.compareTo(Year.of(2000)) + " " + y.isAfter(Year.of(2000))
                + " " + y.isBefore(Year.of(2000)) + " " + y.equals(Year.parse("2024")) + " " + y.hashCode() + " " + Year.from(LocalDate.of(7, 1, 1)));
        for (String s : new String[] {"24", "-24", "+2024", "0", "00024", "+0", "123456789", "-999999999", "1234567890", "+1234567890",
                "abc", "", "2024 ", "+"}) {
            final String text = s;
            t("Year.parse '" + s + "'", new Body() {
                public Object run() {
                    return Year.parse(text);
                }
            });
        }
        for (String s : new String[] {"2024-02", "+12345-02", "12345-02", "-0005-02", "2024-02x", "2024-2", "24-02", "2024-13",
                "2024-00", "+999999999-12", "-1000000000-01", "2024-1x", "2024/02"}) {
            final String text = s;
            t("YearMonth.parse '" + s + "'", new Body() {
                public Object run() {
                    return YearMonth.parse(text);
                }
            });
        }
        for (String s : new String[] {"--02-29", "--12-31", "--02-30", "02-03", "--13-01", "--01-00", "--1-01", "-01-01", "--01-01x"}) {
            final String text = s;
            t("MonthDay.parse '" + s + "'", new Body() {
                public Object run() {
                    return MonthDay.parse(text);
                }
            });
        }
        MonthDay md = MonthDay.of(2, 29);
        System.out.println(md + " " + md.getMonth() + " " + md.getMonthValue() + " " + md.getDayOfMonth() + " " + md.atYear(2023) + " "
                + md.atYear(2024) + " " + md.isValidYear(2023) + " " + md.withMonth(4) + " " + MonthDay.of(1, 31).with(Month.APRIL) + " "
                + md.withDayOfMonth(3) + " " + md.compareTo(MonthDay.of(3, 1)) + " " + md.isBefore(MonthDay.of(3, 1)) + " " + md.hashCode()
                + " " + MonthDay.from(LocalDate.of(2020, 5, 5)) + " " + MonthDay.of(Month.DECEMBER, 9));
        System.out.println(LocalDate.of(2024, 1, 31).with(YearMonth.of(2023, 2)) + " " + LocalDate.of(2024, 2, 29).with(Year.of(2023))
                + " " + LocalDate.of(2024, 2, 29).with(MonthDay.of(4, 30)) + " " + LocalDateTime.of(2024, 3, 31, 8, 0).with(YearMonth.of(2024, 4))
                + " " + YearMonth.of(2020, 1).with(Year.of(1999)) + " " + Year.of(5).with(Year.of(6)));
        t("ym 13", new Body() {
            public Object run() {
                return YearMonth.of(2024, 13);
            }
        });
        t("ym year", new Body() {
            public Object run() {
                return YearMonth.of(1000000000, 1);
            }
        });
        t("ym atDay 30", new Body() {
            public Object run() {
                return YearMonth.of(2023, 2).atDay(29);
            }
        });
        t("ym atDay 0", new Body() {
            public Object run() {
                return YearMonth.of(2023, 2).atDay(0);
            }
        });
        t("ym overflow", new Body() {
            public Object run() {
                return YearMonth.of(999999999, 12).plusMonths(1);
            }
        });
        t("ym days", new Body() {
            public Object run() {
                return ym.plus(1, ChronoUnit.DAYS);
            }
        });
        t("ym until days", new Body() {
            public Object run() {
                return ym.until(YearMonth.of(2021, 3), ChronoUnit.DAYS);
            }
        });
        t("ym format dd", new Body() {
            public Object run() {
                return ym.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            }
        });
        t("ym from time", new Body() {
            public Object run() {
                return YearMonth.from(LocalTime.NOON);
            }
        });
        t("year 366", new Body() {
            public Object run() {
                return Year.of(2023).atDay(366);
            }
        });
        t("year overflow", new Body() {
            public Object run() {
                return Year.of(999999999).plusYears(1);
            }
        });
        t("year months", new Body() {
            public Object run() {
                return y.plus(1, ChronoUnit.MONTHS);
            }
        });
        t("year atMonth 13", new Body() {
            public Object run() {
                return y.atMonth(13);
            }
        });
        t("year format MM", new Body() {
            public Object run() {
                return y.format(DateTimeFormatter.ofPattern("MM"));
            }
        });
        t("year from time", new Body() {
            public Object run() {
                return Year.from(LocalTime.NOON);
            }
        });
        t("year of", new Body() {
            public Object run() {
                return Year.of(-1000000000);
            }
        });
        t("md 2/30", new Body() {
            public Object run() {
                return MonthDay.of(2, 30);
            }
        });
        t("md 13/1", new Body() {
            public Object run() {
                return MonthDay.of(13, 1);
            }
        });
        t("md 1/32", new Body() {
            public Object run() {
                return MonthDay.of(1, 32);
            }
        });
        t("md 4/31", new Body() {
            public Object run() {
                return MonthDay.of(4, 31);
            }
        });
        t("md format yyyy", new Body() {
            public Object run() {
                return MonthDay.of(2, 29).format(DateTimeFormatter.ofPattern("yyyy"));
            }
        });
        t("md from time", new Body() {
            public Object run() {
                return MonthDay.from(LocalTime.NOON);
            }
        });
        t("time with ym", new Body() {
            public Object run() {
                return LocalTime.NOON.with(YearMonth.of(2020, 1));
            }
        });
    }
}
