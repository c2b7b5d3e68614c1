package nl.regiekit.json;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LifeDomain;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.Role;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementId;
import nl.regiekit.plan.AgreementSource;
import nl.regiekit.plan.AgreementStatus;
import nl.regiekit.plan.Attainment;
import nl.regiekit.plan.DomainSituation;
import nl.regiekit.plan.EndTerm;
import nl.regiekit.plan.EndTermResult;
import nl.regiekit.plan.EndTermScore;
import nl.regiekit.plan.Evaluation;
import nl.regiekit.plan.EvaluationId;
import nl.regiekit.plan.EvaluationKind;
import nl.regiekit.plan.Goal;
import nl.regiekit.plan.GoalId;
import nl.regiekit.plan.GoalScore;
import nl.regiekit.plan.GoalSource;
import nl.regiekit.plan.GoalStatus;
import nl.regiekit.plan.HelpPlan;
import nl.regiekit.plan.HelpPlanId;
import nl.regiekit.plan.PlanContent;
import nl.regiekit.plan.ProblemCore;
import nl.regiekit.plan.Responsible;
import nl.regiekit.plan.Smart;
import nl.regiekit.plan.Task;
import nl.regiekit.plan.Term;
import nl.regiekit.plan.Trajectory;
import nl.regiekit.plan.TrajectoryId;
import nl.regiekit.plan.TrajectoryStatus;
import nl.regiekit.plan.VersionReason;
import nl.regiekit.plan.YouthPlan;
import nl.regiekit.plan.YouthPlanDomain;
import nl.regiekit.plan.YouthPlanId;

/**
 * A seeded generator of valid help plans for a generated case ({@link CaseFileGenerator}), built
 * through the plan's public API. Every plan binds, passes the schema and constraints, and breaks no
 * plan rule of severity ERROR: only the case's members, organisations and catalogue; contributions,
 * organisations responsible for a goal (only the contributor) and trajectories only where a consent
 * permits them from the version's date through {@link #HORIZON}, the latest date the tests validate on;
 * youth plans only for
 * young persons; a final evaluation that scores every end term. Versions, optional parts, every
 * enum constant, free text with quotes, escapes and emoji, and {@code false} flags all occur.
 * Warnings may occur. Not thread-safe: one generator per test.
 */
final class HelpPlanGenerator {

    /** The last day a generated plan must stand on: the plan rules check each version up to today. */
    static final LocalDate HORIZON = LocalDate.of(2030, 1, 1);

    private static final List<String> TEXTS = List.of("Schulden", "\"Rust\" in huis", "a\\b", "regel1\nregel2",
        "ëïöü 🙂", "<b>vet</b>", "50% minder verzuim");

    private final Random random;

    /** A generator whose plans depend only on {@code seed} and the case. */
    HelpPlanGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A plan for {@code subject}, ready on a date after its last phase change. */
    HelpPlan nextPlan(Case subject) {
        LocalDate date = subject.phases().isEmpty() ? subject.referral().date()
            : subject.phases().get(subject.phases().size() - 1).since();
        ProfessionalId author = subject.team().caseManager().map(p -> p.id()).orElse(ProfessionalId.of("cm-x"));
        HelpPlan plan = HelpPlan.draft(HelpPlanId.of("plan-" + random.nextInt(1000)), subject.id(), date, author,
            content(subject, date, 0));
        for (int v = 1; v <= random.nextInt(3); v++) {
            date = date.plusDays(1 + random.nextInt(120));
            plan = plan.evaluate(evaluation(plan, "ev-" + v, EvaluationKind.INTERIM, date))
                .revise(date, author, pick(List.of(VersionReason.values())), content(subject, date, v));
        }
        List<FamilyMember> young = subject.family().members().stream().filter(m -> m.role() == Role.YOUNG_PERSON)
            .toList();
        List<GoalId> goals = plan.current().content().goals().stream().map(Goal::id).toList();
        for (int i = 0; i < young.size() && random.nextBoolean(); i++) {
            plan = plan.withYouthPlan(new YouthPlan(YouthPlanId.of("yp-" + i), young.get(i).id(),
                ProfessionalId.of("yw-" + i), date, some(domains(subject)).stream()
                    .map(d -> new YouthPlanDomain(d, optionalText(), some(TEXTS), some(goals))).toList()));
        }
        if (random.nextBoolean()) {
            plan = plan.evaluate(evaluation(plan, "ev-final", EvaluationKind.FINAL,
                date.plusDays(random.nextInt(200))));
        }
        return plan;
    }

    private Evaluation evaluation(HelpPlan plan, String id, EvaluationKind kind, LocalDate date) {
        List<GoalScore> scores = some(plan.current().content().goals()).stream()
            .map(g -> new GoalScore(g.id(), pick(List.of(Attainment.values())))).toList();
        List<EndTermScore> endTerms = kind == EvaluationKind.INTERIM ? List.of() : Arrays.stream(EndTerm.values())
            .map(t -> new EndTermScore(t, pick(List.of(EndTermResult.values())))).toList();
        return new Evaluation(EvaluationId.of(id), kind, date, plan.current().number(), scores, endTerms);
    }

