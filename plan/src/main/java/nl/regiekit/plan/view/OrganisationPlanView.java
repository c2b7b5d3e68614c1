package nl.regiekit.plan.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.FamilyMember;
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
 * given date ({@link Case#mayExchange}). Nothing outside the consents appears:
 * <ul>
 *   <li>a goal appears when every member it concerns (all members for a goal for the system, and
 *       the member who proposed it or is responsible for it) is permitted on every domain it serves;</li>
 *   <li>a trajectory appears when its member is permitted on its domain;</li>
 *   <li>the situation on a domain appears when every member is permitted on it;</li>
 *   <li>agreements and tasks appear only when the organisation itself is to keep them;</li>
 *   <li>a youth plan keeps only the domains its young person is permitted on, and links only to
 *       goals in the view;</li>
 *   <li>evaluations keep only the scores of goals in the view, and no end terms (they judge the family as a whole);</li>
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
     * The view of {@code plan} for {@code organisation} on {@code date}, from the version in force
     * then (the first version if the date is before it).
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the plan belongs to another case
     */
    public static OrganisationPlanView of(Case subject, HelpPlan plan, OrganisationId organisation, LocalDate date) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(date, "date");
        if (!plan.caseId().equals(subject.id())) {
            throw new IllegalArgumentException("plan " + plan.id() + " does not belong to case " + subject.id());
        }
        Consents consents = new Consents(subject, organisation, date);
        PlanVersion shown = plan.versionOn(date).orElse(plan.first());
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
        List<Agreement> agreements = content.agreements().stream()
            .filter(a -> a.who().filter(self::equals).isPresent()).toList();
        List<Task> roles = content.roles().stream().filter(t -> t.who().equals(self)).toList();
        List<YouthPlan> youthPlans = new ArrayList<>();
        for (YouthPlan youth : plan.youthPlans()) {
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
        List<Evaluation> evaluations = plan.evaluations().stream()
            .map(e -> new Evaluation(e.id(), e.kind(), e.date(), e.planVersion(),
                e.scores().stream().filter(s -> visible.contains(s.goal())).toList(), List.of()))
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

    /** The consents of one organisation on one date. */
    private static final class Consents {
        private final Case subject;
        private final OrganisationId organisation;
        private final LocalDate date;
        private final List<PersonId> everyone;

        Consents(Case subject, OrganisationId organisation, LocalDate date) {
            this.subject = subject;
            this.organisation = organisation;
            this.date = date;
            this.everyone = subject.family().members().stream().map(FamilyMember::id).toList();
        }

        boolean permits(PersonId member, LifeDomainCode domain) {
            return subject.mayExchange(organisation, member, domain, date);
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
