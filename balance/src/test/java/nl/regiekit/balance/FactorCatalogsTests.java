package nl.regiekit.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.ModelViolation;

class FactorCatalogsTests {

    @Test
    void theDefaultCatalogueCoversEveryCategoryOfTheModel() {
        assertThat(FactorCatalogs.DEFAULT.factors()).extracting(Factor::category)
            .containsAll(Arrays.asList(FactorCategory.values()));
        assertThat(FactorCatalogs.DEFAULT.factors()).extracting(f -> f.id().value())
            .contains("debts", "unemployment", "poor-housing", "isolation", "parent-addiction",
                "supportive-grandparent", "stable-income", "school-attendance");
        assertThat(FactorCatalogs.DEFAULT.factors()).filteredOn(Factor::pathology).extracting(f -> f.id().value())
            .containsExactlyInAnyOrder("parent-addiction", "parent-mental-illness", "parent-trauma",
                "domestic-violence");
    }

    @Test
    void categoriesKnowTheirSideAndLevel() {
        assertThat(FactorCategory.SKILLS.side()).isEqualTo(Side.CAPACITY);
        assertThat(FactorCategory.SKILLS.level()).isEmpty();
        assertThat(FactorCategory.TASKS.side()).isEqualTo(Side.BURDEN);
        assertThat(FactorCategory.TASKS.isRisk()).isFalse();
        assertThat(FactorCategory.RISK_NEIGHBOURHOOD.level()).contains(Level.MESO);
        assertThat(FactorCategory.RISK_CULTURAL.level()).contains(Level.MACRO);
        assertThat(FactorCategory.RISK_CHILD.level()).contains(Level.MICRO);
        assertThat(FactorCategory.PROTECTIVE_ENVIRONMENT.isProtective()).isTrue();
        assertThat(FactorCategory.SKILLS.isProtective()).isFalse();
    }

    @Test
    void refusesTwoCataloguesWithOneIdentifier() {
        assertThatIllegalArgumentException().isThrownBy(() -> FactorCatalogs.builtIn().with(FactorCatalogs.DEFAULT));
    }

    @Test
    void namesFactorsInTheLanguageAskedOrByIdentifier() {
        FactorCatalogs catalogs = FactorCatalogs.builtIn();

        assertThat(catalogs.name(FactorCatalogs.DEFAULT.id(), FactorId.of("debts"), Locale.ENGLISH)).isEqualTo("Debts");
        assertThat(catalogs.name(FactorCatalogs.DEFAULT.id(), FactorId.of("debts"), Locale.forLanguageTag("nl")))
            .isEqualTo("Schulden");
        assertThat(catalogs.name(FactorCatalogId.of("acme:factors"), FactorId.of("gambling"), Locale.ENGLISH))
            .isEqualTo("gambling");
    }

    @Test
    void refusesAnEmptyCatalogueAndAFactorListedTwice() {
        Factor debts = SampleAssessments.factor("debts");
        assertThatIllegalArgumentException().isThrownBy(() -> new FactorCatalog(FactorCatalogId.of("x"), "1", "x",
            "x", List.of()));
        assertThatThrownBy(() -> new FactorCatalog(FactorCatalogId.of("x"), "1", "x", "x", List.of(debts, debts)))
            .isInstanceOfSatisfying(ModelViolation.class, e -> assertThat(e.pointer()).isEqualTo("/factors/1/id"));
        assertThatThrownBy(() -> Factor.of("x", FactorCategory.TASKS, 4, "x", "x")).isInstanceOf(ModelViolation.class);
    }
}
