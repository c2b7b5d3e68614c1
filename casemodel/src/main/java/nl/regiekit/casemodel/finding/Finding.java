package nl.regiekit.casemodel.finding;

import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Identifier;

/**
 * A problem or observation in case data (bevinding): what the validation pipeline and every
 * rule return instead of throwing. It points at the data with a JSON Pointer and, where one
 * exists, the identifier of the object concerned; it never quotes a name, BSN, birth date or
 * free text, because findings end up in CI logs and tickets. Immutable and thread-safe.
 *
 * @param code the stable code; never null
 * @param severity the severity; never null
 * @param pointer the JSON Pointer into the document ({@code ""} is the whole document); never null
 * @param subject the identifier of the object concerned, if any, with its type: a {@code PersonId} and a
 *     {@code GoalId} of the same text are different subjects, so a limited view filters by type and
 *     value, never by text; never null
 * @param values the values of the message's placeholders, as text: numbers, enum constants, identifiers,
 *     periods or codes, never personal data; never null
 */
public record Finding(String code, Severity severity, String pointer, Optional<Identifier> subject,
                      List<String> values) {

    /** @throws NullPointerException if an argument is null */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(subject, "subject");
        values = List.copyOf(values);
    }

    /**
     * A finding of this code at this pointer, about no identified object.
     *
     * @param args the values for the placeholders: numbers, enum constants, identifiers,
     *     periods, or finding codes; nothing else, so that no personal data can slip in
     * @throws IllegalArgumentException if an argument is of another type
     */
    public static Finding of(FindingCode code, String pointer, Object... args) {
        return create(code, pointer, Optional.empty(), args);
    }

    /**
     * A finding of this code at this pointer, about the object with this identifier.
     *
     * @throws IllegalArgumentException if an argument is of a type that may carry personal data
     * @see #of(FindingCode, String, Object...)
     */
    public static Finding about(FindingCode code, String pointer, Identifier subject, Object... args) {
        return create(code, pointer, Optional.of(subject), args);
    }

    private static Finding create(FindingCode code, String pointer, Optional<Identifier> subject, Object... args) {
        return new Finding(code.code(), code.severity(), pointer, subject, values(args));
    }

    /**
     * The placeholder values of a message: each argument as text.
     *
     * @throws IllegalArgumentException if an argument is of a type that may carry personal data
     */
    public static List<String> values(Object... args) {
        return java.util.Arrays.stream(args).map(Finding::safe).toList();
    }

    /**
     * The message in the language of {@code locale}, from the bundles ({@link FindingMessages}): Dutch
     * where no bundle has the language.
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        return FindingMessages.message(code, locale, values);
    }

    /** This finding with {@code prefix} put before its pointer, for a part inside a larger document. */
    public Finding under(String prefix) {
        return new Finding(code, severity, prefix + pointer, subject, values);
    }

    /** This finding at another severity, for an organisation's {@link RuleSettings}. */
    public Finding withSeverity(Severity other) {
        return new Finding(code, other, pointer, subject, values);
    }

    private static String safe(Object arg) {
        if (arg instanceof Number || arg instanceof Enum<?> || arg instanceof Boolean
            || arg instanceof TemporalAmount) {
            return String.valueOf(arg);
        }
        if (arg instanceof Identifier id) {
            return id.value();
        }
        if (arg instanceof FindingCode fc) {
            return fc.code();
        }
        throw new IllegalArgumentException("a finding argument must be a number, enum, identifier or period, not "
            + (arg == null ? "null" : arg.getClass().getSimpleName()));
    }
}
