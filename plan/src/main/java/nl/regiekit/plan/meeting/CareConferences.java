package nl.regiekit.plan.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.SafetyMeasure;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.monitor.Monitor;
import nl.regiekit.plan.monitor.MonitorCodes;
import nl.regiekit.plan.monitor.MonitoredCase;
import nl.regiekit.plan.monitor.Signal;

/**
 * Builds the agenda of a care conference and its variants from the case and plan, and the
 * distribution list of its minutes, limited by consent and safety (method §10, §11): each point of the
 * agenda names the organisations that may hear it, an organisation that may hear nothing about the
 * family is neither invited nor sent the minutes, and a member a safety restriction keeps out is not
 * invited or not sent them. Consents are judged under the organisation's {@link ConsentPolicy}, on
 * each domain of the case's catalogue. Immutable and thread-safe.
 */
public final class CareConferences {

    private final Monitor monitor;
    private final ConsentPolicy consent;
    private final LifeDomainCatalogs catalogs;

    /**
     * @param monitor the monitor whose signals the agenda lists
     * @param consent who may consent for whom, and the age from which a member is an adult and invited
     * @param catalogs the life-domain catalogues a case may use
     * @throws NullPointerException if an argument is null
     */
    public CareConferences(Monitor monitor, ConsentPolicy consent, LifeDomainCatalogs catalogs) {
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
    }

    /** With the method's defaults and the built-in catalogues. */
    public static CareConferences defaults() {
        return new CareConferences(Monitor.defaults(), ConsentPolicy.DEFAULTS, LifeDomainCatalogs.builtIn());
    }

    /**
     * The agenda of a meeting of {@code kind} on {@code date}: the case manager in the chair, the
     * organisations involved on that date that may hear about some member of the family, the adult
     * members (parents, and others of the policy's adult age, {@link ConsentPolicy#adultFrom()}) except
     * those a safety restriction keeps from being invited; the plan's open trajectories; its agreements
     * broken or due by the date; the signals of the case on the date; and a decision to take for each
     * signal that asks one from its due date on. Each point names the organisations that may hear it
     * ({@link AgendaPoint}).
     *
     * @param watched the case, its plans and the meetings held, as the monitor reads them
     * @throws NullPointerException if an argument is null
     */
    public CareConferenceAgenda agenda(MonitoredCase watched, MeetingId id, ConferenceKind kind, LocalDate date,
                                       List<ConferenceReason> reasons) {
        Objects.requireNonNull(watched, "watched");
        Case subject = watched.subject();
        Hearing hearing = new Hearing(subject, date, consent, catalogs);
        List<Responsible> participants = new ArrayList<>();
        subject.team().caseManager().ifPresent(p -> participants.add(Responsible.professional(p.id())));
        hearing.involved().stream().filter(o -> !hearing.named(o).isEmpty())
            .forEach(o -> participants.add(Responsible.organisation(o)));
        subject.family().members().stream()
            .filter(m -> hearing.isAdult(m) && !hearing.restricted(m.id(), SafetyMeasure.NOT_INVITED))
            .forEach(m -> participants.add(Responsible.member(m.id())));
        Map<TrajectoryId, List<OrganisationId>> heard = new HashMap<>();
        List<Agreement> made = new ArrayList<>();
        List<AgendaPoint<Trajectory>> progress = new ArrayList<>();
        List<AgendaPoint<Agreement>> agreements = new ArrayList<>();
        List<OrganisationId> anyone = hearing.audience(hearing.everyone(), hearing.everyDomain());
        for (HelpPlan plan : watched.plans()) {
            Optional<PlanContent> content = plan.versionOn(date).map(v -> v.content());
            content.ifPresent(c -> c.trajectories().forEach(t -> heard.put(t.id(), audience(t, c, hearing))));
            content.ifPresent(c -> made.addAll(c.agreements()));
            content.ifPresent(c -> c.trajectories().stream().filter(t -> t.status().isOpen())
                .forEach(t -> progress.add(new AgendaPoint<>(t, heard.get(t.id())))));
            content.ifPresent(c -> c.agreements().stream().filter(a -> dueOrBroken(a, date))
                .forEach(a -> agreements.add(new AgendaPoint<>(a, hearing.audience(a)))));
        }
        List<AgendaPoint<Signal>> signals = new ArrayList<>();
        List<DecisionPoint> decisions = new ArrayList<>();
        for (Signal signal : monitor.signals(watched, date)) {
            List<OrganisationId> audience = Optional.ofNullable(heard.get(signal.subject()))
                .or(() -> made.stream().filter(a -> a.id().equals(signal.subject())).findFirst().map(hearing::audience))
                .orElse(anyone);
            signals.add(new AgendaPoint<>(signal, audience));
            // A signal given ahead of its due date (the monitor's early warning) is for information: a decision,
            // such as escalating an agreement not kept, is proposed only from the due date on.
            if (!signal.due().isAfter(date)) {
                topic(signal.code()).ifPresent(t -> decisions.add(new DecisionPoint(t, signal.subject().value(),
                    signal.code(), audience)));
            }
        }
        return new CareConferenceAgenda(id, subject.id(), kind, date, reasons, participants, progress, agreements,
            signals, decisions);
    }

