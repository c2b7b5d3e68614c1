package nl.regiekit.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

class LifeDomainCatalogsTests {

    @Test
    void aVendorsBundleNamesAnEntryInAnotherLanguageOrRewordsItAndTheCataloguesNamesStandOtherwise() {
        LifeDomain housing = LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.domain(LifeDomainCode.of("housing")).orElseThrow();
        LifeDomain justice = LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.domain(LifeDomainCode.of("justice")).orElseThrow();
        LifeDomain network = LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.domain(LifeDomainCode.of("network")).orElseThrow();
        Locale frisian = Locale.forLanguageTag("fy");
        Locale dutch = Locale.forLanguageTag("nl");

        assertThat(housing.name(frisian)).isEqualTo("Húsfesting");
        assertThat(housing.problems().get(0).name(frisian)).isEqualTo("Driigjende útsetting");
        assertThat(housing.name(dutch)).isEqualTo(housing.nameNl());
        assertThat(housing.name(Locale.ENGLISH)).isEqualTo("Housing");
        // the vendor's Dutch rewording, for Dutch and for a language its bundle leaves out; English keeps its name
        assertThat(justice.name(dutch)).isEqualTo("Justitie en reclassering");
        assertThat(justice.name(frisian)).isEqualTo("Justitie en reclassering");
        assertThat(justice.name(Locale.ENGLISH)).isEqualTo("Justice");
        assertThat(network.name(frisian)).isEqualTo(network.nameNl());
    }

    @Test
    void hasThreeBuiltInCataloguesInOrder() {
        assertThat(LifeDomainCatalogs.builtIn().all())
            .extracting(c -> c.id().value())
            .containsExactly("regiekit:active-case-management", "regiekit:need-areas", "regiekit:domestic-violence");
    }

    @Test
    void builtInCataloguesHaveFourteenElevenAndSevenDomains() {
        assertThat(LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.domains()).hasSize(14);
        assertThat(LifeDomainCatalogs.NEED_AREAS.domains()).hasSize(11);
        assertThat(LifeDomainCatalogs.DOMESTIC_VIOLENCE.domains()).hasSize(7);
    }

    @Test
    void domesticViolenceWorkHasSafetyWithThreatsAndViolenceAsProblemsOfTheirOwn() {
        LifeDomain safety = LifeDomainCatalogs.DOMESTIC_VIOLENCE.domain(LifeDomainCode.of("safety")).orElseThrow();

        assertThat(LifeDomainCatalogs.DOMESTIC_VIOLENCE.version()).isEqualTo("2");
        assertThat(safety.name(Locale.forLanguageTag("nl"))).isEqualTo("Veiligheid");
        assertThat(safety.problems()).extracting(p -> p.code().value()).containsExactly("threats", "violence");
        assertThat(safety.hasProblem(ProblemCode.of("violence"))).isTrue();
        assertThat(LifeDomainCatalogs.DOMESTIC_VIOLENCE.domain(LifeDomainCode.of("family")).orElseThrow()
            .hasProblem(ProblemCode.of("violence"))).isFalse();
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new LifeDomain(LifeDomainCode.of("safety"),
            "Veiligheid", "Safety", List.of(DomainProblem.of("threats", "Bedreiging", "Threats"),
            DomainProblem.of("threats", "Dreiging", "Threat")))).satisfies(e -> assertThat(e.pointer()).isEqualTo("/problems/1/code"));
    }

    @Test
    void findsACatalogueByIdentifier() {
        LifeDomainCatalogs catalogs = LifeDomainCatalogs.builtIn();

        assertThat(catalogs.find(LifeDomainCatalogId.of("regiekit:need-areas")))
            .containsSame(LifeDomainCatalogs.NEED_AREAS);
        assertThat(catalogs.find(LifeDomainCatalogId.of("regiekit:unknown"))).isEmpty();
    }

    @Test
    void looksUpADomainByCodeWithDutchAndEnglishNames() {
        LifeDomainCatalog catalog = LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT;

        assertThat(catalog.domain(LifeDomainCode.of("housing")))
            .hasValueSatisfying(d -> {
                assertThat(d.name(Locale.ENGLISH)).isEqualTo("Housing");
                assertThat(d.name(Locale.forLanguageTag("nl-NL"))).isEqualTo("Huisvesting");
                assertThat(d.name(Locale.GERMAN)).as("Dutch unless English").isEqualTo("Huisvesting");
            });
        assertThat(catalog.contains(LifeDomainCode.of("justice"))).isTrue();
        assertThat(catalog.contains(LifeDomainCode.of("school"))).isFalse();
        assertThat(LifeDomainCatalogs.DOMESTIC_VIOLENCE.contains(LifeDomainCode.of("school"))).isTrue();
    }

    @Test
    void withAddsACatalogueAfterTheBuiltInOnesAndLeavesTheOriginalAlone() {
        LifeDomainCatalogs builtIn = LifeDomainCatalogs.builtIn();
        LifeDomainCatalogs extended = builtIn.with(AcmeLifeDomainCatalogProvider.ACME);

        assertThat(extended.all()).hasSize(4).last().isSameAs(AcmeLifeDomainCatalogProvider.ACME);
        assertThat(extended.find(LifeDomainCatalogId.of("acme:wijkteam"))).isPresent();
        assertThat(builtIn.all()).hasSize(3);
    }

    @Test
    void withRejectsDuplicateCatalogueId() {
        LifeDomainCatalog impostor = new LifeDomainCatalog(LifeDomainCatalogs.NEED_AREAS.id(), "2", "Namaak", "Fake",
            List.of(LifeDomain.of("income", "Inkomen", "Income")));

        assertThatIllegalArgumentException()
            .isThrownBy(() -> LifeDomainCatalogs.builtIn().with(impostor))
            .withMessageContaining("regiekit:need-areas");
    }

    @Test
    void rejectsDuplicateDomainCodeInACatalogue() {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new LifeDomainCatalog(LifeDomainCatalogId.of("acme:dup"), "1", "Dubbel", "Double",
                List.of(LifeDomain.of("home", "Thuis", "Home"), LifeDomain.of("money", "Geld", "Money"),
                    LifeDomain.of("home", "Woning", "Dwelling"))))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
                assertThat(e.pointer()).isEqualTo("/domains/2/code");
            });
    }

    @Test
    void builtInCataloguesHaveNoDuplicateCodes() {
        for (LifeDomainCatalog catalog : LifeDomainCatalogs.builtIn().all()) {
            assertThat(catalog.domains()).extracting(LifeDomain::code).doesNotHaveDuplicates();
        }
    }

    @Test
    void rejectsCatalogueWithoutDomains() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new LifeDomainCatalog(LifeDomainCatalogId.of("acme:empty"), "1", "Leeg", "Empty",
                List.of()));
    }
}
