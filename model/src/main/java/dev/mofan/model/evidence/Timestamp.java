package dev.mofan.model.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When a record was made, as written: a local date-time (read in the scheme's time zone) or one
 * with an offset. A date alone means its start.
 *
 * @param local the date and time as written, without the offset
 * @param offset the offset written, if any
 */
public record Timestamp(LocalDateTime local, Optional<ZoneOffset> offset) {

    /**
     * Checks that the parts are present.
     *
     * @param local the date and time as written, without the offset
     * @param offset the offset written, if any
     */
    public Timestamp {
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(offset, "offset");
    }

    /**
     * Parses ISO-8601 text: {@code 2025-03-02}, {@code 2025-03-02T10:00[:00]} or with an offset
     * ({@code +08:00}, {@code Z}).
     *
     * @param text the text, such as {@code 2025-03-02T10:00:00+08:00}; {@code null} gives empty
     * @return the timestamp, or empty when the text is not one of these forms
     */
    public static Optional<Timestamp> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            if (text.length() == 10) {
                return Optional.of(new Timestamp(LocalDate.parse(text).atTime(LocalTime.MIDNIGHT), Optional.empty()));
            }
            if (text.endsWith("Z") || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10) {
                OffsetDateTime time = OffsetDateTime.parse(text);
                return Optional.of(new Timestamp(time.toLocalDateTime(), Optional.of(time.getOffset())));
            }
            return Optional.of(new Timestamp(LocalDateTime.parse(text), Optional.empty()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * {@return the instant this is, reading a local date-time in {@code zone}}
     *
     * @param zone the zone a local date-time is read in, usually the scheme's
     */
    public Instant toInstant(ZoneId zone) {
        return offset.map(local::toInstant).orElseGet(() -> local.atZone(zone).toInstant());
    }

    /** {@return the ISO-8601 text, as {@link #tryParse(String)} reads it back} */
    public String text() {
        return offset.map(o -> OffsetDateTime.of(local, o).toString()).orElseGet(local::toString);
    }
}
