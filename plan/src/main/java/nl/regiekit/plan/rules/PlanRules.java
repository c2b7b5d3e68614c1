package nl.regiekit.plan.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Pointer;
import nl.regiekit.casemodel.finding.Rule;
import nl.regiekit.casemodel.finding.RuleSettings;
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
 * The method's rules for a help plan, the way an experienced team leader reads one: one {@link Rule} per
 * check ({@link #rules()}), over the {@link Plans} of one run, which hold what the rules share (each
 * plan's index of the case's members, organisations and life domains, built once for all the rules of
 * the run, so that no rule rescans the case). The content rules read the current version; earlier
 * versions are history. {@link #check(HelpPlan)} runs the rules a plan can be judged by alone;
 * {@link #check(HelpPlan, Case)} adds those that need the case (members, organisations, consents,
 * phases, catalogue); {@link #check(Case, List)} checks a case file's plans and reports a plan that is
 * missing. Findings come plan by plan, each plan's in the order of the rules. Rules never throw on plan
 * data. Every period and threshold comes from the {@link PlanPolicy} and the {@link CasePolicy} (the
 * ages of young people); "today" comes from the clock, read once per run.
 * Immutable and thread-safe.
 */
public final class PlanRules {

    private static final Logger LOG = LoggerFactory.getLogger(PlanRules.class);

    private final CasePolicy casePolicy;
    private final PlanPolicy policy;
    private final ConsentPolicy consentPolicy;
    private final LifeDomainCatalogs catalogs;
    private final Clock clock;
    private final List<Rule<Plans>> rules;

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
        this.rules = List.of(
            each("every goal is SMART", List.of(PlanCodes.GOAL_NOT_SMART), PlanRules::smart),
            each("at least one goal is the family's own", List.of(PlanCodes.GOALS_ONLY_PROFESSIONAL),
                PlanRules::familyGoal),
            each("a life domain with a problem is worked on or says why not",
                List.of(PlanCodes.DOMAIN_PROBLEM_UNADDRESSED), PlanRules::domains),
            each("no two providers work on one member's life domain at once", List.of(PlanCodes.PROVIDER_OVERLAP),
                PlanRules::overlap),
            each("an active goal has someone responsible or a trajectory", List.of(PlanCodes.GAP), PlanRules::gaps),
            each("an agreement is complete and kept by its date",
                List.of(PlanCodes.AGREEMENT_INCOMPLETE, PlanCodes.AGREEMENT_OVERDUE), PlanRules::agreements),
            each("a trajectory waits no longer than the policy allows",
                List.of(PlanCodes.TRAJECTORY_WAITING_TOO_LONG), this::waiting),
            each("a youth plan's domains work on the family's goals for the young person",
                List.of(PlanCodes.YOUTH_PLAN_NOT_ALIGNED), PlanRules::youthPlans),
            each("an evaluation scores every goal of the version it evaluates and every end term",
                List.of(PlanCodes.EVALUATION_GOAL_UNSCORED, PlanCodes.END_TERM_UNSCORED), PlanRules::scored),
            each("the first interim evaluation is held within the policy's period",
                List.of(PlanCodes.INTERIM_EVALUATION_LATE), this::interim),
            Rule.adding("a plan belongs to the case it is in", List.of(PlanCodes.CASE_MISMATCH),
                PlanRules::caseMismatch),
            inCase("every member and organisation a plan names is of the case",
                List.of(PlanCodes.UNKNOWN_MEMBER, PlanCodes.CONTRIBUTOR_NOT_INVOLVED), PlanRules::references),
            inCase("a youth plan is for a young person of the policy's ages", List.of(PlanCodes.YOUTH_PLAN_AGE),
                this::youthPlanAge),
            inCase("every life domain a plan names is in the case's catalogue", List.of(CaseCodes.UNKNOWN_LIFE_DOMAIN),
                PlanRules::unknownDomains),
            Rule.adding("the plan is ready within the policy's period after contact",
                List.of(PlanCodes.NOT_READY_IN_TIME), this::readyInTime),
            inCase("an organisation contributes only with consent for what it works on, in every version",
                List.of(PlanCodes.CONTRIBUTION_WITHOUT_CONSENT), this::contributions));
    }

    /** Rules with the default policy and the built-in catalogues. */
    public static PlanRules defaults(Clock clock) {
        return new PlanRules(CasePolicy.DEFAULTS, PlanPolicy.DEFAULTS, ConsentPolicy.DEFAULTS, LifeDomainCatalogs.builtIn(),
            clock);
    }

    /** The rules, in the order they run: one per check. */
    public List<Rule<Plans>> rules() {
        return rules;
    }

    /**
     * The plans of one run for a document with {@code plan} at {@code pointer} and no case ({@code /plan}
     * in a help plan document): the rules that need a case find none. Today is read from the clock now.
     *
     * @throws NullPointerException if an argument is null
     */
    public Plans alone(HelpPlan plan, String pointer) {
        return new Plans(Optional.empty(), List.of(new At(Objects.requireNonNull(pointer, "pointer"),
            Objects.requireNonNull(plan, "plan"))), false, LocalDate.now(clock));
    }

    /**
     * The runs for a case file's plans, one per plan, in order: each plan at {@code /plans/i} in the
     * context of {@code subject}, or, for a case without a plan, one run that reports a case past the
     * period for its plan at {@code /plans}. So a case file's findings come plan by plan, each plan's in
     * the order of the rules. Today is read from the clock now.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Plans> inCase(Case subject, List<HelpPlan> plans) {
        Objects.requireNonNull(subject, "subject");
        LocalDate today = LocalDate.now(clock);
        if (plans.isEmpty()) {
            return List.of(new Plans(Optional.of(subject), List.of(), true, today));
        }
        List<Plans> runs = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            runs.add(new Plans(Optional.of(subject), List.of(new At(Pointer.of("plans", i), plans.get(i))), true,
                today));
        }
        return runs;
    }

    /**
     * The findings for {@code plan} judged alone, with pointers relative to the plan.
     *
     * @throws NullPointerException if {@code plan} is null
     */
    public List<Finding> check(HelpPlan plan) {
        return List.copyOf(RuleSettings.DEFAULTS.run(rules, alone(plan, "")));
    }

    /**
     * The findings for {@code plan} in the context of its case, with pointers relative to the plan.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(HelpPlan plan, Case subject) {
        Plans plans = new Plans(Optional.of(Objects.requireNonNull(subject, "subject")),
            List.of(new At("", Objects.requireNonNull(plan, "plan"))), false, LocalDate.now(clock));
        return List.copyOf(RuleSettings.DEFAULTS.run(rules, plans));
    }

    /**
     * The findings for the plans of a case file, with pointers relative to the case file
     * ({@code /plans/0/...}); a case past the period for its plan without one is reported at {@code /plans}.
     *
     * @throws NullPointerException if an argument is null
     */
    public List<Finding> check(Case subject, List<HelpPlan> plans) {
        List<Finding> findings = new ArrayList<>();
        inCase(subject, plans).forEach(run -> findings.addAll(RuleSettings.DEFAULTS.run(rules, run)));
        LOG.debug("checked {} plans of case {}: {} findings", plans.size(), subject.id(), findings.size());
        return List.copyOf(findings);
    }

    /** A rule that checks each plan, with its pointers under the plan's. */
    private static Rule<Plans> each(String description, List<FindingCode> codes, PlanCheck check) {
        return Rule.adding(description, codes, (plans, findings) -> {
            for (At at : plans.plans) {
                List<Finding> found = new ArrayList<>();
                check.check(at.plan, plans.today, found);
                found.forEach(f -> findings.add(f.under(at.pointer)));
            }
        });
    }

    /** A rule that checks each plan that belongs to the run's case, with the plan's index of the case. */
    private static Rule<Plans> inCase(String description, List<FindingCode> codes, IndexCheck check) {
        return Rule.adding(description, codes, (plans, findings) -> {
            for (At at : plans.plans) {
                Optional<Index> index = plans.index(at);
                if (index.isPresent()) {
                    List<Finding> found = new ArrayList<>();
                    check.check(index.get(), plans.today, found);
                    found.forEach(f -> findings.add(f.under(at.pointer)));
                }
            }
        });
    }

    /** One check over one plan. */
    @FunctionalInterface
    private interface PlanCheck {
        void check(HelpPlan plan, LocalDate today, List<Finding> findings);
    }

    /** One check over one plan in its case. */
    @FunctionalInterface
    private interface IndexCheck {
        void check(Index index, LocalDate today, List<Finding> findings);
    }

    /** A plan at its pointer. */
    private record At(String pointer, HelpPlan plan) {
    }

    /**
     * What one run of the rules checks: a plan (or, for a case file without one, none), the case it is in,
     * if any, and the date of "today"; the plan's index of the case is built on first use and shared by
     * the rules of the run. Made by {@link #alone} and {@link #inCase}; not thread-safe (one run, one
     * thread).
     */
    public final class Plans {
        private final Optional<Case> subject;
        private final List<At> plans;
        private final boolean caseFile;
        private final LocalDate today;
        /** By identity: an {@link At} is one of {@link #plans}, and its hash would be the whole plan's. */
        private final Map<At, Optional<Index>> indexes = new IdentityHashMap<>();

        private Plans(Optional<Case> subject, List<At> plans, boolean caseFile, LocalDate today) {
            this.subject = subject;
            this.plans = List.copyOf(plans);
            this.caseFile = caseFile;
            this.today = today;
        }

        /** The index of {@code at} in the run's case; empty without a case or for a plan of another case. */
        private Optional<Index> index(At at) {
            return indexes.computeIfAbsent(at, a -> subject.filter(c -> a.plan.caseId().equals(c.id()))
                .map(c -> new Index(a.plan, c)));
        }
    }

    private static void smart(HelpPlan plan, LocalDate today, List<Finding> findings) {
        String base = base(plan);
        List<Goal> goals = plan.current().content().goals();
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            for (SmartPart part : goal.smart().missing()) {
                findings.add(Finding.about(PlanCodes.GOAL_NOT_SMART, Pointer.append(base, "goals", i, "smart"),
                    goal.id(), goal.id(), part));
            }
        }
    }

    private static void familyGoal(HelpPlan plan, LocalDate today, List<Finding> findings) {
        List<Goal> goals = plan.current().content().goals();
        if (!goals.isEmpty() && goals.stream().noneMatch(g -> g.source().isFamily())) {
            findings.add(Finding.of(PlanCodes.GOALS_ONLY_PROFESSIONAL, Pointer.append(base(plan), "goals"),
                goals.size()));
        }
    }

    /** The pointer of the current version's content. */
    private static String base(HelpPlan plan) {
        return Pointer.of("versions", plan.current().number() - 1, "content");
    }

    private static void domains(HelpPlan plan, LocalDate today, List<Finding> findings) {
        PlanContent content = plan.current().content();
        String base = base(plan);
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

    /** A second provider with an open trajectory on the same member and domain. */
    private static void overlap(HelpPlan plan, LocalDate today, List<Finding> findings) {
        String base = base(plan);
        Map<MemberDomain, OrganisationId> providers = new HashMap<>();
        List<Trajectory> trajectories = plan.current().content().trajectories();
        for (int i = 0; i < trajectories.size(); i++) {
            Trajectory t = trajectories.get(i);
            if (!t.status().isOpen()) {
                continue;
            }
            OrganisationId first = providers.putIfAbsent(new MemberDomain(t.member(), t.domain()), t.provider());
            if (first != null && !first.equals(t.provider())) {
                findings.add(Finding.about(PlanCodes.PROVIDER_OVERLAP, Pointer.append(base, "trajectories", i),
                    t.id(), t.member(), t.domain(), first, t.provider()));
            }
        }
    }

    /** An active goal with no one responsible and no open trajectory for it. */
    private static void gaps(HelpPlan plan, LocalDate today, List<Finding> findings) {
        PlanContent content = plan.current().content();
        Set<GoalId> served = new HashSet<>();
        Set<MemberDomain> covered = new HashSet<>();
        for (Trajectory t : content.trajectories()) {
            if (t.status().isOpen()) {
                served.addAll(t.goals());
                covered.add(new MemberDomain(t.member(), t.domain()));
            }
        }
        List<Goal> goals = content.goals();
        for (int i = 0; i < goals.size(); i++) {
            Goal goal = goals.get(i);
            if (goal.status().isActive() && goal.responsible().isEmpty() && !served.contains(goal.id())
                && goal.members().stream().noneMatch(m -> goal.domains().stream()
                    .anyMatch(d -> covered.contains(new MemberDomain(m, d))))) {
                findings.add(Finding.about(PlanCodes.GAP, Pointer.append(base(plan), "goals", i), goal.id(),
                    goal.id()));
            }
        }
    }

    private static void agreements(HelpPlan plan, LocalDate today, List<Finding> findings) {
        String base = base(plan);
        List<Agreement> agreements = plan.current().content().agreements();
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

    private void waiting(HelpPlan plan, LocalDate today, List<Finding> findings) {
        String base = base(plan);
        List<Trajectory> trajectories = plan.current().content().trajectories();
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

    private static void youthPlans(HelpPlan plan, LocalDate today, List<Finding> findings) {
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

    private static void scored(HelpPlan plan, LocalDate today, List<Finding> findings) {
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
    }

    private void interim(HelpPlan plan, LocalDate today, List<Finding> findings) {
        LocalDate planned = plan.first().date();
        LocalDate due = planned.plus(policy.interimEvaluationAfter());
        Optional<Evaluation> firstInterim = plan.interimEvaluations().stream().findFirst();
        boolean endedBeforeDue = plan.finalEvaluation().filter(f -> !f.date().isAfter(due)).isPresent();
        LocalDate heldOrToday = firstInterim.map(Evaluation::date).orElse(today);
        if (!endedBeforeDue && heldOrToday.isAfter(due)) {
            String pointer = firstInterim.map(e -> Pointer.of("evaluations", plan.evaluations().indexOf(e), "date"))
                .orElse("/evaluations");
            findings.add(Finding.about(PlanCodes.INTERIM_EVALUATION_LATE, pointer, plan.id(),
                ChronoUnit.DAYS.between(planned, heldOrToday), policy.interimEvaluationAfter()));
        }
    }

    private static void caseMismatch(Plans plans, List<Finding> findings) {
        plans.subject.ifPresent(subject -> {
            for (At at : plans.plans) {
                if (!at.plan.caseId().equals(subject.id())) {
                    findings.add(Finding.about(PlanCodes.CASE_MISMATCH, "/caseId", at.plan.id(), at.plan.caseId(),
                        subject.id()).under(at.pointer));
                }
            }
        });
    }

    private static void references(Index index, LocalDate today, List<Finding> findings) {
        PlanContent content = index.plan.current().content();
        String base = index.base;
        for (int i = 0; i < content.goals().size(); i++) {
            Goal goal = content.goals().get(i);
            for (int j = 0; j < goal.members().size(); j++) {
                index.member(goal.members().get(j), findings, base, "goals", i, "members", j);
            }
            final int g = i;
            goal.proposer().ifPresent(p -> index.member(p, findings, base, "goals", g, "proposer"));
            goal.contributor().ifPresent(o -> index.party(o, findings, base, "goals", g, "contributor"));
            goal.responsible().flatMap(Responsible::organisation)
                .filter(o -> !o.equals(goal.contributor().orElse(null)))
                .ifPresent(o -> index.party(o, findings, base, "goals", g, "responsible"));
        }
        for (int i = 0; i < content.trajectories().size(); i++) {
            Trajectory t = content.trajectories().get(i);
            index.member(t.member(), findings, base, "trajectories", i, "member");
            index.party(t.provider(), findings, base, "trajectories", i, "provider");
        }
        for (int i = 0; i < index.plan.youthPlans().size(); i++) {
            index.member(index.plan.youthPlans().get(i).youngPerson(), findings, "", "youthPlans", i, "youngPerson");
        }
    }

    private void youthPlanAge(Index index, LocalDate today, List<Finding> findings) {
        List<YouthPlan> youthPlans = index.plan.youthPlans();
        for (int i = 0; i < youthPlans.size(); i++) {
            YouthPlan youth = youthPlans.get(i);
            CasePolicy rules = casePolicy;
            final int y = i;
            index.subject.family().member(youth.youngPerson()).flatMap(m -> m.person().ageOn(youth.date()))
                .filter(age -> age < rules.youngPersonMinAge() || age > rules.youngPersonMaxAge())
                .ifPresent(age -> findings.add(Finding.about(PlanCodes.YOUTH_PLAN_AGE,
                    Pointer.of("youthPlans", y, "youngPerson"), youth.youngPerson(), youth.id(), youth.youngPerson(),
                    age, rules.youngPersonMinAge(), rules.youngPersonMaxAge())));
        }
    }

    private static void unknownDomains(Index index, LocalDate today, List<Finding> findings) {
        if (index.catalog.isEmpty()) {
            return;
        }
        PlanContent content = index.plan.current().content();
        String base = index.base;
        for (int i = 0; i < content.situation().size(); i++) {
            index.domain(content.situation().get(i).domain(), findings, base, "situation", i, "domain");
        }
        for (int i = 0; i < content.goals().size(); i++) {
            List<LifeDomainCode> domains = content.goals().get(i).domains();
            for (int j = 0; j < domains.size(); j++) {
                index.domain(domains.get(j), findings, base, "goals", i, "domains", j);
            }
        }
        for (int i = 0; i < content.trajectories().size(); i++) {
            index.domain(content.trajectories().get(i).domain(), findings, base, "trajectories", i, "domain");
        }
        for (int i = 0; i < index.plan.youthPlans().size(); i++) {
            YouthPlan youth = index.plan.youthPlans().get(i);
            if (!index.members.contains(youth.youngPerson())) {
                continue;
            }
            for (int j = 0; j < youth.domains().size(); j++) {
                index.domain(youth.domains().get(j).domain(), findings, "", "youthPlans", i, "domains", j, "domain");
            }
        }
    }

    private void readyInTime(Plans plans, List<Finding> findings) {
        if (plans.subject.isEmpty()) {
            return;
        }
        Case subject = plans.subject.get();
        Optional<LocalDate> contact = subject.enteredOn(Phase.CONTACT_AND_MOTIVATION);
        if (contact.isEmpty()) {
            return;
        }
        for (At at : plans.plans) {
            LocalDate ready = at.plan.first().date();
            if (plans.index(at).isPresent() && ready.isAfter(contact.get().plus(policy.planDue()))) {
                findings.add(Finding.about(PlanCodes.NOT_READY_IN_TIME, "/versions/0/date", at.plan.id(),
                    ChronoUnit.DAYS.between(contact.get(), ready), policy.planDue()).under(at.pointer));
            }
        }
        if (plans.caseFile && plans.plans.isEmpty() && plans.today.isAfter(contact.get().plus(policy.planDue()))) {
            findings.add(Finding.about(PlanCodes.NOT_READY_IN_TIME, "/plans", subject.id(),
                ChronoUnit.DAYS.between(contact.get(), plans.today), policy.planDue()));
        }
    }

    /**
     * Every version while it was in force, the current one up to today: a contribution made while a
     * refusal stood stays a finding after a later version or consent put it right (method §11).
     */
    private void contributions(Index index, LocalDate today, List<Finding> findings) {
        List<PlanVersion> versions = index.plan.versions();
        for (int v = 0; v < versions.size(); v++) {
            LocalDate from = versions.get(v).date();
            LocalDate to = v + 1 < versions.size() ? versions.get(v + 1).date().minusDays(1) : today;
            contributions(index, versions.get(v).content(), Pointer.of("versions", v, "content"),
                index.subject.exchangeTurningPoints(from, to.isBefore(from) ? from : to, consentPolicy), findings);
        }
    }

    /** The organisations contributing to {@code content} work with what they are about on each of {@code days}. */
    private void contributions(Index index, PlanContent content, String base, List<LocalDate> days,
                               List<Finding> findings) {
        for (int i = 0; i < content.goals().size(); i++) {
            Goal goal = content.goals().get(i);
            Optional<OrganisationId> contributor = goal.contributor();
            final int g = i;
            contributor.ifPresent(o -> goalContribution(index, goal, o, days, findings, base, "goals", g,
                "contributor"));
            goal.responsible().flatMap(Responsible::organisation).filter(o -> !o.equals(contributor.orElse(null)))
                .ifPresent(o -> goalContribution(index, goal, o, days, findings, base, "goals", g, "responsible"));
        }
        for (int i = 0; i < content.trajectories().size(); i++) {
            Trajectory t = content.trajectories().get(i);
            if (index.parties.contains(t.provider()) && index.members.contains(t.member())
                && !permitted(index.subject, t.provider(), t.member(), t.domain(), days)) {
                withoutConsent(t.provider(), t.member(), t.domain(), findings, base, "trajectories", i, "provider");
            }
        }
    }

    /** An organisation that contributes or is responsible works with what the goal is about. */
    private void goalContribution(Index index, Goal goal, OrganisationId organisation, List<LocalDate> days,
                                  List<Finding> findings, String base, Object... at) {
        if (!index.parties.contains(organisation)) {
            return;
        }
        // A goal for the system concerns every member.
        for (PersonId member : goal.isForSystem() ? index.everyone : goal.members()) {
            for (LifeDomainCode domain : goal.domains()) {
                if (index.members.contains(member) && !permitted(index.subject, organisation, member, domain, days)) {
                    withoutConsent(organisation, member, domain, findings, base, at);
                    return;
                }
            }
        }
    }

    /** Whether the organisation may take part for the member on the domain on each day: {@link Case#mayExchange}. */
    private boolean permitted(Case subject, OrganisationId organisation, PersonId member, LifeDomainCode domain,
                              List<LocalDate> days) {
        for (LocalDate day : days) {
            if (!subject.mayExchange(organisation, member, domain, day, consentPolicy)) {
                return false;
            }
        }
        return true;
    }

    /** The finding at the pointer of {@code at} under {@code base}, made only when there is one. */
    private static void withoutConsent(OrganisationId organisation, PersonId member, LifeDomainCode domain,
                                       List<Finding> findings, String base, Object... at) {
        findings.add(Finding.about(PlanCodes.CONTRIBUTION_WITHOUT_CONSENT, Pointer.append(base, at), organisation,
            organisation, member, domain));
    }

    /** A member on a life domain: a cell of "who does what". */
    private record MemberDomain(PersonId member, LifeDomainCode domain) {
    }

    /** One plan's index of its case: the case's members, organisations and life domains, built once per run. */
    private final class Index {
        private final HelpPlan plan;
        private final Case subject;
        private final Set<PersonId> members;
        private final Optional<LifeDomainCatalog> catalog;
        private final String base;
        /** The organisations involved in the case or with a consent in it. */
        private final Set<OrganisationId> parties = new HashSet<>();
        private final Set<LifeDomainCode> domains = new HashSet<>();
        private final List<PersonId> everyone;

        Index(HelpPlan plan, Case subject) {
            this.plan = plan;
            this.subject = subject;
            this.members = subject.family().memberIds();
            this.everyone = subject.family().members().stream().map(FamilyMember::id).toList();
            this.catalog = catalogs.find(subject.catalog());
            catalog.ifPresent(c -> c.domains().forEach(d -> domains.add(d.code())));
            this.base = base(plan);
            subject.organisations().forEach(o -> parties.add(o.id()));
            subject.consents().forEach(c -> parties.add(c.organisation()));
        }

        /** A member the plan names is of the family. */
        void member(PersonId member, List<Finding> findings, String base, Object... at) {
            if (!members.contains(member)) {
                findings.add(Finding.about(PlanCodes.UNKNOWN_MEMBER, Pointer.append(base, at), member, member));
            }
        }

        /** An organisation that contributes, is responsible or provides takes part in the case. */
        void party(OrganisationId organisation, List<Finding> findings, String base, Object... at) {
            if (!parties.contains(organisation)) {
                findings.add(Finding.about(PlanCodes.CONTRIBUTOR_NOT_INVOLVED, Pointer.append(base, at), organisation,
                    organisation));
            }
        }

        /** A life domain the plan names is in the case's catalogue, when the case has a known one. */
        void domain(LifeDomainCode domain, List<Finding> findings, String base, Object... at) {
            if (catalog.isPresent() && !domains.contains(domain)) {
                findings.add(Finding.of(CaseCodes.UNKNOWN_LIFE_DOMAIN, Pointer.append(base, at), domain,
                    catalog.get().id()));
            }
        }
    }
}
