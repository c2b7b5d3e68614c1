package nl.regiekit.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * An evaluation of the help plan (tussenevaluatie or eindevaluatie, method §4, §7 and §12): the
 * version it evaluates, the degree reached per goal and, at the final evaluation, the end terms.
 * Immutable and thread-safe.
 *
 * <p>Invariants: each goal and each end term is scored once; only a final evaluation scores end terms.
 *
 * @param id the identifier; never null
 * @param kind interim or final; never null
 * @param date the date it was held; never null
 * @param planVersion the number of the plan version it evaluates
 * @param scores the degree reached per goal; never null
 * @param endTerms the end terms, at a final evaluation; never null
 */
public record Evaluation(@NotNull EvaluationId id, @NotNull EvaluationKind kind, @NotNull LocalDate date,
                         @Min(1) int planVersion, List<@Valid GoalScore> scores,
                         List<@Valid EndTermScore> endTerms) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation if an invariant is broken, with the pointer of the offending value
     */
    public Evaluation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        scores = Require.list(scores);
        endTerms = Require.list(endTerms);
        if (planVersion < 1) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/planVersion");
        }
        Require.uniqueKeys(scores, GoalScore::goal, "scores", "goal");
        Require.uniqueKeys(endTerms, EndTermScore::term, "endTerms", "term");
        if (kind == EvaluationKind.INTERIM && !endTerms.isEmpty()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/endTerms");
        }
    }

    /** The end terms this evaluation leaves unscored, in the method's order; empty for an interim one. */
    public Set<EndTerm> unscoredEndTerms() {
        Set<EndTerm> unscored = EnumSet.allOf(EndTerm.class);
        if (kind == EvaluationKind.INTERIM) {
            return EnumSet.noneOf(EndTerm.class);
        }
        endTerms.forEach(score -> unscored.remove(score.term()));
        return unscored;
    }
}