    private PlanContent content(Case subject, LocalDate date, int version) {
        List<PersonId> members = subject.family().members().stream().map(FamilyMember::id).toList();
        List<LifeDomainCode> domains = domains(subject);
        List<OrganisationId> organisations = subject.organisations().stream().map(InvolvedOrganisation::id).toList();
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < random.nextInt(6); i++) {
            List<PersonId> about = random.nextBoolean() ? List.of() : atLeastOne(members);
            List<LifeDomainCode> served = atLeastOne(domains);
            GoalSource source = pick(List.of(GoalSource.values()));
            Optional<OrganisationId> contributor = organisations.isEmpty() || random.nextBoolean() ? Optional.empty()
                : Optional.of(pick(organisations))
                    .filter(o -> (about.isEmpty() ? members : about).stream().allMatch(m -> served.stream()
                        .allMatch(d -> subject.mayExchangeThroughout(o, m, d, date, HORIZON, ConsentPolicy.DEFAULTS))));
            goals.add(new Goal(GoalId.of("g-" + version + "-" + i), pick(TEXTS), pick(List.of(Term.values())), about,
                served, source, source == GoalSource.MEMBER ? Optional.of(pick(members)) : Optional.empty(),
                new Smart(optionalText(), optionalText(), optionalText(), optionalText(),
                    random.nextBoolean() ? Optional.of(date.plusDays(random.nextInt(365))) : Optional.empty()),
                pick(List.of(GoalStatus.values())), Optional.ofNullable(responsible(members, organisations))
                    .filter(r -> r.organisation().isEmpty() || r.organisation().equals(contributor)),
                contributor));
        }
        List<Trajectory> trajectories = new ArrayList<>();
        for (int i = 0; i < random.nextInt(5) && !organisations.isEmpty(); i++) {
            PersonId member = pick(members);
            LifeDomainCode domain = pick(domains);
            OrganisationId provider = pick(organisations);
            if (!subject.mayExchangeThroughout(provider, member, domain, date, HORIZON,
                ConsentPolicy.DEFAULTS)) {
                continue;
            }
            TrajectoryStatus status = pick(List.of(TrajectoryStatus.values()));
            trajectories.add(new Trajectory(TrajectoryId.of("t-" + i), member, domain, provider,
                random.nextBoolean() ? Optional.of(date) : Optional.empty(),
                random.nextBoolean() ? Optional.of(date.plusDays(200)) : Optional.empty(), status,
                status == TrajectoryStatus.WAITING || random.nextBoolean() ? Optional.of(date) : Optional.empty(),
                some(goals.stream().map(Goal::id).toList())));
        }
        List<Agreement> agreements = new ArrayList<>();
        for (int i = 0; i < random.nextInt(4); i++) {
            agreements.add(new Agreement(AgreementId.of("a-" + i),
                Optional.ofNullable(responsible(members, organisations)), optionalText(),
                random.nextBoolean() ? Optional.of(date.plusDays(random.nextInt(90))) : Optional.empty(),
                pick(List.of(AgreementSource.values())), date, pick(List.of(AgreementStatus.values()))));
        }
        List<Task> roles = new ArrayList<>();
        Responsible who = responsible(members, organisations);
        if (who != null) {
            roles.add(new Task(who, pick(TEXTS), random.nextBoolean() ? Optional.of(date) : Optional.empty()));
        }
        List<DomainSituation> situation = some(domains).stream()
            .map(d -> new DomainSituation(d, optionalText(), random.nextBoolean(), optionalText())).toList();
        return new PlanContent(optionalText(), new ProblemCore(some(TEXTS), some(TEXTS), some(TEXTS)), situation,
            goals, trajectories, agreements, roles, optionalText());
    }

    private static List<LifeDomainCode> domains(Case subject) {
        return LifeDomainCatalogs.builtIn().find(subject.catalog()).orElseThrow().domains().stream()
            .map(LifeDomain::code).toList();
    }

    private Responsible responsible(List<PersonId> members, List<OrganisationId> organisations) {
        return switch (random.nextInt(4)) {
            case 0 -> organisations.isEmpty() ? null : Responsible.organisation(pick(organisations));
            case 1 -> Responsible.member(pick(members));
            case 2 -> Responsible.professional(ProfessionalId.of("prof-" + random.nextInt(9)));
            default -> null;
        };
    }

    private Optional<String> optionalText() {
        return random.nextBoolean() ? Optional.of(pick(TEXTS)) : Optional.empty();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> List<T> some(List<T> items) {
        return items.stream().filter(i -> random.nextInt(3) == 0).toList();
    }

    private <T> List<T> atLeastOne(List<T> items) {
        List<T> chosen = new ArrayList<>(some(items));
        if (chosen.isEmpty()) {
            chosen.add(pick(items));
        }
        return chosen;
    }
}
