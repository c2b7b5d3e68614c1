package nl.regiekit.casemodel;

import static nl.regiekit.casemodel.SampleFamilies.CHILD;
import static nl.regiekit.casemodel.SampleFamilies.CHILDREN;
import static nl.regiekit.casemodel.SampleFamilies.HOUSING;
import static nl.regiekit.casemodel.SampleFamilies.HOUSING_CORPORATION;
import static nl.regiekit.casemodel.SampleFamilies.MOTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

class OutreachTests {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 18);

    @Test
    void keepsAFollowUpAppointmentOnlyOnAnAttemptThatMadeContact() {
        assertThat(ContactAttempt.contactWithAppointment(DAY, ContactKind.HOME_VISIT, DAY.plusDays(7))
            .followUpAppointment()).contains(DAY.plusDays(7));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new ContactAttempt(DAY, ContactKind.LETTER, ContactOutcome.NO_RESPONSE,
                Optional.of(DAY.plusDays(7))))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/followUpAppointment"))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.VALUE_INVALID));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> ContactAttempt.contactWithAppointment(DAY, ContactKind.HOME_VISIT, DAY.minusDays(1)))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DATE_ORDER));
    }

    @Test
    void recordsAttemptsInDateOrderAndFindsTheFirstContact() {
        Case subject = SampleFamilies.acceptedCaseInExecution()
            .recordContactAttempt(ContactAttempt.of(DAY, ContactKind.HOME_VISIT, ContactOutcome.NO_RESPONSE))
            .recordContactAttempt(ContactAttempt.of(DAY.plusDays(3), ContactKind.PHONE_CALL, ContactOutcome.REFUSED))
            .recordContactAttempt(ContactAttempt.contactWithAppointment(DAY.plusDays(8), ContactKind.HOME_VISIT,
                DAY.plusDays(15)));

        Outreach outreach = subject.outreach().orElseThrow();
        assertThat(outreach.firstContactOn(DAY.plusDays(7))).isEmpty();
        assertThat(outreach.firstContactOn(DAY.plusDays(8))).map(ContactAttempt::date).contains(DAY.plusDays(8));
        assertThat(outreach.lastAttemptOn(DAY.plusDays(5))).map(ContactAttempt::kind).contains(ContactKind.PHONE_CALL);
        assertThat(outreach.followUpAppointment()).contains(DAY.plusDays(15));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> subject.recordContactAttempt(ContactAttempt.of(DAY, ContactKind.LETTER,
                ContactOutcome.NO_RESPONSE)))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/outreach/attempts/3/date"));
    }

    @Test
    void refusesPracticalHelpForAnUnknownMemberOrOrganisation() {
        Case subject = SampleFamilies.acceptedCaseInExecution();
        PracticalHelp beds = new PracticalHelp(DAY, CHILDREN, List.of(CHILD), Optional.empty(), "Bedden geregeld");

        assertThat(subject.recordPracticalHelp(beds).outreachOrNone().practicalHelp()).containsExactly(beds);
        assertThat(beds.byCaseManager()).isTrue();
        assertThat(beds.toString()).doesNotContain("Bedden");
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> subject.recordPracticalHelp(new PracticalHelp(DAY, HOUSING, List.of(PersonId.of("p-x")),
                Optional.of(HOUSING_CORPORATION), "Huurachterstand bevroren")))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/outreach/practicalHelp/0/members/0"));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> subject.recordPracticalHelp(new PracticalHelp(DAY, HOUSING, List.of(MOTHER),
                Optional.of(OrganisationId.of("org-energy")), "Energie weer aangesloten")))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/outreach/practicalHelp/0/organisation"));
    }

    @Test
    void judgesAnInventoryCompleteWhenEveryDomainIsThereAndTheFamilyAgreed() {
        LifeDomainCatalog catalog = LifeDomainCatalogs.DOMESTIC_VIOLENCE;
        List<InventoryEntry> entries = catalog.domains().stream()
            .map(d -> new InventoryEntry(d.code(), d.code().value().equals("finances"), Optional.empty())).toList();
        ProblemInventory drawnUp = new ProblemInventory(entries.subList(0, 5), Optional.empty());

        assertThat(drawnUp.missing(catalog)).containsExactly(LifeDomainCode.of("finances"), LifeDomainCode.of("safety"));
        ProblemInventory whole = new ProblemInventory(entries, Optional.empty());
        assertThat(whole.completeOn(catalog, DAY)).isFalse();
        assertThat(whole.agreedOn(DAY).completeOn(catalog, DAY)).isTrue();
        assertThat(whole.agreedOn(DAY).completeOn(catalog, DAY.minusDays(1))).isFalse();
        assertThat(whole.problemDomains()).containsExactly(LifeDomainCode.of("finances"));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new ProblemInventory(List.of(entries.get(0), entries.get(0)), Optional.empty()))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID));
    }

    @Test
    void refusesAnOutreachPolicyWithoutPositivePeriods() {
        assertThat(OutreachPolicy.DEFAULTS.contactWithin()).isEqualTo(Period.ofWeeks(6));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutreachPolicy(Period.ZERO, Period.ofWeeks(2)));
        assertThatIllegalArgumentException().isThrownBy(() -> new OutreachPolicy(Period.ofWeeks(6),
            Period.ofDays(-1)));
    }
}
