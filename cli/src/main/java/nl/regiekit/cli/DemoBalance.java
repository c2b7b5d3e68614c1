package nl.regiekit.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.regiekit.balance.Assessment;
import nl.regiekit.balance.AssessmentId;
import nl.regiekit.balance.FactorCatalogs;
import nl.regiekit.balance.FactorId;
import nl.regiekit.balance.FactorScore;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.balance.selfreliance.SelfRelianceMeasurement;
import nl.regiekit.balance.selfreliance.SelfRelianceScore;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casefile.CaseFile;

/**
 * The balance model of the demo family (see {@link DemoCase}): three assessments of the family as a
 * whole, by the case manager, in the contact phase, at the start of execution and three months into
 * it, and self-reliance matrix scores (13 domains) for the mother and the father. Overloaded by debts,
 * a threatened eviction, Noor's truancy and the father's drinking at first; the grandmother's help
 * and the mother's motivation weigh more as the burden is lightened. All invented.
 */
final class DemoBalance {

    private static final ProfessionalId CASE_MANAGER = ProfessionalId.of("cm-jansen");

    private DemoBalance() {
    }

    /** {@code file} with the demo family's assessments and self-reliance scores. */
    static CaseFile addTo(CaseFile file) {
        return file
            .withAssessment(assessment("bal-2025-10-20", LocalDate.of(2025, 10, 20),
                score("supportive-grandparent", 3, "network", "children"),
                score("motivation-for-change", 1, "well-being"),
                score("school-attendance", 1, "children"),
                score("budgeting-skills", 1, "financial-situation"),
                score("asking-for-help", 0, "network"),
                score("care-for-children", 3, "children", "household-care"),
                score("paperwork", 4, "financial-situation"),
                score("truancy", 3, "children"),
                score("parent-addiction", 3, "well-being", "relationships"),
                score("high-conflict-divorce", 2, "relationships"),
                score("debts", 4, "financial-situation"),
                score("threatened-eviction", 4, "housing"),
                score("distrust-of-help", 3, "network")))
            .withAssessment(assessment("bal-2026-01-19", LocalDate.of(2026, 1, 19),
                score("supportive-grandparent", 3, "network", "children"),
                score("motivation-for-change", 2, "well-being"),
                score("trusted-professional", 3, "network"),
                score("school-attendance", 2, "children"),
                score("budgeting-skills", 1, "financial-situation"),
                score("asking-for-help", 2, "network"),
                score("care-for-children", 3, "children", "household-care"),
                score("paperwork", 2, "financial-situation"),
                score("truancy", 2, "children"),
                score("parent-addiction", 2, "well-being", "relationships"),
                score("high-conflict-divorce", 2, "relationships"),
                score("debts", 3, "financial-situation"),
                score("threatened-eviction", 1, "housing"),
                score("distrust-of-help", 1, "network")))
            .withAssessment(assessment("bal-2026-04-06", LocalDate.of(2026, 4, 6),
                score("supportive-grandparent", 4, "network", "children"),
                score("motivation-for-change", 3, "well-being"),
                score("trusted-professional", 3, "network"),
                score("school-attendance", 3, "children"),
                score("stable-income", 2, "financial-situation"),
                score("budgeting-skills", 2, "financial-situation"),
                score("asking-for-help", 3, "network"),
                score("care-for-children", 2, "children", "household-care"),
                score("paperwork", 1, "financial-situation"),
                score("truancy", 1, "children"),
                score("parent-addiction", 2, "well-being", "relationships"),
                score("high-conflict-divorce", 1, "relationships"),
                score("debts", 3, "financial-situation"),
                score("threatened-eviction", 0, "housing")))
            .withSelfReliance(SelfRelianceHistory.of(Instruments.SELF_RELIANCE_MATRIX_13)
                .with(measurement(LocalDate.of(2025, 10, 20), DemoCase.MOTHER, "finances", 1, "housing", 1,
                    "domestic-relations", 2, "mental-health", 3, "social-network", 2, "time-use", 3))
                .with(measurement(LocalDate.of(2025, 10, 20), DemoCase.FATHER, "substance-use", 1, "social-network", 3,
                    "work-and-education", 3))
                .with(measurement(LocalDate.of(2026, 4, 6), DemoCase.MOTHER, "finances", 2, "housing", 3,
                    "domestic-relations", 3, "mental-health", 3, "social-network", 3, "time-use", 3))
                .with(measurement(LocalDate.of(2026, 4, 6), DemoCase.FATHER, "substance-use", 2, "social-network", 2,
                    "work-and-education", 3)));
    }

    private static Assessment assessment(String id, LocalDate date, FactorScore... scores) {
        Assessment assessment = Assessment.start(AssessmentId.of(id), date, CASE_MANAGER, FactorCatalogs.DEFAULT);
        for (FactorScore score : scores) {
            assessment = assessment.score(score);
        }
        return assessment;
    }

    private static FactorScore score(String factor, int score, String... domains) {
        return FactorScore.of(FactorCatalogs.DEFAULT.factor(FactorId.of(factor)).orElseThrow(), score, domains);
    }

    /** A measurement of {@code member}: pairs of domain code and level. */
    private static SelfRelianceMeasurement measurement(LocalDate date, PersonId member, Object... pairs) {
        List<SelfRelianceScore> scores = new java.util.ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            scores.add(SelfRelianceScore.of((String) pairs[i], (Integer) pairs[i + 1]));
        }
        return new SelfRelianceMeasurement(date, CASE_MANAGER, Optional.of(member), scores);
    }
}
