package nl.regiekit.balance;

import static nl.regiekit.balance.SampleAssessments.assessment;
import static nl.regiekit.balance.SampleAssessments.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import nl.regiekit.casemodel.LifeDomainCode;

/**
 * The formula on hand-worked examples. Default weights: supportive-grandparent 2, school-attendance 1,
 * child-resilience 1, stable-income 2, budgeting-skills 2, debts 3, unemployment 2, isolation 2,
 * truancy 2, care-for-children 2. Weighted score = score x weight; index = (C - B) / (C + B);
 * in balance from 0, strained from -1/3, overloaded below.
 */
class BalanceScoringTests {

    private static final BalanceScoring SCORING = BalanceScoring.defaults();

    static Stream<Arguments> handWorked() {
        return Stream.of(
            // C = 3*2 + 2*1 = 8; B = 2*3 + 1*2 = 8; (8 - 8) / 16 = 0
            Arguments.of(List.of(score("supportive-grandparent", 3), score("school-attendance", 2),
                score("debts", 2), score("unemployment", 1)), 8, 8, 0.0, Verdict.IN_BALANCE),
            // C = 4*2 + 3*2 = 14; B = 2*3 + 2*2 = 10; (14 - 10) / 24 = 1/6
            Arguments.of(List.of(score("supportive-grandparent", 4), score("budgeting-skills", 3),
                score("debts", 2), score("care-for-children", 2)), 14, 10, 4.0 / 24, Verdict.IN_BALANCE),
            // C = 3*2 = 6; B = 2*3 + 2*2 = 10; (6 - 10) / 16 = -1/4
            Arguments.of(List.of(score("supportive-grandparent", 3), score("debts", 2), score("truancy", 2)),
                6, 10, -4.0 / 16, Verdict.STRAINED),
            // C = 4*1 + 1*1 = 5; B = 2*3 + 2*2 = 10; (5 - 10) / 15 = -1/3: the edge, still strained
            Arguments.of(List.of(score("school-attendance", 4), score("child-resilience", 1), score("debts", 2),
                score("truancy", 2)), 5, 10, -1.0 / 3, Verdict.STRAINED),
            // C = 4*1 = 4; B = 2*3 + 2*2 = 10; (4 - 10) / 14 = -3/7 < -1/3
            Arguments.of(List.of(score("school-attendance", 4), score("debts", 2), score("truancy", 2)),
                4, 10, -6.0 / 14, Verdict.OVERLOADED),
            // C = 1*2 = 2; B = 4*3 + 2*2 = 16; (2 - 16) / 18 = -7/9
            Arguments.of(List.of(score("stable-income", 1), score("debts", 4), score("isolation", 2)),
                2, 16, -14.0 / 18, Verdict.OVERLOADED),
            // B = 1*3 = 3, no capacity: (0 - 3) / 3 = -1
            Arguments.of(List.of(score("debts", 1)), 0, 3, -1.0, Verdict.OVERLOADED),
            // C = 4*2 = 8, no burden: (8 - 0) / 8 = 1
            Arguments.of(List.of(score("stable-income", 4)), 8, 0, 1.0, Verdict.IN_BALANCE),
            // nothing present: 0 by definition
            Arguments.of(List.of(score("stable-income", 0), score("debts", 0)), 0, 0, 0.0, Verdict.IN_BALANCE),
            Arguments.of(List.of(), 0, 0, 0.0, Verdict.IN_BALANCE));
    }

    @ParameterizedTest(name = "[{index}] C={1} B={2}")
    @MethodSource("handWorked")
    void scoresHandWorkedExamples(List<FactorScore> scores, int capacity, int burden, double index, Verdict verdict) {
        Balance balance = SCORING.score(assessment("a-1", SampleAssessments.FIRST, scores.toArray(FactorScore[]::new)));

        assertThat(balance.capacity()).isEqualTo(capacity);
        assertThat(balance.burden()).isEqualTo(burden);
        assertThat(balance.index()).isCloseTo(index, within(1e-12));
        assertThat(balance.verdict()).isEqualTo(verdict);
    }

