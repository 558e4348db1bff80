package java.time.temporal;

/**
 * Read access to a date, time or both (Cortado's subset of the Java SE interface: a marker, without the
 * field queries). {@link java.time.format.DateTimeFormatter} formats the library's own {@code LocalDate},
 * {@code LocalTime} and {@code LocalDateTime}.
 */
public interface TemporalAccessor {
}
