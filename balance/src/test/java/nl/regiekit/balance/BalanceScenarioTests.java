package nl.regiekit.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;

/**
 * The fictional Jansen family over three assessments ({@link SampleAssessments}): overloaded at
 * first contact, strained early in execution, in balance at closing. The case manager first
 * lightens the burden, then strengthens capacity (method §8); the routes suggested shift with it.
 */
class BalanceScenarioTests {

    private final BalanceScoring scoring = BalanceScoring.defaults();
    private final BalanceRules rules = BalanceRules.defaults();

    @Test
    void theFamilyMovesFromOverloadToBalance() {
        // First contact. C = 3*2 + 2*1 + 1*2 = 10;
        // B = 3*2 + 4*1 + 3*2 + 2*3 + 4*3 + 3*3 + 2*2 = 47; index = (10 - 47) / 57
        Balance first = scoring.score(SampleAssessments.first());
        assertThat(first.capacity()).isEqualTo(10);
        assertThat(first.burden()).isEqualTo(47);
        assertThat(first.index()).isCloseTo(-37.0 / 57, within(1e-12));
        assertThat(first.verdict()).isEqualTo(Verdict.OVERLOADED);
        assertThat(first.suggestions()).hasSize(5);

        // The eviction is off and the debts are under administration; a trusted professional and motivation count.
        // C = 6 + 2 + 3*1 + 2*2 + 2*2 = 19; B = 3*2 + 2*1 + 2*2 + 2*3 + 3*3 + 1*2 = 29; index = (19 - 29) / 48
        Balance second = scoring.score(SampleAssessments.second());
        assertThat(second.capacity()).isEqualTo(19);
        assertThat(second.burden()).isEqualTo(29);
        assertThat(second.index()).isCloseTo(-10.0 / 48, within(1e-12));
        assertThat(second.verdict()).isEqualTo(Verdict.STRAINED);
        assertThat(second.heaviestBurdens().get(0).factor().value()).isEqualTo("debts");

        // Closing. C = 6 + 3 + 2 + 6 + 3*2 + 3*1 + 3*2 = 32; B = 2*2 + 1*1 + 1*3 + 2*3 = 14; index = 18 / 46
        Balance third = scoring.score(SampleAssessments.third());
        assertThat(third.capacity()).isEqualTo(32);
        assertThat(third.burden()).isEqualTo(14);
        assertThat(third.index()).isCloseTo(18.0 / 46, within(1e-12));
        assertThat(third.verdict()).isEqualTo(Verdict.IN_BALANCE);
        // Only the father's addiction, now slight, still points to treatment.
        assertThat(third.suggestions()).extracting(Suggestion::route)
            .containsExactly(InterventionRoute.REDUCE_PATHOLOGY);
        assertThat(third.strongestProtections()).extracting(s -> s.factor().value())
            .containsExactly("supportive-grandparent", "motivation-for-change", "stable-income");
    }

    @Test
    void theTrendFollowsThePhasesOfTheCase() {
        Trend trend = scoring.trend(List.of(SampleAssessments.third(), SampleAssessments.first(),
            SampleAssessments.second()), SampleAssessments::phaseOn);

        assertThat(trend.points()).extracting(p -> p.assessment().value()).containsExactly("a-1", "a-2", "a-3");
        assertThat(trend.points()).extracting(Trend.Point::verdict)
            .containsExactly(Verdict.OVERLOADED, Verdict.STRAINED, Verdict.IN_BALANCE);
        assertThat(trend.points().get(0).change()).isZero();
        assertThat(trend.points().get(1).change()).isCloseTo(-10.0 / 48 + 37.0 / 57, within(1e-12));
        assertThat(trend.change()).isCloseTo(18.0 / 46 + 37.0 / 57, within(1e-12));
        assertThat(trend.phases()).extracting(Trend.PhaseSummary::phase)
            .containsExactly(Phase.CONTACT_AND_MOTIVATION, Phase.EXECUTION, Phase.CLOSING_AND_EVALUATION);
        assertThat(trend.phases().get(1).meanIndex()).isCloseTo(-10.0 / 48, within(1e-12));
    }

    @Test
    void theSuggestionsAreInfoFindingsThatNameTheirDrivers() {
        List<Finding> findings = rules.check(SampleAssessments.first(), "/assessments/0");

        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(findings).extracting(Finding::code).containsExactly("BALANCE-ROUTE-INCREASE-SKILLS",
            "BALANCE-ROUTE-LIGHTEN-TASKS", "BALANCE-ROUTE-RELIEVE-STRESS", "BALANCE-ROUTE-ACTIVATE-PROTECTION",
            "BALANCE-ROUTE-REDUCE-PATHOLOGY");
        Finding stress = findings.get(2);
        // debts is the eighth score of the first assessment
        assertThat(stress.pointer()).isEqualTo("/assessments/0/scores/7/factor");
        assertThat(stress.subject()).contains(AssessmentId.of("a-1"));
        assertThat(stress.message(Locale.ENGLISH)).isEqualTo(
            "Intervention route 3 (relieve stress) fits this assessment; 3 factors point to it, most strongly debts.");
        assertThat(stress.message(Locale.forLanguageTag("nl"))).contains("Interventieroute 3", "debts");
    }
}
