package nl.regiekit.balance;

import static nl.regiekit.balance.SampleAssessments.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelViolation;

class AssessmentTests {

    private final Assessment empty = SampleAssessments.assessment("a-1", SampleAssessments.FIRST);

    @Test
    void addsAndReplacesScoresThroughTheAggregate() {
        Assessment scored = empty.score(score("debts", 2)).score(score("isolation", 1)).score(score("debts", 4));

        assertThat(scored.scores()).extracting(s -> s.factor().value()).containsExactly("debts", "isolation");
        assertThat(scored.scoreOf(FactorId.of("debts"))).map(FactorScore::score).contains(4);
        assertThat(scored.withoutFactor(FactorId.of("debts")).scores()).hasSize(1);
        assertThat(empty.scores()).isEmpty();
    }

    @Test
    void recordsTheCatalogueAndItsVersion() {
        assertThat(empty.catalog()).isEqualTo(FactorCatalogs.DEFAULT.id());
        assertThat(empty.catalogVersion()).isEqualTo("1");
        assertThat(empty.member()).isEmpty();
        assertThat(empty.about(PersonId.of("p-1")).member()).contains(PersonId.of("p-1"));
    }

    @Test
    void refusesAFactorScoredTwice() {
        assertThatThrownBy(() -> new Assessment(AssessmentId.of("a-1"), SampleAssessments.FIRST,
            SampleAssessments.ASSESSOR, Optional.empty(), FactorCatalogs.DEFAULT.id(), "1",
            List.of(score("debts", 1), score("debts", 2)), Optional.empty()))
            .isInstanceOfSatisfying(ModelViolation.class, e -> {
                assertThat(e.code().code()).isEqualTo("MODEL-DUPLICATE-ID");
                assertThat(e.pointer()).isEqualTo("/scores/1/factor");
            });
    }

    @Test
    void refusesScoresAndWeightsOffTheScale() {
        Factor debts = SampleAssessments.factor("debts");
        assertThatThrownBy(() -> FactorScore.of(debts, 5)).isInstanceOfSatisfying(ModelViolation.class,
            e -> assertThat(e.pointer()).isEqualTo("/score"));
        assertThatThrownBy(() -> FactorScore.of(debts, -1)).isInstanceOf(ModelViolation.class);
        assertThatThrownBy(() -> new FactorScore(debts.id(), debts.category(), 1, 4, List.of()))
            .isInstanceOfSatisfying(ModelViolation.class, e -> assertThat(e.pointer()).isEqualTo("/weight"));
        assertThatThrownBy(() -> new FactorScore(debts.id(), debts.category(), 1, 0, List.of()))
            .isInstanceOf(ModelViolation.class);
    }

    @Test
    void refusesADomainNamedTwice() {
        assertThatThrownBy(() -> score("debts", 1, "housing", "housing"))
            .isInstanceOfSatisfying(ModelViolation.class, e -> assertThat(e.pointer()).isEqualTo("/domains/1"));
    }

    @Test
    void weighsAScoreByItsWeight() {
        FactorScore debts = score("debts", 3, "financial-situation");

        assertThat(debts.weighted()).isEqualTo(9);    // 3 x 3
        assertThat(debts.side()).isEqualTo(Side.BURDEN);
        assertThat(debts.domains()).containsExactly(LifeDomainCode.of("financial-situation"));
    }

    @Test
    void keepsTheNoteOutOfToString() {
        Assessment noted = empty.score(score("debts", 2)).withNote("Moeder vertelt over SENTINEL");

        assertThat(noted.note()).contains("Moeder vertelt over SENTINEL");
        assertThat(noted.toString()).doesNotContain("SENTINEL").contains("a-1");
        assertThatThrownBy(() -> empty.withNote(" ")).isInstanceOf(ModelViolation.class);
    }

    @Test
    void requiresItsParts() {
        assertThatNullPointerException().isThrownBy(() -> new Assessment(null, SampleAssessments.FIRST,
            SampleAssessments.ASSESSOR, Optional.empty(), FactorCatalogs.DEFAULT.id(), "1", List.of(),
            Optional.empty()));
        assertThatThrownBy(() -> new Assessment(AssessmentId.of("a"), SampleAssessments.FIRST,
            SampleAssessments.ASSESSOR, null, FactorCatalogs.DEFAULT.id(), " ", null, null))
            .isInstanceOf(ModelViolation.class);
    }
}
