package nl.regiekit.plan.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.PlanVersion;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Task;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.YouthPlan;
import nl.regiekit.plan.YouthPlanDomain;

/**
 * The help plan as one organisation may see it under the recorded consents (method §11): only
 * what concerns a member and life domain that some consent of that organisation permits on the
 * given date ({@link Case#mayExchange}, under the organisation's {@link ConsentPolicy}), and only
 * what was written or held by that date. Nothing outside the consents appears:
 * <ul>
 *   <li>the version shown is the one in force on the date; a plan first written after it has no view;</li>
 *   <li>a goal appears when every member it concerns (all members for a goal for the system, and
 *       the member who proposed it or is responsible for it) is permitted on every domain it serves;</li>
 *   <li>a trajectory appears when its member is permitted on its domain;</li>
 *   <li>the situation on a domain appears when every member is permitted on it;</li>
 *   <li>agreements and tasks appear only when the organisation itself is to keep them, and only while
 *       every member of its involvement (all members, if it names none) is permitted on every domain of
 *       it: their free text is about the work it is involved for (an involvement on no domain shows
 *       none);</li>
 *   <li>a youth plan written by the date keeps only the domains its young person is permitted on, and
 *       links only to goals in the view;</li>
 *   <li>evaluations held by the date keep only the scores of goals that the same test lets through in
 *       the version evaluated (an identifier reused by another version is judged on the goal it
 *       named then), and no end terms (they judge the family as a whole);</li>
 *   <li>the narrative sections (how the situation arose, the core of the problem, the closing
 *       question) concern the whole family and never appear.</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param organisation the organisation the view is for; never null
 * @param plan the plan; never null
 * @param caseId the case; never null
 * @param version the number of the version shown: the one in force on {@code date}
 * @param date the date the consents are read on; never null
 * @param situation the visible current situation per domain; never null
 * @param goals the visible goals; never null
 * @param trajectories the visible trajectories; never null
 * @param agreements the organisation's own agreements; never null
 * @param roles the organisation's own tasks; never null
 * @param youthPlans the visible parts of the youth plans; never null
 * @param evaluations the evaluations with the scores of visible goals only; never null
 */
