package nl.regiekit.cli.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.Severity;

/**
 * An open monitoring signal (signaal, method §7 and §11) as the report shows it, whatever its
 * source (the plan module's monitor has its own signal type; a {@link SignalSource} maps it):
 * something that needs attention on the report's date, with a stable code, a severity, the date it
 * was due if it has one, the identifier of what it is about, and a message in Dutch and English.
 * Immutable and thread-safe.
 *
 * @param code the stable code, such as {@code PLAN-AGREEMENT-OVERDUE}; never null
 * @param severity how serious it is; never null
 * @param due the date it was due, if it has one; never null
 * @param subject the identifier of the goal, agreement or trajectory it is about, if any; never null
 * @param messageNl the message in Dutch; never null
 * @param messageEn the message in English; never null
 */
public record OpenSignal(String code, Severity severity, Optional<LocalDate> due, Optional<String> subject,
                     String messageNl, String messageEn) {

    /** @throws NullPointerException if an argument is null */
    public OpenSignal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(messageNl, "messageNl");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    /** The message in the language of {@code locale}: Dutch unless the language is English. */
    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? messageEn : messageNl;
    }

    /** The code and subject only: the message may quote what was agreed. */
    @Override
    public String toString() {
        return "OpenSignal[code=" + code + ", subject=" + subject.orElse("-") + "]";
    }
}
