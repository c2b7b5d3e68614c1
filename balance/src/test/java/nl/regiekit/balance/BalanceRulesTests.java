package nl.regiekit.balance;

import static nl.regiekit.balance.SampleAssessments.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.regiekit.balance.selfreliance.InstrumentId;
import nl.regiekit.balance.selfreliance.Instruments;
import nl.regiekit.balance.selfreliance.SelfRelianceHistory;
import nl.regiekit.balance.selfreliance.SelfRelianceMeasurement;
import nl.regiekit.balance.selfreliance.SelfRelianceScore;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.Family;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.Gender;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.Person;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.PersonName;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Severity;

class BalanceRulesTests {

    private static final PersonId MOTHER = PersonId.of("p-mother");
    private final BalanceRules rules = BalanceRules.defaults();

    private static Case jansen() {
        Family family = new Family(List.of(
            new FamilyMember(new Person(MOTHER, PersonName.of("Anna", "Jansen"), Optional.empty(), Gender.FEMALE,
                Optional.empty()), Role.PARENT),
            new FamilyMember(new Person(PersonId.of("p-child"), PersonName.of("Bo", "Jansen"), Optional.empty(),
                Gender.MALE, Optional.empty()), Role.CHILD)), List.of());
        Referral referral = new Referral(LocalDate.of(2025, 9, 1), Optional.empty(), Optional.empty(), List.of(),
            List.of(), List.of(), List.of());
        return Case.refer(CaseId.of("case-1"), LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(), family, referral);
    }

