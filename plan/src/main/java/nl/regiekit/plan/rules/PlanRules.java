package nl.regiekit.plan.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.CasePolicy;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.rules.CaseCodes;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementPart;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.EndTerm;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.GoalScore;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.PlanPolicy;
import nl.regiekit.plan.PlanVersion;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.SmartPart;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryStatus;
import nl.regiekit.plan.YouthPlan;
import nl.regiekit.plan.YouthPlanDomain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The method's rules for a help plan, the way an experienced team leader reads one. The content
 * rules read the current version; earlier versions are history. {@link #check(HelpPlan)} runs the
 * rules a plan can be judged by alone; {@link #check(HelpPlan, Case)} adds those that need the
 * case (members, organisations, consents, phases, catalogue); {@link #check(Case, List)} checks a
 * case file's plans and reports a plan that is missing. Rules never throw on plan data. Every
 * period and threshold comes from the {@link PlanPolicy} and the {@link CasePolicy} (the ages of
 * young people); "today" comes from the clock.
 * Immutable and thread-safe.
 */
public final class PlanRules {

    private static final Logger LOG = LoggerFactory.getLogger(PlanRules.class);

    private final CasePolicy casePolicy;
    private final PlanPolicy policy;
    private final ConsentPolicy consentPolicy;
    private final LifeDomainCatalogs catalogs;
    private final Clock clock;

    /**
     * @param casePolicy the case section of the organisation's policy: the ages of young people
     * @param policy the plan section of the organisation's policy
     * @param consentPolicy the consent section: who may consent for whom, by age (method §11)
     * @param catalogs the life-domain catalogues a case may use
     * @param clock the clock that gives "today" for due dates and waiting times
     * @throws NullPointerException if an argument is null
     */
    public PlanRules(CasePolicy casePolicy, PlanPolicy policy, ConsentPolicy consentPolicy, LifeDomainCatalogs catalogs,
                     Clock clock) {
        this.casePolicy = Objects.requireNonNull(casePolicy, "casePolicy");
        this.consentPolicy = Objects.requireNonNull(consentPolicy, "consentPolicy");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Rules with the default policy and the built-in catalogues. */
    public static PlanRules defaults(Clock clock) {
        return new PlanRules(CasePolicy.DEFAULTS, PlanPolicy.DEFAULTS, ConsentPolicy.DEFAULTS, LifeDomainCatalogs.builtIn(),
            clock);
    }

    /**
     * The findings for {@code plan} judged alone, with pointers relative to the plan.
     *
     * @throws NullPointerException if {@code plan} is null
     */
    public List<Finding> check(HelpPlan plan) {
        Objects.requireNonNull(plan, "plan");
        LocalDate today = LocalDate.now(clock);
        List<Finding> findings = new ArrayList<>();
        PlanVersion current = plan.current();
        String base = Pointer.of("versions", current.number() - 1, "content");
        PlanContent content = current.content();
        goals(content, base, findings);
        domains(content, base, findings);
        overlapAndGaps(content, base, findings);
        agreements(content, base, today, findings);
        waiting(content, base, today, findings);
        youthPlans(plan, findings);
        evaluations(plan, today, findings);
        return List.copyOf(findings);
    }

    /**
     * The findings for {@code plan} in the context of its case, with pointers relative to the plan.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(HelpPlan plan, Case subject) {
        Objects.requireNonNull(subject, "subject");
        List<Finding> findings = new ArrayList<>(check(plan));
        if (!plan.caseId().equals(subject.id())) {
            findings.add(Finding.about(PlanCodes.CASE_MISMATCH,
                "/caseId", plan.id(), plan.caseId(), subject.id()));
            return List.copyOf(findings);
        }
        new InCase(plan, subject, findings).check();
        return List.copyOf(findings);
    }

    /**
     * The findings for the plans of a case file, with pointers relative to the case file
     * ({@code /plans/0/...}); a case past the period for its plan without one is reported at {@code /plans}.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(Case subject, List<HelpPlan> plans) {
        Objects.requireNonNull(subject, "subject");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            String prefix = Pointer.of("plans", i);
            check(plans.get(i), subject).forEach(f -> findings.add(f.under(prefix)));
        }
        Optional<LocalDate> contact = subject.enteredOn(Phase.CONTACT_AND_MOTIVATION);
        LocalDate today = LocalDate.now(clock);
        if (plans.isEmpty() && contact.isPresent() && today.isAfter(contact.get().plus(policy.planDue()))) {
            findings.add(Finding.about(PlanCodes.NOT_READY_IN_TIME, "/plans", subject.id(),
                ChronoUnit.DAYS.between(contact.get(), today), policy.planDue()));
        }
        LOG.debug("checked {} plans of case {}: {} findings", plans.size(), subject.id(), findings.size());
        return List.copyOf(findings);
    }

    private static void goals(PlanContent content, String base, List<Finding> findings) {
        List<Goal> goals = content.goals();
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            for (SmartPart part : goal.smart().missing()) {
                findings.add(Finding.about(PlanCodes.GOAL_NOT_SMART, Pointer.append(base, "goals", i, "smart"),
                    goal.id(), goal.id(), part));
            }
        }
        if (!goals.isEmpty() && goals.stream().noneMatch(g -> g.source().isFamily())) {
            findings.add(Finding.of(PlanCodes.GOALS_ONLY_PROFESSIONAL, Pointer.append(base, "goals"), goals.size()));
        }
    }

    private static void domains(PlanContent content, String base, List<Finding> findings) {
        Set<LifeDomainCode> addressed = new HashSet<>();
        content.goals().forEach(g -> addressed.addAll(g.domains()));
        content.trajectories().forEach(t -> addressed.add(t.domain()));
        List<DomainSituation> situation = content.situation();
        for (int i = 0; i < situation.size(); i++) {
            DomainSituation s = situation.get(i);
            boolean reasoned = s.reasonNoAction().filter(r -> !r.isBlank()).isPresent();
            if (s.problem() && !reasoned && !addressed.contains(s.domain())) {
                findings.add(Finding.about(PlanCodes.DOMAIN_PROBLEM_UNADDRESSED,
                    Pointer.append(base, "situation", i), s.domain(), s.domain()));
            }
        }
    }

    private static void overlapAndGaps(PlanContent content, String base, List<Finding> findings) {
        // Overlap: a second provider with an open trajectory on the same member and domain.
        Map<MemberDomain, OrganisationId> providers = new HashMap<>();
        Set<GoalId> served = new HashSet<>();
        Set<MemberDomain> covered = new HashSet<>();
        List<Trajectory> trajectories = content.trajectories();
        for (int i = 0; i < trajectories.size(); i++) {
            Trajectory t = trajectories.get(i);
            if (!t.status().isOpen()) {
                continue;
            }
            served.addAll(t.goals());
            MemberDomain key = new MemberDomain(t.member(), t.domain());
            covered.add(key);
            OrganisationId first = providers.putIfAbsent(key, t.provider());
            if (first != null && !first.equals(t.provider())) {
                findings.add(Finding.about(PlanCodes.PROVIDER_OVERLAP, Pointer.append(base, "trajectories", i),
                    t.id(), t.member(), t.domain(), first, t.provider()));
            }
        }
        // Gap: an active goal with no one responsible and no open trajectory for it.
        List<Goal> goals = content.goals();
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            if (goal.status().isActive() && goal.responsible().isEmpty() && !served.contains(goal.id())
                && goal.members().stream().noneMatch(m -> goal.domains().stream()
                    .anyMatch(d -> covered.contains(new MemberDomain(m, d))))) {
                findings.add(Finding.about(PlanCodes.GAP, Pointer.append(base, "goals", i), goal.id(), goal.id()));
            }
        }
    }

    private static void agreements(PlanContent content, String base, LocalDate today, List<Finding> findings) {
        List<Agreement> agreements = content.agreements();
        for (int i = 0; i < agreements.size(); i++) {
            Agreement agreement = agreements.get(i);
            for (AgreementPart part : agreement.missing()) {
                findings.add(Finding.about(PlanCodes.AGREEMENT_INCOMPLETE, Pointer.append(base, "agreements", i),
                    agreement.id(), agreement.id(), part));
            }
            if (agreement.overdueOn(today)) {
                findings.add(Finding.about(PlanCodes.AGREEMENT_OVERDUE, Pointer.append(base, "agreements", i, "due"),
                    agreement.id(), agreement.id(), ChronoUnit.DAYS.between(agreement.due().orElseThrow(), today),
                    agreement.status()));
            }
        }
    }

    private void waiting(PlanContent content, String base, LocalDate today, List<Finding> findings) {
        List<Trajectory> trajectories = content.trajectories();
        for (int i = 0; i < trajectories.size(); i++) {
            Trajectory t = trajectories.get(i);
            if (t.status() == TrajectoryStatus.WAITING
                && today.isAfter(t.waitingSince().orElseThrow().plus(policy.trajectoryWaitMax()))) {
                findings.add(Finding.about(PlanCodes.TRAJECTORY_WAITING_TOO_LONG,
                    Pointer.append(base, "trajectories", i, "waitingSince"), t.id(), t.id(),
                    ChronoUnit.DAYS.between(t.waitingSince().orElseThrow(), today), policy.trajectoryWaitMax()));
            }
        }
    }

    private static void youthPlans(HelpPlan plan, List<Finding> findings) {
        PlanContent current = plan.current().content();
        for (int i = 0; i < plan.youthPlans().size(); i++) {
            YouthPlan youth = plan.youthPlans().get(i);
            for (int j = 0; j < youth.domains().size(); j++) {
                YouthPlanDomain domain = youth.domains().get(j);
                boolean aligned = domain.familyGoals().stream().map(current::goal).flatMap(Optional::stream)
                    .anyMatch(g -> g.concerns(youth.youngPerson()));
                if (!aligned) {
                    findings.add(Finding.about(PlanCodes.YOUTH_PLAN_NOT_ALIGNED,
                        Pointer.of("youthPlans", i, "domains", j), youth.id(), youth.id(), domain.domain()));
                }
            }
        }
    }

    private void evaluations(HelpPlan plan, LocalDate today, List<Finding> findings) {
        List<Evaluation> evaluations = plan.evaluations();
        for (int i = 0; i < evaluations.size(); i++) {
            Evaluation evaluation = evaluations.get(i);
            Set<GoalId> scored = new HashSet<>();
            evaluation.scores().stream().map(GoalScore::goal).forEach(scored::add);
            for (Goal goal : plan.version(evaluation.planVersion()).content().goals()) {
                if (!scored.contains(goal.id())) {
                    findings.add(Finding.about(PlanCodes.EVALUATION_GOAL_UNSCORED,
                        Pointer.of("evaluations", i, "scores"), evaluation.id(), evaluation.id(), goal.id()));
                }
            }
            for (EndTerm term : evaluation.unscoredEndTerms()) {
                findings.add(Finding.about(PlanCodes.END_TERM_UNSCORED, Pointer.of("evaluations", i, "endTerms"),
                    evaluation.id(), term));
            }
        }
        LocalDate planned = plan.first().date();
        LocalDate due = planned.plus(policy.interimEvaluationAfter());
        Optional<Evaluation> firstInterim = plan.interimEvaluations().stream().findFirst();
        boolean endedBeforeDue = plan.finalEvaluation().filter(f -> !f.date().isAfter(due)).isPresent();
        LocalDate heldOrToday = firstInterim.map(Evaluation::date).orElse(today);
        if (!endedBeforeDue && heldOrToday.isAfter(due)) {
            String pointer = firstInterim.map(e -> Pointer.of("evaluations", evaluations.indexOf(e), "date"))
                .orElse("/evaluations");
            findings.add(Finding.about(PlanCodes.INTERIM_EVALUATION_LATE, pointer, plan.id(),
                ChronoUnit.DAYS.between(planned, heldOrToday), policy.interimEvaluationAfter()));
        }
    }

    /** A member on a life domain: a cell of "who does what". */
    private record MemberDomain(PersonId member, LifeDomainCode domain) {
    }

    /** The rules that need the case, for one plan. */
    private final class InCase {
        private final HelpPlan plan;
        private final Case subject;
        private final List<Finding> findings;
        private final Set<PersonId> members;
        private final Optional<LifeDomainCatalog> catalog;
        private final String base;
        /** The organisations involved in the case or with a consent in it. */
        private final Set<OrganisationId> parties = new HashSet<>();
        private final Set<LifeDomainCode> domains = new HashSet<>();
        private final List<PersonId> everyone;

        InCase(HelpPlan plan, Case subject, List<Finding> findings) {
            this.plan = plan;
            this.subject = subject;
            this.findings = findings;
            this.members = subject.family().memberIds();
            this.everyone = subject.family().members().stream().map(FamilyMember::id).toList();
            this.catalog = catalogs.find(subject.catalog());
            catalog.ifPresent(c -> c.domains().forEach(d -> domains.add(d.code())));
            this.base = Pointer.of("versions", plan.current().number() - 1, "content");
            subject.organisations().forEach(o -> parties.add(o.id()));
            subject.consents().forEach(c -> parties.add(c.organisation()));
        }

        /** Whether the organisation may take part for the member on the domain on each day: {@link Case#mayExchange}. */
        private boolean permitted(OrganisationId organisation, PersonId member, LifeDomainCode domain,
                                  List<LocalDate> days) {
            return days.stream().allMatch(day -> subject.mayExchange(organisation, member, domain, day, consentPolicy));
        }

        void check() {
            PlanContent content = plan.current().content();
            // Each check tests first and builds its pointer only for a finding: most plans have few.
            for (int i = 0; i < content.situation().size(); i++) {
                LifeDomainCode domain = content.situation().get(i).domain();
                if (!knownDomain(domain)) {
                    unknownDomain(domain, Pointer.append(base, "situation", i, "domain"));
                }
            }
            for (int i = 0; i < content.goals().size(); i++) {
                goal(content.goals().get(i), i);
            }
            for (int i = 0; i < content.trajectories().size(); i++) {
                Trajectory t = content.trajectories().get(i);
                if (!members.contains(t.member())) {
                    unknownMember(t.member(), Pointer.append(base, "trajectories", i, "member"));
                }
                if (!knownDomain(t.domain())) {
                    unknownDomain(t.domain(), Pointer.append(base, "trajectories", i, "domain"));
                }
                if (!parties.contains(t.provider())) {
                    notInvolved(t.provider(), Pointer.append(base, "trajectories", i, "provider"));
                }
            }
            for (int i = 0; i < plan.youthPlans().size(); i++) {
                youthPlan(plan.youthPlans().get(i), i);
            }
            readyInTime();
            // Every version while it was in force, the current one up to today: a contribution made while a
            // refusal stood stays a finding after a later version or consent put it right (method §11).
            LocalDate today = LocalDate.now(clock);
            List<PlanVersion> versions = plan.versions();
            for (int v = 0; v < versions.size(); v++) {
                LocalDate from = versions.get(v).date();
                LocalDate to = v + 1 < versions.size() ? versions.get(v + 1).date().minusDays(1) : today;
                contributions(versions.get(v).content(), Pointer.of("versions", v, "content"),
                    subject.exchangeTurningPoints(from, to.isBefore(from) ? from : to, consentPolicy));
            }
        }

        /** The organisations contributing to {@code content} work with what they are about on each of {@code days}. */
        private void contributions(PlanContent content, String base, List<LocalDate> days) {
            for (int i = 0; i < content.goals().size(); i++) {
                Goal goal = content.goals().get(i);
                String pointer = Pointer.append(base, "goals", i);
                Optional<OrganisationId> contributor = goal.contributor();
                contributor.ifPresent(o -> goalContribution(goal, o, days, Pointer.append(pointer, "contributor")));
                goal.responsible().flatMap(Responsible::organisation).filter(o -> !o.equals(contributor.orElse(null)))
                    .ifPresent(o -> goalContribution(goal, o, days, Pointer.append(pointer, "responsible")));
            }
            for (int i = 0; i < content.trajectories().size(); i++) {
                Trajectory t = content.trajectories().get(i);
                if (parties.contains(t.provider()) && members.contains(t.member())
                    && !permitted(t.provider(), t.member(), t.domain(), days)) {
                    withoutConsent(t.provider(), t.member(), t.domain(), Pointer.append(base, "trajectories", i,
                        "provider"));
                }
            }
        }

        /** An organisation that contributes or is responsible works with what the goal is about. */
        private void goalContribution(Goal goal, OrganisationId organisation, List<LocalDate> days, String pointer) {
            if (!parties.contains(organisation)) {
                return;
            }
            // A goal for the system concerns every member.
            for (PersonId member : goal.isForSystem() ? everyone : goal.members()) {
                for (LifeDomainCode domain : goal.domains()) {
                    if (members.contains(member) && !permitted(organisation, member, domain, days)) {
                        withoutConsent(organisation, member, domain, pointer);
                        return;
                    }
                }
            }
        }

        private void goal(Goal goal, int i) {
            for (int j = 0; j < goal.members().size(); j++) {
                if (!members.contains(goal.members().get(j))) {
                    unknownMember(goal.members().get(j), Pointer.append(base, "goals", i, "members", j));
                }
            }
            goal.proposer().filter(p -> !members.contains(p))
                .ifPresent(p -> unknownMember(p, Pointer.append(base, "goals", i, "proposer")));
            for (int j = 0; j < goal.domains().size(); j++) {
                if (!knownDomain(goal.domains().get(j))) {
                    unknownDomain(goal.domains().get(j), Pointer.append(base, "goals", i, "domains", j));
                }
            }
            goal.contributor().ifPresent(o -> organisationOnGoal(o, i, "contributor"));
            goal.responsible().flatMap(Responsible::organisation)
                .filter(o -> !o.equals(goal.contributor().orElse(null)))
                .ifPresent(o -> organisationOnGoal(o, i, "responsible"));
        }

        /** An organisation that contributes or is responsible takes part in the case. */
        private void organisationOnGoal(OrganisationId organisation, int i, String field) {
            if (!parties.contains(organisation)) {
                notInvolved(organisation, Pointer.append(base, "goals", i, field));
            }
        }

        private void youthPlan(YouthPlan youth, int i) {
            if (!members.contains(youth.youngPerson())) {
                unknownMember(youth.youngPerson(), Pointer.of("youthPlans", i, "youngPerson"));
                return;
            }
            CasePolicy rules = casePolicy;
            subject.family().member(youth.youngPerson()).flatMap(m -> m.person().ageOn(youth.date()))
                .filter(age -> age < rules.youngPersonMinAge() || age > rules.youngPersonMaxAge())
                .ifPresent(age -> findings.add(Finding.about(PlanCodes.YOUTH_PLAN_AGE,
                    Pointer.of("youthPlans", i, "youngPerson"), youth.youngPerson(), youth.id(), youth.youngPerson(),
                    age, rules.youngPersonMinAge(), rules.youngPersonMaxAge())));
            for (int j = 0; j < youth.domains().size(); j++) {
                LifeDomainCode domain = youth.domains().get(j).domain();
                if (!knownDomain(domain)) {
                    unknownDomain(domain, Pointer.of("youthPlans", i, "domains", j, "domain"));
                }
            }
        }

        private void readyInTime() {
            subject.enteredOn(Phase.CONTACT_AND_MOTIVATION).ifPresent(contact -> {
                LocalDate ready = plan.first().date();
                if (ready.isAfter(contact.plus(policy.planDue()))) {
                    findings.add(Finding.about(PlanCodes.NOT_READY_IN_TIME, "/versions/0/date", plan.id(),
                        ChronoUnit.DAYS.between(contact, ready), policy.planDue()));
                }
            });
        }

        private boolean knownDomain(LifeDomainCode domain) {
            return catalog.isEmpty() || domains.contains(domain);
        }

        private void unknownMember(PersonId member, String pointer) {
            findings.add(Finding.about(PlanCodes.UNKNOWN_MEMBER, pointer, member, member));
        }

        private void unknownDomain(LifeDomainCode domain, String pointer) {
            findings.add(Finding.of(CaseCodes.UNKNOWN_LIFE_DOMAIN, pointer, domain, catalog.orElseThrow().id()));
        }

        private void notInvolved(OrganisationId organisation, String pointer) {
            findings.add(Finding.about(PlanCodes.CONTRIBUTOR_NOT_INVOLVED, pointer, organisation, organisation));
        }

        private void withoutConsent(OrganisationId organisation, PersonId member, LifeDomainCode domain,
                                    String pointer) {
            findings.add(Finding.about(PlanCodes.CONTRIBUTION_WITHOUT_CONSENT, pointer, organisation, organisation,
                member, domain));
        }
    }
}