    /**
     * {@code agenda}, of a meeting about {@code subject}, as {@code organisation} hears it (method §11): the
     * progress, agreements, signals and decisions whose audience holds it, and of the participants the case
     * manager, the organisations and the members it may name on the agenda's date; nothing of the points it
     * leaves the table for, nor of the members it may not hear about. An organisation that may hear nothing
     * keeps an agenda without points.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code agenda} is not of {@code subject}'s case
     */
    public CareConferenceAgenda heardBy(CareConferenceAgenda agenda, Case subject, OrganisationId organisation) {
        Objects.requireNonNull(organisation, "organisation");
        if (!agenda.caseId().equals(subject.id())) {
            throw new IllegalArgumentException("the agenda is of case " + agenda.caseId() + ", not of " + subject.id());
        }
        return agenda.heardBy(organisation, new Hearing(subject, agenda.date(), consent, catalogs).named(organisation));
    }

    /**
     * The distribution list of minutes of a meeting of {@code subject} on {@code date}: every
     * organisation involved on that date with the members it may receive information about on some
     * domain of the case's catalogue; an organisation that may receive nothing is left off. The family's
     * members who receive the minutes are {@link #informed(Case, LocalDate)}.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Recipient> distribution(Case subject, LocalDate date) {
        Hearing hearing = new Hearing(subject, date, consent, catalogs);
        List<Recipient> recipients = new ArrayList<>();
        for (OrganisationId organisation : hearing.involved()) {
            List<PersonId> about = hearing.named(organisation);
            if (!about.isEmpty()) {
                recipients.add(new Recipient(organisation, about));
            }
        }
        return List.copyOf(recipients);
    }

    /**
     * The members of {@code subject}'s family who receive the minutes of a meeting on {@code date}
     * (method §10: minutes are distributed and discussed with the clients): the adult client system,
     * except a member a safety restriction keeps from being informed, in the family's order.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<PersonId> informed(Case subject, LocalDate date) {
        Hearing hearing = new Hearing(subject, date, consent, catalogs);
        return subject.family().members().stream()
            .filter(m -> hearing.isAdult(m) && !hearing.restricted(m.id(), SafetyMeasure.NOT_INFORMED))
            .map(FamilyMember::id).toList();
    }

    /**
     * The organisations involved in {@code subject} on {@code date} that may hear {@code agreement}
     * made or discussed at a meeting on that date, in the case's order: what an agreement concerns is
     * read from who keeps it ({@link AgendaPoint}). For minutes being recorded: an organisation not in it
     * leaves the table while the agreement is made ({@link MeetingCodes#POINT_WITHOUT_CONSENT}).
     *
     * @throws NullPointerException if an argument is null
     */
    public List<OrganisationId> audience(Case subject, Agreement agreement, LocalDate date) {
        return new Hearing(subject, date, consent, catalogs).audience(Objects.requireNonNull(agreement, "agreement"));
    }

    /**
     * The organisations that may hear about {@code trajectory}: its member on its domain, and each goal of
     * {@code content} it works on, its members (the whole family for a goal of the system) on its domains,
     * since a goal's identifier and what it says come with the trajectory.
     */
    private static List<OrganisationId> audience(Trajectory trajectory, PlanContent content, Hearing hearing) {
        List<OrganisationId> audience = new ArrayList<>(hearing.audience(List.of(trajectory.member()),
            List.of(trajectory.domain())));
        for (GoalId id : trajectory.goals()) {
            content.goal(id).ifPresent(goal -> audience.retainAll(hearing.audience(
                goal.isForSystem() ? hearing.everyone() : goal.members(), goal.domains())));
        }
        return audience;
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
