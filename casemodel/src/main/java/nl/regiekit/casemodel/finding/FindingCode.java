package nl.regiekit.casemodel.finding;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of {@link Finding}: a stable code such as {@code CASE-REFERRAL-NO-REFERRER}, its
 * severity, and its message in Dutch and English. Messages may hold placeholders {@code {0}},
 * {@code {1}}, ... that are filled with identifiers and numbers, never with personal data.
 * Each code is documented in {@code docs/rules.md} with the rationale from the method.
 * Immutable and thread-safe.
 *
 * @param code the stable code, upper-case words joined by hyphens; never null
 * @param severity the default severity; never null
 * @param messageNl the Dutch message template; never null
 * @param messageEn the English message template; never null
 */
public record FindingCode(String code, Severity severity, String messageNl, String messageEn)
    implements java.io.Serializable {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code does not have the form {@code AREA-WORD-...}
     */
    public FindingCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageNl, "messageNl");
        Objects.requireNonNull(messageEn, "messageEn");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must look like AREA-WORD: " + code);
        }
    }

    /** Shorthand for the canonical constructor. */
    public static FindingCode of(String code, Severity severity, String messageNl, String messageEn) {
        return new FindingCode(code, severity, messageNl, messageEn);
    }
}
