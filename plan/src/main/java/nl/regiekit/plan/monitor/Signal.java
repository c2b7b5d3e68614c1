package nl.regiekit.plan.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.FindingMessages;
import nl.regiekit.casemodel.finding.Severity;

/**
 * A monitoring signal (signaal): something in a case that needs attention by a date, with the policy
 * rule behind it. A signal whose due date lies ahead is {@link Severity#INFO}; once the date is
 * reached it has its code's severity. Like a {@link Finding} it names identifiers and numbers only,
 * never personal data. Immutable and thread-safe.
 *
 * @param code the stable code, one of {@link MonitorCodes}; never null
 * @param severity the severity on the date the monitor ran; never null
 * @param due the date by which it needs attention; never null
 * @param caseId the case, absent for a signal about a professional's caseload; never null
 * @param subject the identifier of what it is about (case, plan, agreement, trajectory, consent,
 *     professional), typed: a limited view filters signals by the type and value of what they are about,
 *     never by text; never null
 * @param rule the policy rule behind it, as a key of the policy document and its value, such
 *     as {@code plan.planDue=P4M}, or the section of the method; never null
 * @param values the values of the message's placeholders, as text: numbers, enum constants, identifiers or
 *     periods, never personal data; never null
 */
public record Signal(String code, Severity severity, LocalDate due, Optional<CaseId> caseId, Identifier subject,
                     String rule, List<String> values) {

    /** @throws NullPointerException if an argument is null */
    public Signal {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(rule, "rule");
        values = List.copyOf(values);
    }

    /**
     * A signal of {@code code}, due on {@code due}, seen on {@code on}: information before the due
     * date, the code's severity from then on.
     *
     * @param args the message's values: numbers, enum constants, identifiers or periods only
     * @throws IllegalArgumentException if an argument may carry personal data
     */
    public static Signal of(FindingCode code, LocalDate on, LocalDate due, Optional<CaseId> caseId, Identifier subject,
                            String rule, Object... args) {
        Severity severity = on.isBefore(due) ? Severity.INFO : code.severity();
        return new Signal(code.code(), severity, due, caseId, subject, rule, Finding.values(args));
    }

    /**
     * A signal as a document holds it, with its subject as text: the subject's type follows from the code
     * ({@link MonitorCodes#subject}). For reading the signals of a care-conference agenda.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is not one of {@link MonitorCodes}
     * @throws nl.regiekit.casemodel.finding.ModelViolation if the subject is not an identifier
     */
    public static Signal read(String code, Severity severity, LocalDate due, Optional<CaseId> caseId, String subject,
                              String rule, List<String> values) {
        return new Signal(code, severity, due, caseId, MonitorCodes.subject(code, subject), rule, values);
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

    /** This signal at another severity, for an organisation's rule settings. */
    public Signal withSeverity(Severity other) {
        return new Signal(code, other, due, caseId, subject, rule, values);
    }

    /** Whether the due date lies after {@code date}. */
    public boolean upcomingOn(LocalDate date) {
        return due.isAfter(date);
    }
}
