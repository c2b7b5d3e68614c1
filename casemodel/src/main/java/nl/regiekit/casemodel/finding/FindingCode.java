package nl.regiekit.casemodel.finding;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of {@link Finding}: a stable code such as {@code CASE-REFERRAL-NO-REFERRER} and its default
 * severity. Its message is not part of it: the {@link FindingCatalog} that lists the code holds the
 * message in Dutch and English in its module's resource bundle, and a vendor adds a language or rewords
 * a message with a bundle of its own ({@link FindingMessages}). Messages may hold placeholders
 * {@code {0}}, {@code {1}}, ... that are filled with identifiers and numbers, never with personal data.
 * Each code is documented in {@code docs/rules.md} with the rationale from the method. Immutable and
 * thread-safe.
 *
 * @param code the stable code, upper-case words joined by hyphens; never null
 * @param severity the default severity; never null
 */
public record FindingCode(String code, Severity severity) implements java.io.Serializable {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code does not have the form {@code AREA-WORD-...}
     */
    public FindingCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must look like AREA-WORD: " + code);
        }
    }

    /** Shorthand for the canonical constructor. */
    public static FindingCode of(String code, Severity severity) {
        return new FindingCode(code, severity);
    }

    /**
     * The message template of this code in the language of {@code locale}, its placeholders unfilled
     * (see {@link FindingMessages#template}).
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String template(Locale locale) {
        return FindingMessages.template(code, locale);
    }
}
