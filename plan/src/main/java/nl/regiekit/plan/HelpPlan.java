package nl.regiekit.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * The help plan (hulpverleningsplan, method §7): "one family, one plan" for one case, versioned.
 * Each version has a date, an author and a reason; earlier versions are kept, and two versions can
 * be compared. Beside the versions the plan holds the youth plans aligned with it and its
 * evaluations. It changes through methods that return a new plan and check the invariants; the
 * method's quality rules are reported by {@link nl.regiekit.plan.rules.PlanRules} as findings.
 * Immutable and thread-safe.
 *
 * <p>Invariants: at least one version; versions numbered 1, 2, ... in date order; youth plan and
 * evaluation identifiers unique; evaluations in date order, each of an existing version, not before
 * it, scoring only goals of that version; nothing follows a final evaluation.
 *
 * @param id the identifier; never null
 * @param caseId the case the plan belongs to; never null
 * @param versions the versions, oldest first; never null or empty
 * @param youthPlans the youth plans aligned with this plan; never null
 * @param evaluations the evaluations, oldest first; never null
 */
public record HelpPlan(@NotNull HelpPlanId id, @NotNull CaseId caseId,
                       @Size(min = 1) List<@Valid PlanVersion> versions, List<@Valid YouthPlan> youthPlans,
                       List<@Valid Evaluation> evaluations) {

    /**
     * @throws NullPointerException if a required argument or a list element is null
     * @throws ModelViolation if an invariant is broken, with the pointer of the first offending value
     */
    public HelpPlan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        versions = Require.list(versions);
        youthPlans = Require.list(youthPlans);
        evaluations = Require.list(evaluations);
        if (versions.isEmpty()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/versions");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i + 1) {
                throw new ModelViolation(ModelCodes.VALUE_INVALID, "/versions/" + i + "/number");
            }
            if (i > 0 && versions.get(i).date().isBefore(versions.get(i - 1).date())) {
                throw new ModelViolation(ModelCodes.DATE_ORDER, "/versions/" + i + "/date");
            }
        }
        Require.uniqueKeys(youthPlans, YouthPlan::id, "youthPlans", "id");
        Require.uniqueKeys(evaluations, Evaluation::id, "evaluations", "id");
        for (int i = 0; i < evaluations.size(); i++) {
            checkEvaluation(versions, evaluations, i);
        }
    }

    private static void checkEvaluation(List<PlanVersion> versions, List<Evaluation> evaluations, int i) {
        Evaluation evaluation = evaluations.get(i);
        String at = "/evaluations/" + i;
        if (i > 0 && evaluations.get(i - 1).kind() == EvaluationKind.FINAL) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, at + "/kind");
        }
        if (i > 0 && evaluation.date().isBefore(evaluations.get(i - 1).date())) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, at + "/date");
        }
        if (evaluation.planVersion() > versions.size()) {
            throw new ModelViolation(ModelCodes.DANGLING_REFERENCE, at + "/planVersion");
        }
        PlanVersion version = versions.get(evaluation.planVersion() - 1);
        if (evaluation.date().isBefore(version.date())) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, at + "/date");
        }
        for (int j = 0; j < evaluation.scores().size(); j++) {
            if (version.content().goal(evaluation.scores().get(j).goal()).isEmpty()) {
                throw new ModelViolation(ModelCodes.DANGLING_REFERENCE, at + "/scores/" + j + "/goal");
            }
        }
    }

    /**
     * A new plan: its first version, written for the reason {@link VersionReason#FIRST_PLAN}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static HelpPlan draft(HelpPlanId id, CaseId caseId, LocalDate date, ProfessionalId author,
                                 PlanContent content) {
        return new HelpPlan(id, caseId, List.of(new PlanVersion(1, date, author, VersionReason.FIRST_PLAN, content)),
            List.of(), List.of());
    }

    /** The current version: the last one. */
    public PlanVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** The first version, whose date is the date the plan was ready. */
    public PlanVersion first() {
        return versions.get(0);
    }

    /**
     * The version with this number.
     *
     * @throws IllegalArgumentException if there is no such version
     */
    public PlanVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new IllegalArgumentException("plan " + id + " has no version " + number);
        }
        return versions.get(number - 1);
    }

    /** The version in force on {@code date}: the last one dated on or before it, if any. */
    public Optional<PlanVersion> versionOn(LocalDate date) {
        PlanVersion found = null;
        for (PlanVersion version : versions) {
            if (!version.date().isAfter(date)) {
                found = version;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * This plan with a new version: the next number, with its date, author, reason and sections.
     *
     * @throws NullPointerException if an argument is null
     * @throws ModelViolation if {@code date} is before the current version's date
     */
    public HelpPlan revise(LocalDate date, ProfessionalId author, VersionReason reason, PlanContent content) {
        return new HelpPlan(id, caseId,
            Require.append(versions, new PlanVersion(versions.size() + 1, date, author, reason, content)), youthPlans,
            evaluations);
    }

    /**
     * This plan with one more evaluation.
     *
     * @throws IllegalStateException if the plan already had its final evaluation
     * @throws ModelViolation if the evaluation is out of date order or scores a goal its version does not have
     */
    public HelpPlan evaluate(Evaluation evaluation) {
        Objects.requireNonNull(evaluation, "evaluation");
        if (finalEvaluation().isPresent()) {
            throw new IllegalStateException("plan " + id + " already had its final evaluation");
        }
        return new HelpPlan(id, caseId, versions, youthPlans, Require.append(evaluations, evaluation));
    }

    /**
     * This plan with one more youth plan.
     *
     * @throws ModelViolation if its identifier is taken
     */
    public HelpPlan withYouthPlan(YouthPlan youthPlan) {
        return new HelpPlan(id, caseId, versions, Require.append(youthPlans, youthPlan), evaluations);
    }

    /** The final evaluation, if it was held. */
    public Optional<Evaluation> finalEvaluation() {
        return evaluations.stream().filter(e -> e.kind() == EvaluationKind.FINAL).findFirst();
    }

    /** The interim evaluations, oldest first. */
    public List<Evaluation> interimEvaluations() {
        return evaluations.stream().filter(e -> e.kind() == EvaluationKind.INTERIM).toList();
    }

    /**
     * The goals added, changed, dropped and reached from version {@code from} to version {@code to}.
     *
     * @throws IllegalArgumentException if either version does not exist
     */
    public PlanComparison compare(int from, int to) {
        return PlanComparison.of(version(from), version(to));
    }

    /** Identifiers only: a plan's personal data never reaches a log line through {@code toString}. */
    @Override
    public String toString() {
        return "HelpPlan[id=" + id + ", case=" + caseId + ", versions=" + versions.size() + "]";
    }
}
