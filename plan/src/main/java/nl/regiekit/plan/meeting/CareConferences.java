package nl.regiekit.plan.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Role;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.MonitorCodes;
import nl.regiekit.plan.monitor.MonitoredCase;
import nl.regiekit.plan.monitor.Signal;

/**
 * Builds the agenda of a care conference and its variants from the case and plan, and the
 * distribution list of its minutes limited by consent (method §10, §11). Immutable and thread-safe.
 */
public final class CareConferences {

    /** The age from which a member of the client system is invited (method §10: the adult client system). */
    private static final int ADULT = 18;
    /** Stands for any life domain when a consent covers all of them. */
    private static final LifeDomainCode ANY_DOMAIN = LifeDomainCode.of("any");

    private final Monitor monitor;

    /**
     * @param monitor the monitor whose signals the agenda lists
     * @throws NullPointerException if {@code monitor} is null
     */
    public CareConferences(Monitor monitor) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
    }

    /** With the method's defaults. */
    public static CareConferences defaults() {
        return new CareConferences(Monitor.defaults());
    }

    /**
     * The agenda of a meeting of {@code kind} on {@code date}: the case manager in the chair, the
     * organisations involved on that date, the adult members (parents, and others of eighteen or
     * older); the plan's open trajectories; its agreements broken or due by the date; the signals of
     * the case on the date; and a decision to take for each signal that asks one.
     *
     * @param watched the case, its plans and the meetings held, as the monitor reads them
     * @throws NullPointerException if an argument is null
     */
    public CareConferenceAgenda agenda(MonitoredCase watched, MeetingId id, ConferenceKind kind, LocalDate date,
                                       List<ConferenceReason> reasons) {
        Objects.requireNonNull(watched, "watched");
        Case subject = watched.subject();
        List<Responsible> participants = new ArrayList<>();
        subject.team().caseManager().ifPresent(p -> participants.add(Responsible.professional(p.id())));
        subject.organisations().stream().filter(o -> o.involvedOn(date))
            .forEach(o -> participants.add(Responsible.organisation(o.id())));
        subject.family().members().stream().filter(m -> isAdult(m, date))
            .forEach(m -> participants.add(Responsible.member(m.id())));
        List<Trajectory> progress = new ArrayList<>();
        List<Agreement> agreements = new ArrayList<>();
        for (HelpPlan plan : watched.plans()) {
            Optional<PlanContent> content = plan.versionOn(date).map(v -> v.content());
            content.ifPresent(c -> c.trajectories().stream().filter(t -> t.status().isOpen()).forEach(progress::add));
            content.ifPresent(c -> c.agreements().stream().filter(a -> dueOrBroken(a, date)).forEach(agreements::add));
        }
        List<Signal> signals = monitor.signals(watched, date);
        List<DecisionPoint> decisions = new ArrayList<>();
        // A signal given ahead of its due date (the monitor's early warning) is for information: a decision,
        // such as escalating an agreement not kept, is proposed only from the due date on.
        for (Signal signal : signals) {
            if (!signal.due().isAfter(date)) {
                topic(signal.code()).ifPresent(t -> decisions.add(new DecisionPoint(t, signal.subject().value(),
                    signal.code())));
            }
        }
        return new CareConferenceAgenda(id, subject.id(), kind, date, reasons, participants, progress, agreements,
            signals, decisions);
    }

    /**
     * The distribution list of minutes of a meeting of {@code subject} on {@code date}: every
     * organisation involved on that date with the members it may receive information about; an
     * organisation that may receive nothing is left off. The family itself always receives the minutes
     * and is not listed (method §10: minutes are distributed and discussed with the clients).
     *
     * @throws NullPointerException if an argument is null
     */
    public static List<Recipient> distribution(Case subject, LocalDate date) {
        List<Recipient> recipients = new ArrayList<>();
        for (InvolvedOrganisation organisation : subject.organisations()) {
            if (!organisation.involvedOn(date)) {
                continue;
            }
            List<PersonId> about = subject.family().members().stream().map(FamilyMember::id)
                .filter(m -> mayReceive(subject, organisation.id(), m, date)).toList();
            if (!about.isEmpty()) {
                recipients.add(new Recipient(organisation.id(), about));
            }
        }
        return List.copyOf(recipients);
    }

    /** Whether some consent (or other lawful basis) of {@code organisation} covers {@code member} on {@code date}. */
    static boolean mayReceive(Case subject, OrganisationId organisation, PersonId member, LocalDate date) {
        for (Consent consent : subject.consents()) {
            if (consent.organisation().equals(organisation)) {
                // A scope limited to some domains covers the member if it covers the first of them.
                List<LifeDomainCode> domains = consent.scope().domains();
                if (subject.mayExchange(organisation, member, domains.isEmpty() ? ANY_DOMAIN : domains.get(0), date)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isAdult(FamilyMember member, LocalDate date) {
        return member.role() == Role.PARENT || member.person().ageOn(date).filter(a -> a >= ADULT).isPresent();
    }

    private static boolean dueOrBroken(Agreement agreement, LocalDate date) {
        return agreement.status() == AgreementStatus.BROKEN
            || agreement.status() == AgreementStatus.OPEN && agreement.due().filter(d -> !d.isAfter(date)).isPresent();
    }

    private static Optional<DecisionTopic> topic(String code) {
        DecisionTopic topic = null;
        if (code.equals(MonitorCodes.AGREEMENT_OVERDUE.code())
            || code.equals(MonitorCodes.AGREEMENT_OCCURRENCE_MISSED.code())) {
            topic = DecisionTopic.ESCALATE_AGREEMENT;
        } else if (code.equals(MonitorCodes.TRAJECTORY_WAITING.code())) {
            topic = DecisionTopic.REVIEW_WAITING_TRAJECTORY;
        } else if (code.equals(MonitorCodes.INTENSIVE_PERIOD_OVER.code())
            || code.equals(MonitorCodes.INTENSIVE_HOURS_OVER.code())) {
            topic = DecisionTopic.REFER_TO_PERMANENT_HELP;
        } else if (code.equals(MonitorCodes.CARE_COORDINATION_OVER.code())) {
            topic = DecisionTopic.END_CARE_COORDINATION;
        } else if (code.equals(MonitorCodes.ORGANISATIONS_NOT_FALLING.code())) {
            topic = DecisionTopic.REDUCE_ORGANISATIONS;
        } else if (code.equals(MonitorCodes.CONSENT_EXPIRING.code())
            || code.equals(MonitorCodes.CONSENT_WITHDRAWN.code())) {
            topic = DecisionTopic.REVIEW_CONSENT;
        } else if (code.equals(MonitorCodes.PLAN_DUE.code()) || code.equals(MonitorCodes.INTERIM_EVALUATION_DUE.code())) {
            topic = DecisionTopic.PLAN_OR_EVALUATE;
        }
        return Optional.ofNullable(topic);
    }
}
