package nl.regiekit.json.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Pattern;

/**
 * Reads a date in the one form the JSON contract allows, {@code yyyy-MM-dd} (RFC 3339
 * {@code full-date}, the schemas' {@code format: date}): no time, no offset, no week or ordinal
 * dates, no years beyond four digits. Jackson's own reader accepts more (arrays, numbers, a
 * date-time), which the binding must not, so that binding refuses what the schema refuses. The same
 * for a period: ISO 8601 years, months, weeks and days, upper case, never negative, nothing around it
 * ({@link Period#parse} would take lower case and signs).
 */
public final class IsoDates {

    /**
     * The one form of a date, as the schemas have it beside {@code "format": "date"}: exactly the
     * texts {@link #parse} reads, so that a validator that takes formats as annotations only (the
     * default of JSON Schema 2020-12) refuses what the pipeline refuses. Four-digit years, months
     * 01 to 12, days up to the month's length, and 29 February in the leap years of the Gregorian
     * calendar (divisible by 4, centuries only when divisible by 400; year 0000 is one).
     */
    public static final String DATE_PATTERN = "^(?:[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
        + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))"
        + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)$";

    /** The one form of a period, as the schemas have it. */
    public static final String PERIOD_PATTERN = "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$";

    private static final Pattern PERIOD = Pattern.compile(PERIOD_PATTERN);

    private IsoDates() {
    }

    /**
     * The date {@code text} gives.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not a valid {@code yyyy-MM-dd} date; the
     *     message does not quote it
     */
    public static LocalDate parse(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw new IllegalArgumentException("not a yyyy-MM-dd date");
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date");
        }
    }

    /**
     * The period {@code text} gives.
     *
     * @throws NullPointerException if {@code text} is null
     * @throws IllegalArgumentException if {@code text} is not of the form {@link #PERIOD_PATTERN}, or
     *     a number in it is too large; the message does not quote it
     */
    public static Period parsePeriod(String text) {
        if (!PERIOD.matcher(text).matches()) {
            throw new IllegalArgumentException("not an ISO 8601 period");
        }
        try {
            return Period.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("period out of range");
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("not a yyyy-MM-dd date");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
