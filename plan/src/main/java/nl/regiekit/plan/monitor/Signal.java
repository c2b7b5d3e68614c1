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
import nl.regiekit.casemodel.finding.Severity;

/**
 * A monitoring signal (signaal): a {@link Finding} about the case as a whole ({@link #finding()}, pointer
 * {@code ""}) with the date by which it needs attention, the case and the policy rule behind it. A signal
 * whose due date lies ahead is {@link Severity#INFO}; once the date is reached it has its code's severity,
 * or the one the organisation's {@link nl.regiekit.casemodel.finding.RuleSettings} give it. Its message,
 * its values' safety and the rule settings are the finding's: {@link #message} is
 * {@code finding().message}, the values are made by {@link Finding#values}, and the monitor settles a
 * signal with {@code RuleSettings.apply(signal.finding())}. Like a finding it names identifiers and
 * numbers only, never personal data.
 *
 * <p>The finding's parts are components of this record, not one {@code Finding} component, because a
 * signal is also part of a document (a care-conference agenda) whose JSON contract is this record's
 * components: its schema, its strict binding and its quick constraint check are derived from them, and
 * the command line and the service write the same flat shape. Immutable and thread-safe.
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
        Finding finding = Finding.about(code, "", subject, args);
        return of(on.isBefore(due) ? finding.withSeverity(Severity.INFO) : finding, due, caseId, rule);
    }

    /**
     * The signal of {@code finding}, due on {@code due}.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the finding is about no identified object
     */
    public static Signal of(Finding finding, LocalDate due, Optional<CaseId> caseId, String rule) {
        Identifier subject = finding.subject().orElseThrow(() -> new IllegalArgumentException(
            "a signal is about an identified object: " + finding.code()));
        return new Signal(finding.code(), finding.severity(), due, caseId, subject, rule, finding.values());
    }

    /** This signal as a finding about the case as a whole: pointer {@code ""}, its subject, code, severity and values. */
    public Finding finding() {
        return new Finding(code, severity, "", Optional.of(subject), values);
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
     * The message in the language of {@code locale}: the {@linkplain #finding() finding}'s, from the bundles
     * ({@link nl.regiekit.casemodel.finding.FindingMessages}), Dutch where no bundle has the language.
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        return finding().message(locale);
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
