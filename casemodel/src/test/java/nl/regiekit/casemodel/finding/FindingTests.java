package nl.regiekit.casemodel.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.Identifier;
import nl.regiekit.casemodel.LifeDomainCatalogId;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.PersonId;

class FindingTests {

    /** A code of the tests' own, its messages in the vendor's bundle on the test class path (regiekit/findings*). */
    private static final FindingCode AGE = FindingCode.of("TEST-YOUNG-PERSON-AGE", Severity.WARNING);
    private static final Locale FRISIAN = Locale.forLanguageTag("fy");

    @Test
    void fillsPlaceholdersWithIdentifiersNumbersAndEnums() {
        Finding finding = Finding.of(AGE, "/family/members/3/role", PersonId.of("p-noor"), 8, 12, 24);

        assertThat(finding.code()).isEqualTo("TEST-YOUNG-PERSON-AGE");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.pointer()).isEqualTo("/family/members/3/role");
        assertThat(finding.subject()).isEmpty();
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Member p-noor is 8; allowed 12 to 24.");
        assertThat(finding.message(Locale.forLanguageTag("nl"))).isEqualTo("Lid p-noor is 8 jaar; toegestaan 12 tot en met 24.");
    }

    @Test
    void fillsPlaceholdersWithPeriodsBooleansAndFindingCodes() {
        FindingCode code = FindingCode.of("TEST-MIXED", Severity.INFO);

        Finding finding = Finding.of(code, "", Period.ofMonths(4), true, Phase.EXECUTION, ModelCodes.DATE_ORDER);

        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("P4M true EXECUTION MODEL-DATE-ORDER");
    }

    @Test
    void leavesUnusedPlaceholdersAndExtraArgumentsAlone() {
        Finding finding = Finding.of(AGE, "", PersonId.of("p-noor"));

        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Member p-noor is {1}; allowed {2} to {3}.");
    }

    @Test
    void subjectsOfTheSameTextButAnotherTypeAreDifferentSubjects() {
        Finding aboutPerson = Finding.about(AGE, "/x", PersonId.of("x-1"), PersonId.of("x-1"), 26, 12, 24);
        Finding aboutCase = Finding.about(AGE, "/x", CaseId.of("x-1"), PersonId.of("x-1"), 26, 12, 24);

        assertThat(aboutPerson.subject()).isNotEqualTo(aboutCase.subject());
        assertThat(aboutPerson.subject().map(Identifier::value)).isEqualTo(aboutCase.subject().map(Identifier::value));
    }

    @Test
    void aboutRecordsTheSubjectIdentifier() {
        Finding finding = Finding.about(AGE, "/x", PersonId.of("p-daan"), PersonId.of("p-daan"), 26, 12, 24);

        assertThat(finding.subject()).contains(PersonId.of("p-daan"));
        assertThat(finding.message(Locale.ENGLISH)).startsWith("Member p-daan is 26;");
    }

    @Test
    void rejectsStringArgumentsSoNoFreeTextSlipsIn() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Finding.of(AGE, "/family/members/0", "Sanne de Vries", 8, 12, 24))
            .withMessageContaining("String")
            .withMessageNotContaining("Sanne");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> Finding.about(AGE, "/x", PersonId.of("p-x"), new StringBuilder("Sanne")));
    }

    @Test
    void rejectsNullAndOtherArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> Finding.of(AGE, "", (Object) null))
            .withMessageContaining("null");
        assertThatIllegalArgumentException().isThrownBy(() -> Finding.of(AGE, "", java.time.LocalDate.of(2016, 6, 10)))
            .as("a birth date is personal data").withMessageContaining("LocalDate");
    }

    @Test
    void underPrefixesThePointer() {
        Finding finding = Finding.of(ModelCodes.DANGLING_REFERENCE, "/households/1/members/0");

        Finding nested = finding.under("/family");

        assertThat(nested.pointer()).isEqualTo("/family/households/1/members/0");
        assertThat(nested.code()).isEqualTo(finding.code());
        assertThat(nested.message(Locale.ENGLISH)).isEqualTo(finding.message(Locale.ENGLISH));
        assertThat(finding.pointer()).isEqualTo("/households/1/members/0");
    }

    @Test
    void messageIsEnglishForEnglishAndDutchOtherwise() {
        Finding finding = Finding.of(ModelCodes.BSN_INVALID, "/bsn");

        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("This BSN fails the eleven-test.");
        assertThat(finding.message(Locale.UK)).isEqualTo("This BSN fails the eleven-test.");
        assertThat(finding.message(Locale.forLanguageTag("nl"))).isEqualTo("Dit BSN voldoet niet aan de elfproef.");
        assertThat(finding.message(Locale.FRENCH)).isEqualTo("Dit BSN voldoet niet aan de elfproef.");
    }

    @Test
    void aVendorsBundleAddsALanguageAndFallsBackToDutchWhereItIsSilent() {
        Finding bsn = Finding.of(ModelCodes.BSN_INVALID, "/bsn");
        Finding age = Finding.of(AGE, "", PersonId.of("p-noor"), 8, 12, 24);
        Finding dates = Finding.of(ModelCodes.DATE_ORDER, "/x");

        assertThat(bsn.message(FRISIAN)).isEqualTo("Dit BSN foldocht net oan de alvenproef.");
        assertThat(age.message(FRISIAN)).isEqualTo("Lid p-noor is 8 jier; tastien 12 oant en mei 24.");
        assertThat(dates.message(FRISIAN)).as("no Frisian text: the Dutch one")
            .isEqualTo(dates.message(Locale.forLanguageTag("nl")));
        assertThat(ModelCodes.BSN_INVALID.template(FRISIAN)).isEqualTo("Dit BSN foldocht net oan de alvenproef.");
    }

    @Test
    void aCodeNoBundleKnowsReadsAsItsCode() {
        Finding unknown = Finding.of(FindingCode.of("ACME-NO-TEXT", Severity.INFO), "");

        assertThat(unknown.message(Locale.ENGLISH)).isEqualTo("ACME-NO-TEXT");
    }

    @Test
    void modelViolationBecomesAFindingAtThePrefixedPointer() {
        ModelViolation violation = new ModelViolation(ModelCodes.DUPLICATE_ID, "/members/1/person/id");

        Finding finding = violation.toFinding("/family");

        assertThat(finding.code()).isEqualTo("MODEL-DUPLICATE-ID");
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.pointer()).isEqualTo("/family/members/1/person/id");
        assertThat(violation.getMessage())
            .isEqualTo("MODEL-DUPLICATE-ID at '/members/1/person/id': This identifier occurs earlier in the list.");
    }

    @Test
    void findingCodeMustLookLikeAreaWord() {
        assertThat(FindingCode.of("CASE-X1", Severity.INFO).code()).isEqualTo("CASE-X1");
        for (String bad : List.of("CASE", "case-word", "CASE-", "-CASE", "CASE--WORD", "1CASE-WORD", "CASE WORD")) {
            assertThatIllegalArgumentException().as(bad)
                .isThrownBy(() -> FindingCode.of(bad, Severity.INFO));
        }
    }

    @Test
    void rejectsMissingParts() {
        assertThatNullPointerException()
            .isThrownBy(() -> new Finding("X-Y", null, "", Optional.empty(), List.of()))
            .withMessage("severity");
        assertThatNullPointerException()
            .isThrownBy(() -> new ModelViolation(ModelCodes.DATE_ORDER, null))
            .withMessage("pointer");
    }

    @Test
    void identifiersOfAnyTypeAreAllowedArguments() {
        FindingCode code = FindingCode.of("TEST-DOMAIN", Severity.ERROR);

        Finding finding = Finding.of(code, "", LifeDomainCode.of("school"),
            LifeDomainCatalogId.of("regiekit:active-case-management"));

        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("school in regiekit:active-case-management");
    }
}
