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
 * A monitoring signal (signaal): a {@link Finding} about the case as a whole (pointer {@code ""}) with the
 * date by which it needs attention, the case and the policy rule behind it. A signal whose due date lies
 * ahead is {@link Severity#INFO}; once the date is reached it has its code's severity, or the one the
 * organisation's {@link nl.regiekit.casemodel.finding.RuleSettings} give it. Its code, severity, subject,
 * values and message are its finding's: the monitor settles a signal with
 * {@code RuleSettings.apply(signal.finding())}. Like a finding it names identifiers and numbers only, never
 * personal data.
 *
 * <p>In a document (a care-conference agenda) a signal is one object with the finding's parts beside its
 * own: {@code code}, {@code severity}, {@code due}, {@code caseId}, {@code subject}, {@code rule} and
 * {@code values}; its subject's type follows from its code ({@link #read}). Immutable and thread-safe.
 *
 * @param finding what the signal says: its code (one of {@link MonitorCodes}), its severity on the date the
 *     monitor ran, the identifier of what it is about (case, plan, agreement, trajectory, consent,
 *     professional; typed, so that a limited view filters signals by the type and value of what they are
 *     about, never by text) and its message's values; pointer {@code ""}; never null
 * @param due the date by which it needs attention; never null
 * @param caseId the case, absent for a signal about a professional's caseload; never null
 * @param rule the policy rule behind it, as a key of the policy document and its value, such
 *     as {@code plan.planDue=P4M}, or the section of the method; never null
 */
public record Signal(Finding finding, LocalDate due, Optional<CaseId> caseId, String rule) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the finding is about a part of a document (its pointer is not
     *     {@code ""}) or about no identified object
     */
    public Signal {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(rule, "rule");
        if (!finding.pointer().isEmpty()) {
            throw new IllegalArgumentException("a signal is about the case as a whole, pointer \"\": " + finding.code());
        }
        if (finding.subject().isEmpty()) {
            throw new IllegalArgumentException("a signal is about an identified object: " + finding.code());
        }
    }

    /**
     * A signal of {@code code}, due on {@code due}, seen on {@code on}: information before the due
     * date, the code's severity from then on.
     *
     * @param args the message's values: numbers, enum constants, identifiers or periods only
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an argument may carry personal data
     */
    public static Signal of(FindingCode code, LocalDate on, LocalDate due, Optional<CaseId> caseId, Identifier subject,
                            String rule, Object... args) {
        Finding finding = Finding.about(code, "", subject, args);
        return new Signal(on.isBefore(due) ? finding.withSeverity(Severity.INFO) : finding, due, caseId, rule);
    }

    /**
     * A signal as a document holds it, with its finding's parts beside its own and its subject as text: the
     * subject's type follows from the code ({@link MonitorCodes#subject}). For reading the signals of a
     * care-conference agenda.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the code is not one of {@link MonitorCodes}
     * @throws nl.regiekit.casemodel.finding.ModelViolation if the subject is not an identifier
     */
    public static Signal read(String code, Severity severity, LocalDate due, Optional<CaseId> caseId, String subject,
                              String rule, List<String> values) {
        Finding finding = new Finding(code, severity, "", Optional.of(MonitorCodes.subject(code, subject)), values);
        return new Signal(finding, due, caseId, rule);
    }

    /** The finding's stable code. */
    public String code() {
        return finding.code();
    }

    /** The finding's severity. */
    public Severity severity() {
        return finding.severity();
    }

    /** The identifier of what the signal is about, typed. */
    public Identifier subject() {
        return finding.subject().orElseThrow();
    }

    /** The values of the finding's message. */
    public List<String> values() {
        return finding.values();
    }

    /**
     * The message in the language of {@code locale}: the {@linkplain #finding() finding}'s, from the bundles
     * ({@link nl.regiekit.casemodel.finding.FindingMessages}), Dutch where no bundle has the language.
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        return finding.message(locale);
    }

    /** This signal at another severity, for an organisation's rule settings. */
    public Signal withSeverity(Severity other) {
        return new Signal(finding.withSeverity(other), due, caseId, rule);
    }

    /** Whether the due date lies after {@code date}. */
    public boolean upcomingOn(LocalDate date) {
        return due.isAfter(date);
    }
}
