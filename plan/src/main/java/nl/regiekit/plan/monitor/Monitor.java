package nl.regiekit.plan.monitor;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.CriteriaSet;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.Outreach;
import nl.regiekit.casemodel.OutreachPolicy;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.PhaseChange;
import nl.regiekit.casemodel.CasePolicy;
import nl.regiekit.casemodel.Professional;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.ResponseClock;
import nl.regiekit.casemodel.Team;
import nl.regiekit.casemodel.finding.RuleSettings;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.PlanPolicy;
import nl.regiekit.plan.Recurrence;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryStatus;
import nl.regiekit.plan.meeting.MeetingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Monitoring (monitoring, method §4, §7, §10, §11): for a case, its plans and a date, the signals
 * that need attention: the plan due, the interim evaluation due, a partner meeting due in
 * coordination of care, the intensive period past its length or hours, coordination of care past its
 * length, agreements overdue or broken, occurrences of recurring tasks and agreements missed, trajectories waiting too long, consents expiring or withdrawn
 * while the organisation is still involved, the number of organisations not falling in
 * coordination of care, and, before there is contact with the family, contact overdue or attempts
 * stopped (from the {@link OutreachPolicy}), and, under a {@link CriteriaSet} with a clock (domestic
 * violence), contact, adequate help and the end of first help, each by its deadline in working days; across cases, a professional's caseload over policy. A signal is raised
 * {@link MonitorPolicy#notice()} before its due date as information. Every period comes from the
 * policy's sections ({@link CasePolicy}, {@link PlanPolicy}, {@link MeetingPolicy}, {@link MonitorPolicy}),
 * and each signal names the policy key behind it ({@link Signal#rule()}); the organisation's
 * {@link RuleSettings} switch signals off or give them another severity once due. The date is given,
 * never read from a clock. Never throws on case data. Immutable and thread-safe.
 */
public final class Monitor {

    private static final Logger LOG = LoggerFactory.getLogger(Monitor.class);

    private final CasePolicy rules;
    private final PlanPolicy plans;
    private final MeetingPolicy meetings;
    private final MonitorPolicy policy;
    private final RuleSettings settings;
    private final OutreachPolicy outreach;
    private final CriteriaSet criteria;

    private Monitor(Builder builder) {
        this.rules = builder.casePolicy;
        this.plans = builder.planPolicy;
        this.meetings = builder.meetingPolicy;
        this.policy = builder.monitorPolicy;
        this.settings = builder.ruleSettings;
        this.outreach = builder.outreachPolicy;
        this.criteria = builder.criteria;
    }

    /** A monitor with the method's defaults. */
    public static Monitor defaults() {
        return builder().build();
    }

    /** A builder, starting from the method's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The signals of one case on {@code on}, by due date, then code.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Signal> signals(Case subject, List<HelpPlan> plans, LocalDate on) {
        return signals(MonitoredCase.of(subject, plans), on);
    }

    /**
     * The signals of one case on {@code on}, by due date, then code.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Signal> signals(MonitoredCase watched, LocalDate on) {
        Objects.requireNonNull(watched, "watched");
        Objects.requireNonNull(on, "on");
        List<Signal> signals = new ArrayList<>();
        new OneCase(watched, on, signals).run();
        List<Signal> settled = settled(signals, on);
        LOG.debug("monitored case {} on {}: {} signals", watched.subject().id(), on, settled.size());
        return settled;
    }

    /**
     * The caseload signals across {@code cases} on {@code on}: a case manager or youth worker who took
     * on more families in the year up to {@code on} (counted by the date a case entered its
     * introduction) than the policy allows.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Signal> caseloads(Collection<Case> cases, LocalDate on) {
        Objects.requireNonNull(on, "on");
        LocalDate yearAgo = on.minusYears(1);
        Map<CaseloadRole, Map<ProfessionalId, Integer>> counts = new EnumMap<>(CaseloadRole.class);
        for (Case subject : cases) {
            Optional<LocalDate> started = firstEntered(subject, Phase.INTRODUCTION);
            if (started.isEmpty() || started.get().isAfter(on) || !started.get().isAfter(yearAgo)) {
                continue;
            }
            Team team = subject.team();
            count(counts, CaseloadRole.CASE_MANAGER, team.caseManager());
            count(counts, CaseloadRole.YOUTH_WORKER, team.youthWorker());
        }
        List<Signal> signals = new ArrayList<>();
        counts.forEach((role, perProfessional) -> {
            int limit = role == CaseloadRole.CASE_MANAGER ? rules.caseManagerCaseload() : rules.youthWorkerCaseload();
            String rule = role == CaseloadRole.CASE_MANAGER ? "caseManagement.caseManagerCaseload=" + limit
                : "caseManagement.youthWorkerCaseload=" + limit;
            perProfessional.forEach((professional, count) -> {
                if (count > limit) {
                    signals.add(Signal.of(MonitorCodes.CASELOAD_OVER, on, on, Optional.empty(), professional, rule,
                        role, professional, count, limit));
                }
            });
        });
        return settled(signals, on);
    }

    /**
     * The signals of every case and the caseload signals across them on {@code on}: the caseload
     * report of an organisation.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Signal> report(Collection<MonitoredCase> cases, LocalDate on) {
        List<Signal> signals = new ArrayList<>();
        List<Case> subjects = new ArrayList<>(cases.size());
        for (MonitoredCase watched : cases) {
            signals.addAll(signals(watched, on));
            subjects.add(watched.subject());
        }
        signals.addAll(caseloads(subjects, on));
        return List.copyOf(signals);
    }

    /**
     * The signals under the organisation's rule settings, by due date, then code: those switched off
     * left out, and those due by {@code on} at their setting's severity (a signal ahead of its date
     * stays information).
     */
    private List<Signal> settled(List<Signal> signals, LocalDate on) {
        List<Signal> settled = new ArrayList<>(signals.size());
        for (Signal signal : signals) {
            settings.apply(signal.finding()).ifPresent(f -> settled.add(signal.upcomingOn(on) ? signal
                : signal.withSeverity(f.severity())));
        }
        settled.sort(ORDER);
        return List.copyOf(settled);
    }

    private static final Comparator<Signal> ORDER = Comparator.comparing(Signal::due).thenComparing(Signal::code)
        .thenComparing(s -> s.subject().value());

    private static void count(Map<CaseloadRole, Map<ProfessionalId, Integer>> counts, CaseloadRole role,
                              Optional<Professional> professional) {
        professional.ifPresent(p -> counts.computeIfAbsent(role, r -> new LinkedHashMap<>())
            .merge(p.id(), 1, Integer::sum));
    }

    private static Optional<LocalDate> firstEntered(Case subject, Phase phase) {
        return subject.phases().stream().filter(c -> c.phase() == phase).map(PhaseChange::since).findFirst();
    }

    /** The signals of one case on one date. */
    private final class OneCase {
        private final MonitoredCase watched;
        private final Case subject;
        private final LocalDate on;
        private final List<Signal> signals;
        private final Optional<CaseId> caseId;

        OneCase(MonitoredCase watched, LocalDate on, List<Signal> signals) {
            this.watched = watched;
            this.subject = watched.subject();
            this.on = on;
            this.signals = signals;
            this.caseId = Optional.of(subject.id());
        }

        void run() {
            Optional<Phase> phase = subject.phaseOn(on);
            criteria.clock().ifPresent(clock -> clock(clock, phase));
            if (phase.isEmpty()) {
                return;
            }
            if (phase.get() == Phase.INTRODUCTION || phase.get() == Phase.CONTACT_AND_MOTIVATION) {
                contact();
            }
            if (phase.get().isIntensive()) {
                planDue();
                intensive();
            } else {
                careCoordination();
            }
            for (HelpPlan plan : watched.plans()) {
                if (!plan.first().date().isAfter(on)) {
                    plan(plan, phase.get().isIntensive());
                }
            }
            consents();
        }

        /** A signal if {@code on} is within the notice before {@code due} or later. */
        private void due(LocalDate due, Period notice, Function<LocalDate, Signal> signal) {
            if (!on.isBefore(due.minus(notice))) {
                signals.add(signal.apply(due));
            }
        }

        /**
         * Method §1, §4 phase 1: while no attempt has reached the family, contact is due a policy period
         * after the introduction began, and the next attempt a policy interval after the last. Read only
         * for a case that records its outreach.
         */
        private void contact() {
            Optional<LocalDate> start = firstEntered(subject, Phase.INTRODUCTION);
            Optional<Outreach> recorded = subject.outreach();
            if (start.isEmpty() || recorded.isEmpty() || recorded.get().firstContactOn(on).isPresent()) {
                return;
            }
            Period within = outreach.contactWithin();
            long attempts = recorded.get().attempts().stream().filter(a -> !a.date().isAfter(on)).count();
            due(start.get().plus(within), policy.notice(), d -> Signal.of(MonitorCodes.NO_CONTACT, on, d, caseId,
                subject.id(), "outreach.contactWithin=" + within, subject.id(), within, attempts));
            Period interval = outreach.attemptInterval();
            LocalDate last = recorded.get().lastAttemptOn(on).map(ContactAttempt::date).orElse(start.get());
            due(last.plus(interval), Period.ZERO, d -> Signal.of(MonitorCodes.CONTACT_ATTEMPTS_STOPPED, on, d,
                caseId, subject.id(), "outreach.attemptInterval=" + interval, subject.id(), interval));
        }

        /**
         * Method §3, domestic violence: from the report (the referral date), contact within the clock's
         * working days, adequate help (practical help on the spot or a plan) within its working days, and
         * first help by the case manager at most its period after the introduction began. Nothing is due
         * for a declined referral or a case past the intensive period.
         */
        private void clock(ResponseClock clock, Optional<Phase> phase) {
            boolean declined = subject.decision().filter(IntakeDecision.Declined.class::isInstance).isPresent();
            if (declined || subject.referral().date().isAfter(on) || phase.filter(p -> !p.isIntensive()).isPresent()) {
                return;
            }
            LocalDate report = subject.referral().date();
            Outreach recorded = subject.outreachOrNone();
            String rule = "criteria." + criteria.id() + ".clock";
            if (recorded.firstContactOn(on).isEmpty()) {
                int days = clock.contactWorkingDays();
                LocalDate due = clock.plusWorkingDays(report, days);
                due(due, Period.ZERO, d -> Signal.of(MonitorCodes.VIOLENCE_CONTACT_DUE, on, d, caseId, subject.id(),
                    rule + ".contactWorkingDays=" + days, subject.id(), days));
            }
            boolean helped = recorded.practicalHelp().stream().anyMatch(h -> !h.date().isAfter(on))
                || watched.plans().stream().anyMatch(p -> !p.first().date().isAfter(on));
            if (!helped) {
                int days = clock.helpWorkingDays();
                LocalDate due = clock.plusWorkingDays(report, days);
                due(due, Period.ZERO, d -> Signal.of(MonitorCodes.VIOLENCE_HELP_DUE, on, d, caseId, subject.id(),
                    rule + ".helpWorkingDays=" + days, subject.id(), days));
            }
            Optional<LocalDate> start = firstEntered(subject, Phase.INTRODUCTION).filter(d -> !d.isAfter(on));
            if (start.isPresent() && phase.filter(p -> p.isIntensive() && p != Phase.CLOSING_AND_EVALUATION).isPresent()) {
                Period max = clock.firstHelpMax();
                due(start.get().plus(max), policy.notice(), d -> Signal.of(MonitorCodes.VIOLENCE_FIRST_HELP_OVER, on,
                    d, caseId, subject.id(), rule + ".firstHelpMax=" + max, subject.id(), max));
            }
        }

        private void planDue() {
            Optional<LocalDate> contact = lastEntered(Phase.CONTACT_AND_MOTIVATION);
            boolean planned = watched.plans().stream().anyMatch(p -> !p.first().date().isAfter(on));
            if (contact.isEmpty() || planned) {
                return;
            }
            Period period = plans.planDue();
            LocalDate due = contact.get().plus(period);
            due(due, policy.notice(), d -> Signal.of(MonitorCodes.PLAN_DUE, on, d, caseId, subject.id(),
                "plan.planDue=" + period, subject.id(), period));
        }

        private void intensive() {
            boolean coordinatedBefore = subject.phases().stream()
                .anyMatch(c -> c.phase() == Phase.CARE_COORDINATION && !c.since().isAfter(on));
            Optional<LocalDate> start = firstEntered(subject, Phase.INTRODUCTION);
            if (coordinatedBefore || start.isEmpty()) {
                return;
            }
            Period max = rules.intensivePeriodMax();
            due(start.get().plus(max), policy.notice(), d -> Signal.of(MonitorCodes.INTENSIVE_PERIOD_OVER, on, d,
                caseId, subject.id(), "caseManagement.intensivePeriodMax=" + max, subject.id(), max));
            int budget = rules.intensiveHours();
            watched.hoursSpent().filter(h -> h > budget).ifPresent(h -> signals.add(Signal.of(
                MonitorCodes.INTENSIVE_HOURS_OVER, on, on, caseId, subject.id(), "caseManagement.intensiveHours=" + budget,
                subject.id(), h, budget)));
        }

        private void careCoordination() {
            LocalDate since = lastEntered(Phase.CARE_COORDINATION).orElseThrow();
            Period max = rules.careCoordinationMax();
            due(since.plus(max), policy.notice(), d -> Signal.of(MonitorCodes.CARE_COORDINATION_OVER, on, d, caseId,
                subject.id(), "caseManagement.careCoordinationMax=" + max, subject.id(), max));
            LocalDate last = since;
            for (LocalDate meeting : watched.partnerMeetings()) {
                if (meeting.isAfter(last) && !meeting.isAfter(on)) {
                    last = meeting;
                }
            }
            Period interval = meetings.partnerMeetingInterval();
            due(last.plus(interval), policy.notice(), d -> Signal.of(MonitorCodes.PARTNER_MEETING_DUE, on, d, caseId,
                subject.id(), "meetings.partnerMeetingInterval=" + interval, subject.id(), interval));
            Period review = policy.organisationReview();
            LocalDate reviewStart = on.minus(review);
            if (reviewStart.isBefore(since)) {
                return;
            }
            long then = subject.organisations().stream().filter(o -> o.involvedOn(reviewStart)).count();
            long now = subject.organisations().stream().filter(o -> o.involvedOn(on)).count();
            if (now > 0 && now >= then) {
                signals.add(Signal.of(MonitorCodes.ORGANISATIONS_NOT_FALLING, on, on, caseId, subject.id(),
                    "monitoring.organisationReview=" + review, subject.id(), now, then, review));
            }
        }

        /** The plan's signals; the interim evaluation belongs to the intensive period. */
        private void plan(HelpPlan plan, boolean intensive) {
            boolean interimHeld = plan.interimEvaluations().stream().map(Evaluation::date).anyMatch(d -> !d.isAfter(on));
            boolean ended = plan.finalEvaluation().filter(f -> !f.date().isAfter(on)).isPresent();
            if (intensive && !interimHeld && !ended) {
                Period after = plans.interimEvaluationAfter();
                due(plan.first().date().plus(after), policy.notice(), d -> Signal.of(
                    MonitorCodes.INTERIM_EVALUATION_DUE, on, d, caseId, plan.id(),
                    "plan.interimEvaluationAfter=" + after, plan.id(), after));
            }
            if (ended) {
                return;
            }
            PlanContent content = plan.versionOn(on).orElseThrow().content();
            for (Agreement agreement : content.agreements()) {
                agreement(agreement);
                if (agreement.status() == AgreementStatus.OPEN) {
                    agreement.recurs().ifPresent(r -> missed(r, (latest, count) -> Signal.of(
                        MonitorCodes.AGREEMENT_OCCURRENCE_MISSED, on, latest, caseId, agreement.id(),
                        "monitoring.occurrenceGrace=" + policy.occurrenceGrace(), agreement.id(), count,
                        policy.occurrenceGrace())));
                }
            }
            for (int i = 0; i < content.roles().size(); i++) {
                int number = i + 1;
                content.roles().get(i).recurs().ifPresent(r -> missed(r, (latest, count) -> Signal.of(
                    MonitorCodes.TASK_OCCURRENCE_MISSED, on, latest, caseId, plan.id(),
                    "monitoring.occurrenceGrace=" + policy.occurrenceGrace(), plan.id(), number, count,
                    policy.occurrenceGrace())));
            }
            Period wait = plans.trajectoryWaitMax();
            for (Trajectory trajectory : content.trajectories()) {
                if (trajectory.status() == TrajectoryStatus.WAITING) {
                    LocalDate since = trajectory.waitingSince().orElseThrow();
                    due(since.plus(wait), policy.notice(), d -> Signal.of(MonitorCodes.TRAJECTORY_WAITING, on, d,
                        caseId, trajectory.id(), "plan.trajectoryWaitMax=" + wait, trajectory.id(), wait));
                }
            }
        }

        private void agreement(Agreement agreement) {
            if (agreement.status() == AgreementStatus.KEPT) {
                return;
            }
            if (agreement.status() == AgreementStatus.BROKEN) {
                LocalDate due = agreement.due().orElse(agreement.made());
                signals.add(Signal.of(MonitorCodes.AGREEMENT_OVERDUE, on, due.isAfter(on) ? on : due, caseId,
                    agreement.id(), "method §7: escalate", agreement.id(), agreement.status()));
                return;
            }
            agreement.due().ifPresent(due -> due(due, policy.notice(), d -> Signal.of(
                MonitorCodes.AGREEMENT_OVERDUE, on, d, caseId, agreement.id(), "method §7: escalate",
                agreement.id(), agreement.status())));
        }

        /**
         * Method §7, agreements are monitored: one signal per recurring task or agreement whose occurrences
         * since the last one kept were not recorded as kept, due the latest of them plus the policy's grace
         * period once that has passed, with how many were missed in a row. Once an occurrence is kept again,
         * the earlier ones are history: the rhythm was restored.
         */
        private void missed(Recurrence recurrence, BiFunction<LocalDate, Integer, Signal> signal) {
            Period grace = policy.occurrenceGrace();
            Optional<LocalDate> lastKept = recurrence.kept().stream().filter(d -> !d.isAfter(on))
                .max(Comparator.naturalOrder());
            List<LocalDate> missed = recurrence.occurrencesUntil(on).stream()
                .filter(d -> lastKept.filter(k -> !d.isAfter(k)).isEmpty() && !on.isBefore(d.plus(grace))).toList();
            if (!missed.isEmpty()) {
                signals.add(signal.apply(missed.get(missed.size() - 1).plus(grace), missed.size()));
            }
        }

        private void consents() {
            for (Consent consent : subject.consents()) {
                if (consent.basis() != LawfulBasis.CONSENT) {
                    continue;
                }
                boolean involved = subject.organisation(consent.organisation())
                    .filter(o -> o.involvedOn(on)).isPresent();
                Optional<ConsentStatus> status = consent.statusOn(on);
                if (status.filter(s -> s == ConsentStatus.WITHDRAWN).isPresent()) {
                    LocalDate since = lastChange(consent);
                    boolean flowsAfter = subject.exchanges().stream().anyMatch(e -> e.organisation()
                        .equals(consent.organisation()) && !e.date().isBefore(since) && !e.date().isAfter(on));
                    if (involved || flowsAfter) {
                        signals.add(Signal.of(MonitorCodes.CONSENT_WITHDRAWN, on, since, caseId, consent.id(),
                            "method §11", consent.id(), consent.organisation(), status.get()));
                    }
                    continue;
                }
                if (status.filter(s -> s == ConsentStatus.GRANTED).isPresent() && involved && consent.expires().isPresent()) {
                    due(consent.expires().get(), policy.consentNotice(), d -> Signal.of(MonitorCodes.CONSENT_EXPIRING,
                        on, d, caseId, consent.id(), "monitoring.consentNotice=" + policy.consentNotice(),
                        consent.id(), consent.organisation()));
                }
            }
        }

        private LocalDate lastChange(Consent consent) {
            LocalDate last = consent.changes().get(0).date();
            for (ConsentChange change : consent.changes()) {
                if (!change.date().isAfter(on)) {
                    last = change.date();
                }
            }
            return last;
        }

        /** The date the case last entered {@code phase} on or before {@link #on}. */
        private Optional<LocalDate> lastEntered(Phase phase) {
            LocalDate date = null;
            for (PhaseChange change : subject.phases()) {
                if (change.phase() == phase && !change.since().isAfter(on)) {
                    date = change.since();
                }
            }
            return Optional.ofNullable(date);
        }
    }

    /** Builds a {@link Monitor}; every section starts at the method's defaults. Not thread-safe. */
    public static final class Builder {
        private CasePolicy casePolicy = CasePolicy.DEFAULTS;
        private PlanPolicy planPolicy = PlanPolicy.DEFAULTS;
        private MeetingPolicy meetingPolicy = MeetingPolicy.DEFAULTS;
        private MonitorPolicy monitorPolicy = MonitorPolicy.DEFAULTS;
        private RuleSettings ruleSettings = RuleSettings.DEFAULTS;
        private OutreachPolicy outreachPolicy = OutreachPolicy.DEFAULTS;
        private CriteriaSet criteria = CriteriaSet.REGIONAL;

        private Builder() {
        }

        /** The case section: the intensive period, coordination of care and the caseloads. */
        public Builder casePolicy(CasePolicy value) {
            this.casePolicy = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The plan section: the plan due, the interim evaluation and the waiting time of a trajectory. */
        public Builder planPolicy(PlanPolicy value) {
            this.planPolicy = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The meetings section: the interval between partner meetings. */
        public Builder meetingPolicy(MeetingPolicy value) {
            this.meetingPolicy = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The monitoring section: the notice periods and the review of the organisations involved. */
        public Builder monitorPolicy(MonitorPolicy value) {
            this.monitorPolicy = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The outreach section: how soon contact must be made, how often attempts follow (method §1, §4). */
        public Builder outreachPolicy(OutreachPolicy value) {
            this.outreachPolicy = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The admission criteria the organisation works with; when the set has a clock (domestic violence,
         * method §3), each of its deadlines is signalled. Default {@link CriteriaSet#REGIONAL}.
         */
        public Builder criteria(CriteriaSet value) {
            this.criteria = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The signals switched off or given another severity. */
        public Builder ruleSettings(RuleSettings value) {
            this.ruleSettings = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The monitor. */
        public Monitor build() {
            return new Monitor(this);
        }
    }
}