    @Test
    void computesTheIndexFromTotals() {
        assertThat(Balance.index(3, 1)).isEqualTo(0.5);        // (3 - 1) / 4
        assertThat(Balance.index(1, 3)).isEqualTo(-0.5);       // (1 - 3) / 4
        assertThat(Balance.index(0, 0)).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> Balance.index(-1, 2));
    }

    @Test
    void breaksTheBalanceDownPerCategoryLevelAndDomain() {
        Balance balance = SCORING.score(SampleAssessments.first());

        // MICRO: truancy 3*2 + parent-addiction 2*3 = 12; MESO: isolation 2*2 = 4; MACRO: debts 4*3 + eviction 3*3 = 21
        assertThat(balance.levels()).containsExactly(new Balance.LevelTotal(Level.MICRO, 12),
            new Balance.LevelTotal(Level.MESO, 4), new Balance.LevelTotal(Level.MACRO, 21));
        // TASKS: care-for-children 3*2 + paperwork 4*1 = 10
        assertThat(balance.categories()).hasSize(FactorCategory.values().length)
            .contains(new Balance.CategoryTotal(FactorCategory.TASKS, 10),
                new Balance.CategoryTotal(FactorCategory.SKILLS, 2),
                new Balance.CategoryTotal(FactorCategory.RISK_CULTURAL, 0));
        // network: grandparent 3*2 capacity, isolation 2*2 burden; financial: budgeting 1*2 against paperwork 4 + debts 12
        assertThat(balance.domains()).contains(
            new Balance.DomainTotal(LifeDomainCode.of("network"), 6, 4),
            new Balance.DomainTotal(LifeDomainCode.of("financial-situation"), 2, 16));
        assertThat(balance.domains().get(0).domain().value()).isEqualTo("network");
    }

    @Test
    void countsAFactorFullyInEachDomainItTouches() {
        Balance balance = SCORING.score(assessment("a-1", SampleAssessments.FIRST,
            score("debts", 2, "financial-situation", "housing")));

        assertThat(balance.domains()).containsExactly(
            new Balance.DomainTotal(LifeDomainCode.of("financial-situation"), 0, 6),
            new Balance.DomainTotal(LifeDomainCode.of("housing"), 0, 6));
        assertThat(balance.domains().get(0).index()).isEqualTo(-1.0);
    }

    @Test
    void namesTheHeaviestBurdensAndStrongestProtections() {
        Balance balance = SCORING.score(SampleAssessments.first());

        // debts 12, eviction 9, then three of 6 in the order scored: care-for-children first
        assertThat(balance.heaviestBurdens()).extracting(s -> s.factor().value())
            .containsExactly("debts", "threatened-eviction", "care-for-children");
        assertThat(balance.strongestProtections()).extracting(s -> s.factor().value())
            .containsExactly("supportive-grandparent", "child-resilience", "budgeting-skills");
    }

    @Test
    void leavesFactorsThatAreNotPresentOutOfTheHeaviest() {
        Balance balance = SCORING.score(assessment("a-1", SampleAssessments.FIRST, score("debts", 0),
            score("stable-income", 0)));

        assertThat(balance.heaviestBurdens()).isEmpty();
        assertThat(balance.strongestProtections()).isEmpty();
    }

    @Test
    void followsThePolicysThresholds() {
        BalanceScoring lenient = new BalanceScoring(BalancePolicy.DEFAULTS.withThresholds(-0.5, -0.9),
            FactorCatalogs.builtIn());
        Assessment strained = assessment("a-1", SampleAssessments.FIRST, score("supportive-grandparent", 3),
            score("debts", 2), score("truancy", 2));   // (6 - 10) / 16 = -0.25

        assertThat(lenient.score(strained).verdict()).isEqualTo(Verdict.IN_BALANCE);
        assertThat(SCORING.score(strained).verdict()).isEqualTo(Verdict.STRAINED);
    }

    @Test
    void suggestsTheRoutesThatTheFactorsDrive() {
        List<Suggestion> suggestions = SCORING.score(SampleAssessments.first()).suggestions();

        assertThat(suggestions).extracting(Suggestion::route).containsExactly(InterventionRoute.values());
        assertThat(suggestions.get(0).drivers()).extracting(FactorId::value).containsExactly("budgeting-skills");
        assertThat(suggestions.get(1).drivers()).extracting(FactorId::value)
            .containsExactly("care-for-children", "paperwork");
        // the addiction is a pathology: route 5, not route 3
        assertThat(suggestions.get(2).drivers()).extracting(FactorId::value)
            .containsExactly("debts", "threatened-eviction", "truancy");
        assertThat(suggestions.get(3).drivers()).extracting(FactorId::value)
            .containsExactly("supportive-grandparent", "child-resilience");
        assertThat(suggestions.get(4).drivers()).extracting(FactorId::value).containsExactly("parent-addiction");
    }

    @Test
    void suggestsNoSkillsRouteWithoutTasksNorProtectionRouteInBalance() {
        Assessment assessment = assessment("a-1", SampleAssessments.FIRST, score("budgeting-skills", 0),
            score("supportive-grandparent", 4), score("debts", 1));   // (8 - 3) / 11 > 0

        assertThat(SCORING.score(assessment).suggestions()).isEmpty();
    }

    @Test
    void knowsNoPathologyOfAnUnknownCatalogue() {
        Assessment assessment = new Assessment(AssessmentId.of("a-1"), SampleAssessments.FIRST,
            SampleAssessments.ASSESSOR, java.util.Optional.empty(), FactorCatalogId.of("acme:factors"), "1",
            List.of(score("parent-addiction", 4)), java.util.Optional.empty());

        assertThat(SCORING.score(assessment).suggestions()).extracting(Suggestion::route)
            .containsExactly(InterventionRoute.RELIEVE_STRESS);
    }
}
