package nl.regiekit.balance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.ProfessionalId;

/**
 * The fixture catalogue of the balance module: scores of the default catalogue's factors, and
 * the three assessments of the fictional Jansen family that the scenario and the golden pictures use.
 */
public final class SampleAssessments {

    /** The case manager who assesses. */
    public static final ProfessionalId ASSESSOR = ProfessionalId.of("cm-1");

    /** The day of the first assessment, in the contact phase. */
    public static final LocalDate FIRST = LocalDate.of(2025, 10, 20);
    /** The day of the second, early in execution. */
    public static final LocalDate SECOND = LocalDate.of(2026, 1, 19);
    /** The day of the third, at closing. */
    public static final LocalDate THIRD = LocalDate.of(2026, 5, 18);

    private SampleAssessments() {
    }

    /** The score of the default catalogue's factor {@code id}, with its default weight and the given domains. */
    public static FactorScore score(String id, int score, String... domains) {
        return FactorScore.of(factor(id), score, domains);
    }

    /** The default catalogue's factor {@code id}. */
    public static Factor factor(String id) {
        return FactorCatalogs.DEFAULT.factor(FactorId.of(id)).orElseThrow(() -> new IllegalArgumentException(id));
    }

    /** An assessment of the family as a whole with these scores. */
    public static Assessment assessment(String id, LocalDate date, FactorScore... scores) {
        Assessment assessment = Assessment.start(AssessmentId.of(id), date, ASSESSOR, FactorCatalogs.DEFAULT);
        for (FactorScore score : scores) {
            assessment = assessment.score(score);
        }
        return assessment;
    }

    /** At first contact: debts, threatened eviction and a father's addiction weigh far more than a grandmother's help. */
    public static Assessment first() {
        return assessment("a-1", FIRST,
            score("supportive-grandparent", 3, "network"),
            score("child-resilience", 2, "children"),
            score("budgeting-skills", 1, "financial-situation"),
            score("care-for-children", 3, "children"),
            score("paperwork", 4, "financial-situation"),
            score("truancy", 3, "children"),
            score("parent-addiction", 2, "well-being"),
            score("debts", 4, "financial-situation"),
            score("threatened-eviction", 3, "housing"),
            score("isolation", 2, "network"));
    }

    /** Early in execution: the eviction is off, debts under administration, a budget coach at work. */
    public static Assessment second() {
        return assessment("a-2", SECOND,
            score("supportive-grandparent", 3, "network"),
            score("child-resilience", 2, "children"),
            score("trusted-professional", 3, "well-being"),
            score("motivation-for-change", 2, "well-being"),
            score("budgeting-skills", 2, "financial-situation"),
            score("care-for-children", 3, "children"),
            score("paperwork", 2, "financial-situation"),
            score("truancy", 2, "children"),
            score("parent-addiction", 2, "well-being"),
            score("debts", 3, "financial-situation"),
            score("isolation", 1, "network"));
    }

    /** At closing: income stable, school attended, the father in treatment. */
    public static Assessment third() {
        return assessment("a-3", THIRD,
            score("supportive-grandparent", 3, "network"),
            score("child-resilience", 3, "children"),
            score("trusted-professional", 2, "well-being"),
            score("motivation-for-change", 3, "well-being"),
            score("stable-income", 3, "financial-situation"),
            score("school-attendance", 3, "children"),
            score("budgeting-skills", 3, "financial-situation"),
            score("care-for-children", 2, "children"),
            score("paperwork", 1, "financial-situation"),
            score("parent-addiction", 1, "well-being"),
            score("debts", 2, "financial-situation"));
    }

    /** The case's phase on a date: contact from 2025-10-13, execution from 2026-01-12, closing from 2026-05-11. */
    public static Optional<Phase> phaseOn(LocalDate date) {
        if (date.isBefore(LocalDate.of(2025, 10, 13))) {
            return Optional.empty();
        }
        if (date.isBefore(LocalDate.of(2026, 1, 12))) {
            return Optional.of(Phase.CONTACT_AND_MOTIVATION);
        }
        return Optional.of(date.isBefore(LocalDate.of(2026, 5, 11)) ? Phase.EXECUTION : Phase.CLOSING_AND_EVALUATION);
    }

    /**
     * A seeded generator of valid assessments over the default catalogue: a random subset of its
     * factors, each with a random score and weight.
     */
    public static Assessment random(Random random, String id) {
        List<FactorScore> scores = new ArrayList<>();
        for (Factor factor : FactorCatalogs.DEFAULT.factors()) {
            if (random.nextInt(3) > 0) {
                scores.add(new FactorScore(factor.id(), factor.category(),
                    random.nextInt(BalancePolicy.MAX_SCORE + 1), 1 + random.nextInt(BalancePolicy.MAX_WEIGHT),
                    List.of()));
            }
        }
        return new Assessment(AssessmentId.of(id), FIRST, ASSESSOR, Optional.empty(), FactorCatalogs.DEFAULT.id(),
            FactorCatalogs.DEFAULT.version(), scores, Optional.empty());
    }
}