public record OrganisationPlanView(OrganisationId organisation, HelpPlanId plan, CaseId caseId, int version,
                                   LocalDate date, List<DomainSituation> situation, List<Goal> goals,
                                   List<Trajectory> trajectories, List<Agreement> agreements, List<Task> roles,
                                   List<YouthPlan> youthPlans, List<Evaluation> evaluations) {

    /** @throws NullPointerException if an argument or list element is null */
    public OrganisationPlanView {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(date, "date");
        situation = Require.list(situation);
        goals = Require.list(goals);
        trajectories = Require.list(trajectories);
        agreements = Require.list(agreements);
        roles = Require.list(roles);
        youthPlans = Require.list(youthPlans);
        evaluations = Require.list(evaluations);
    }

    /**
     * The view of {@code plan} for {@code organisation} on {@code date} under {@code policy}, from the
     * version in force then; empty when the plan was first written after that date.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the plan belongs to another case
     */
    public static Optional<OrganisationPlanView> of(Case subject, HelpPlan plan, OrganisationId organisation,
                                                    LocalDate date, ConsentPolicy policy) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(policy, "policy");
        if (!plan.caseId().equals(subject.id())) {
            throw new IllegalArgumentException("plan " + plan.id() + " does not belong to case " + subject.id());
        }
        return plan.versionOn(date).map(shown -> of(subject, plan, shown, new Consents(subject, organisation, date,
            policy)));
    }

    private static OrganisationPlanView of(Case subject, HelpPlan plan, PlanVersion shown, Consents consents) {
        OrganisationId organisation = consents.organisation;
        LocalDate date = consents.date;
        PlanContent content = shown.content();
        List<Goal> goals = content.goals().stream().filter(consents::permits).toList();
        Set<GoalId> visible = goals.stream().map(Goal::id).collect(Collectors.toSet());
        List<Trajectory> trajectories = content.trajectories().stream()
            .filter(t -> consents.permits(t.member(), t.domain()))
            .map(t -> t.goals().stream().allMatch(visible::contains) ? t : withGoals(t, visible))
            .toList();
        List<DomainSituation> situation = content.situation().stream()
            .filter(s -> consents.permitsAll(s.domain())).toList();
        Responsible self = Responsible.organisation(organisation);
        boolean ownWork = consents.permitsInvolvement(subject.organisation(organisation));
        List<Agreement> agreements = content.agreements().stream()
            .filter(a -> ownWork && a.who().filter(self::equals).isPresent()).toList();
        List<Task> roles = content.roles().stream().filter(t -> ownWork && t.who().equals(self)).toList();
        List<YouthPlan> youthPlans = new ArrayList<>();
        for (YouthPlan youth : plan.youthPlans().stream().filter(y -> !y.date().isAfter(date)).toList()) {
            List<YouthPlanDomain> domains = youth.domains().stream()
                .filter(d -> consents.permits(youth.youngPerson(), d.domain()))
                .map(d -> new YouthPlanDomain(d.domain(), d.situation(), d.goals(),
                    d.familyGoals().stream().filter(visible::contains).toList()))
                .toList();
            if (!domains.isEmpty()) {
                youthPlans.add(new YouthPlan(youth.id(), youth.youngPerson(), youth.youthWorker(), youth.date(),
                    domains));
            }
        }
        List<Evaluation> evaluations = plan.evaluations().stream().filter(e -> !e.date().isAfter(date))
            .map(e -> new Evaluation(e.id(), e.kind(), e.date(), e.planVersion(), e.scores().stream()
                .filter(s -> plan.version(e.planVersion()).content().goal(s.goal()).filter(consents::permits)
                    .isPresent())
                .toList(), List.of()))
            .toList();
        return new OrganisationPlanView(organisation, plan.id(), plan.caseId(), shown.number(), date, situation, goals,
            trajectories, agreements, roles, youthPlans, evaluations);
    }

    private static Trajectory withGoals(Trajectory t, Set<GoalId> visible) {
        Trajectory kept = t;
        for (GoalId goal : t.goals()) {
            if (!visible.contains(goal)) {
                kept = kept.withoutGoal(goal);
            }
        }
        return kept;
    }

    /** Identifiers and counts only. */
    @Override
    public String toString() {
        return "OrganisationPlanView[organisation=" + organisation + ", plan=" + plan + ", version=" + version
            + ", goals=" + goals.size() + ", trajectories=" + trajectories.size() + "]";
    }

    /** The consents of one organisation on one date, under its policy. */
    private static final class Consents {
        private final Case subject;
        private final OrganisationId organisation;
        private final LocalDate date;
        private final ConsentPolicy policy;
        private final List<PersonId> everyone;

        Consents(Case subject, OrganisationId organisation, LocalDate date, ConsentPolicy policy) {
            this.subject = subject;
            this.organisation = organisation;
            this.date = date;
            this.policy = policy;
            this.everyone = subject.family().members().stream().map(FamilyMember::id).toList();
        }

        boolean permits(PersonId member, LifeDomainCode domain) {
            return subject.mayExchange(organisation, member, domain, date, policy);
        }

        /** Whether every member of the involvement (everyone, if it names none) is permitted on each of its domains. */
        boolean permitsInvolvement(Optional<InvolvedOrganisation> involvement) {
            return involvement.filter(o -> !o.domains().isEmpty()).filter(o -> (o.members().isEmpty() ? everyone
                : o.members()).stream().allMatch(m -> o.domains().stream().allMatch(d -> permits(m, d)))).isPresent();
        }

        boolean permitsAll(LifeDomainCode domain) {
            return everyone.stream().allMatch(m -> permits(m, domain));
        }

        boolean permits(Goal goal) {
            List<PersonId> about = new ArrayList<>(goal.isForSystem() ? everyone : goal.members());
            goal.proposer().ifPresent(about::add);
            goal.responsible().flatMap(Responsible::member).ifPresent(about::add);
            return about.stream().allMatch(m -> goal.domains().stream().allMatch(d -> permits(m, d)));
        }
    }
}