    private static List<String> codes(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::code).toList();
    }

    @Test
    void findsNothingWrongWithTheSampleAssessmentsInTheirCase() {
        for (Assessment assessment : List.of(SampleAssessments.first(), SampleAssessments.second(),
            SampleAssessments.third())) {
            List<Finding> findings = rules.check(assessment, "/assessments/0", jansen());
            assertThat(codes(findings, Severity.ERROR)).isEmpty();
            assertThat(codes(findings, Severity.WARNING)).isEmpty();
        }
    }

    @Test
    void reportsAnUnknownFactorAndACategoryThatDiffersFromTheCatalogue() {
        Assessment assessment = SampleAssessments.first()
            .score(new FactorScore(FactorId.of("gambling"), FactorCategory.RISK_PARENT, 2, 2, List.of()))
            .score(new FactorScore(FactorId.of("debts"), FactorCategory.TASKS, 2, 3, List.of()));

        List<Finding> findings = rules.check(assessment, "/assessments/1");

        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR)
            .extracting(Finding::code, Finding::pointer)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("BALANCE-CATEGORY-MISMATCH", "/assessments/1/scores/7/category"),
                org.assertj.core.groups.Tuple.tuple("BALANCE-FACTOR-UNKNOWN", "/assessments/1/scores/10/factor"));
        assertThat(findings.get(0).message(Locale.ENGLISH))
            .isEqualTo("Factor debts has category TASKS, but factor catalogue regiekit:balance-factors gives category "
                + "RISK_SOCIO_ECONOMIC.");
    }

    @Test
    void warnsOfAnUnknownCatalogueOrAnotherVersion() {
        Assessment acme = new Assessment(AssessmentId.of("a-9"), SampleAssessments.FIRST, SampleAssessments.ASSESSOR,
            Optional.empty(), FactorCatalogId.of("nobody:factors"), "1", List.of(score("debts", 1)), Optional.empty());
        Assessment older = new Assessment(AssessmentId.of("a-9"), SampleAssessments.FIRST, SampleAssessments.ASSESSOR,
            Optional.empty(), FactorCatalogs.DEFAULT.id(), "0.9", List.of(score("stable-income", 1)),
            Optional.empty());

        assertThat(codes(rules.check(acme, ""), Severity.WARNING))
            .containsExactly("BALANCE-CATALOG-UNKNOWN", "BALANCE-NO-CAPACITY");
        assertThat(rules.check(older, "")).extracting(Finding::code, Finding::pointer)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("BALANCE-CATALOG-VERSION", "/catalogVersion"));
    }

    @Test
    void warnsOfAnAssessmentWithoutScores() {
        assertThat(rules.check(SampleAssessments.assessment("a-1", SampleAssessments.FIRST, score("debts", 0)), ""))
            .extracting(Finding::code).containsExactly("BALANCE-NO-SCORES");
    }

    @Test
    void checksMembersAndLifeDomainsAgainstTheCase() {
        Assessment assessment = SampleAssessments.assessment("a-1", SampleAssessments.FIRST,
            score("stable-income", 2, "income"), score("debts", 2, "financial-situation"))
            .about(PersonId.of("p-stranger"));

        List<Finding> findings = rules.check(assessment, "/assessments/0", jansen());

        assertThat(findings).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::code, Finding::pointer)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple("BALANCE-MEMBER-UNKNOWN", "/assessments/0/member"),
                org.assertj.core.groups.Tuple.tuple("CASE-UNKNOWN-LIFE-DOMAIN", "/assessments/0/scores/0/domains/0"));
        assertThat(rules.check(assessment.about(MOTHER), "/assessments/0", jansen()))
            .noneMatch(f -> f.code().equals("BALANCE-MEMBER-UNKNOWN"));
    }

    @Test
    void checksSelfRelianceScoresAgainstTheirInstrument() {
        SelfRelianceHistory history = SelfRelianceHistory.of(Instruments.SELF_RELIANCE_MATRIX_13)
            .with(new SelfRelianceMeasurement(SampleAssessments.SECOND, SampleAssessments.ASSESSOR, Optional.of(MOTHER),
                List.of(SelfRelianceScore.of("finances", 1), SelfRelianceScore.of("housing", 4))))
            .with(new SelfRelianceMeasurement(SampleAssessments.FIRST, SampleAssessments.ASSESSOR, Optional.of(MOTHER),
                List.of(SelfRelianceScore.of("finances", 2), SelfRelianceScore.of("dagbesteding", 3),
                    SelfRelianceScore.of("housing", 0))));

        List<Finding> findings = rules.check(history, "/selfReliance/0");

        assertThat(findings).extracting(Finding::code, Finding::pointer).containsExactly(
            org.assertj.core.groups.Tuple.tuple("BALANCE-INSTRUMENT-DOMAIN-UNKNOWN",
                "/selfReliance/0/measurements/1/scores/1/domain"),
            org.assertj.core.groups.Tuple.tuple("BALANCE-INSTRUMENT-LEVEL",
                "/selfReliance/0/measurements/1/scores/2/level"),
            // the earlier measurement is listed second: finances fell from 2 to 1
            org.assertj.core.groups.Tuple.tuple("BALANCE-SELF-RELIANCE-DECLINED",
                "/selfReliance/0/measurements/0/scores/0/level"));
        assertThat(findings.get(2).message(Locale.ENGLISH)).isEqualTo("Self-reliance on domain finances fell from level 2 to level 1.");
    }

    @Test
    void reportsAnUnknownInstrumentAndAMemberOutsideTheFamily() {
        SelfRelianceHistory unknown = new SelfRelianceHistory(InstrumentId.of("acme:matrix"), "1", List.of());
        SelfRelianceHistory stranger = SelfRelianceHistory.of(Instruments.SELF_RELIANCE_MATRIX_11)
            .with(new SelfRelianceMeasurement(SampleAssessments.FIRST, SampleAssessments.ASSESSOR,
                Optional.of(PersonId.of("p-stranger")), List.of(SelfRelianceScore.of("finances", 2))));

        assertThat(rules.check(unknown, "")).extracting(Finding::code).containsExactly("BALANCE-INSTRUMENT-UNKNOWN");
        assertThat(rules.check(stranger, "/selfReliance/1", jansen())).extracting(Finding::code, Finding::pointer)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("BALANCE-MEMBER-UNKNOWN",
                "/selfReliance/1/measurements/0/member"));
    }

    @Test
    void everyCodeIsUniqueAndFoundThroughTheServiceLoader() {
        List<String> codes = new BalanceCodes.Catalog().codes().stream().map(c -> c.code()).toList();

        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.startsWith("BALANCE-"));
        assertThat(nl.regiekit.casemodel.finding.FindingCatalog.all()).extracting(c -> c.code())
            .containsAll(codes);
        for (InterventionRoute route : InterventionRoute.values()) {
            assertThat(BalanceCodes.route(route).severity()).isEqualTo(Severity.INFO);
            assertThat(BalanceCodes.route(route).code()).endsWith(route.name().replace('_', '-'));
        }
    }
}
