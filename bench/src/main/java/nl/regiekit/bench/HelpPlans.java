package nl.regiekit.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casefile.CaseFile;
import nl.regiekit.json.HelpPlanDocument;
import nl.regiekit.json.RegiekitJson;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.GoalSource;
import nl.regiekit.plan.GoalStatus;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.ProblemCore;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Smart;
import nl.regiekit.plan.Term;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.TrajectoryStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Help plans (hulpverleningsplannen) of a chosen size for the plan benchmarks, for the case of the
 * demo case file ({@link CaseFiles#demo()}). A plan grows by rounds of one SMART goal brought
 * forward by the family, a running trajectory for it by an organisation with unlimited consent (one
 * provider per life domain, so no overlap) about a member the case's consents let it hear about on that
 * domain, and a kept agreement; the situation on
 * each life domain worked on is described as a problem. The size is that of the plan as a
 * {@code regiekit/help-plan} document written by {@link RegiekitJson#mapper()}. Stateless and
 * thread-safe.
 */
public final class HelpPlans {

    private static final List<String> MEMBERS = List.of("p-mother", "p-partner", "p-daughter", "p-son");
    private static final List<String> DOMAINS = List.of("financial-situation", "housing", "children",
        "daytime-activities", "relationships", "network", "household-care");
    /** The organisations of the demo case with unlimited consent. */
    private static final List<String> PROVIDERS = List.of("org-debt-counselling", "org-debt-counselling",
        "org-youth-care", "org-school-social-work", "org-youth-care", "org-school-social-work", "org-youth-care");
    private static final LocalDate PLAN_DATE = LocalDate.of(2026, 1, 9);
    private static final Case CASE = demoCase();

    private HelpPlans() {
    }

    /** The case of the demo case file, the context of the plan rules. */
    public static Case demoCase() {
        return RegiekitJson.mapper().readValue(CaseFiles.demo(), CaseFile.class).subject();
    }

    /**
     * A plan of about {@code targetBytes} as a help-plan document: within one round (about 1.2 KB)
     * of the target.
     *
     * @throws IllegalArgumentException if {@code targetBytes} is below 1
     */
    public static HelpPlan ofSize(int targetBytes) {
        if (targetBytes < 1) {
            throw new IllegalArgumentException("targetBytes must be 1 or more: " + targetBytes);
        }
        JsonMapper mapper = RegiekitJson.mapper();
        PlanContent content = new PlanContent(Optional.of("Hoe de situatie is ontstaan."),
            new ProblemCore(List.of("Betrokken ouders"), List.of("Wantrouwen"), List.of("Schulden")),
            DOMAINS.stream().map(d -> new DomainSituation(LifeDomainCode.of(d), Optional.of("Beschrijving van " + d),
                true, Optional.empty())).toList(),
            List.of(), List.of(), List.of(), List.of(), Optional.of("Wat het gezin nodig heeft."));
        HelpPlan plan = draft(content);
        for (int round = 0; mapper.writeValueAsBytes(HelpPlanDocument.of(plan)).length < targetBytes; round++) {
            content = addRound(content, round);
            plan = draft(content);
        }
        return plan;
    }

    /** The size of {@code plan} as a help-plan document, in bytes. */
    public static int size(HelpPlan plan) {
        return RegiekitJson.mapper().writeValueAsBytes(HelpPlanDocument.of(plan)).length;
    }

    private static HelpPlan draft(PlanContent content) {
        return HelpPlan.draft(HelpPlanId.of("plan-bench"), CaseId.of("case-2025-017"), PLAN_DATE,
            ProfessionalId.of("cm-jansen"), content);
    }

    /**
     * The round's member: the first, from the round's turn on, whom the demo case's consents let the provider
     * hear about on the domain throughout the plan's first year (method §11), so that the rules find nothing.
     */
    private static PersonId member(int round, OrganisationId provider, LifeDomainCode domain) {
        for (int k = 0; k < MEMBERS.size(); k++) {
            PersonId member = PersonId.of(MEMBERS.get((round / DOMAINS.size() + k) % MEMBERS.size()));
            if (CASE.mayExchangeThroughout(provider, member, domain, PLAN_DATE.minusMonths(1), PLAN_DATE.plusYears(1),
                ConsentPolicy.DEFAULTS)) {
                return member;
            }
        }
        throw new IllegalStateException("the demo case lets " + provider + " hear about no member on " + domain);
    }

    private static PlanContent addRound(PlanContent content, int round) {
        int domainIndex = round % DOMAINS.size();
        LifeDomainCode domain = LifeDomainCode.of(DOMAINS.get(domainIndex));
        OrganisationId provider = OrganisationId.of(PROVIDERS.get(domainIndex));
        PersonId member = member(round, provider, domain);
        GoalId goal = GoalId.of(String.format("g-%04d", round));
        return content
            .withGoal(new Goal(goal, "Doel " + round, round % 2 == 0 ? Term.SHORT_TERM : Term.LONG_TERM,
                List.of(member), List.of(domain), GoalSource.FAMILY, Optional.empty(),
                Smart.of("Uitkomst van doel " + round, "Indicator van doel " + round, "Haalbaar omdat het gezin wil",
                    "Relevant voor het gezin", PLAN_DATE.plusMonths(3 + round % 9)),
                GoalStatus.IN_PROGRESS, Optional.of(Responsible.organisation(provider)), Optional.of(provider)))
            .withTrajectory(new Trajectory(TrajectoryId.of(String.format("t-%04d", round)), member, domain, provider,
                Optional.of(PLAN_DATE.minusDays(round % 30)), Optional.of(PLAN_DATE.plusMonths(6)),
                TrajectoryStatus.RUNNING, Optional.empty(), List.of(goal)))
            .withAgreement(new Agreement(AgreementId.of(String.format("a-%04d", round)),
                Optional.of(Responsible.organisation(provider)), Optional.of("Afspraak " + round + " over het doel"),
                Optional.of(PLAN_DATE.plusDays(14)), AgreementSource.CARE_CONFERENCE, PLAN_DATE,
                AgreementStatus.KEPT));
    }
}
