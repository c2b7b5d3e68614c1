package nl.regiekit.casemodel;

import static nl.regiekit.casemodel.SampleFamilies.ACCEPTED_DATE;
import static nl.regiekit.casemodel.SampleFamilies.ADDICTION_CARE;
import static nl.regiekit.casemodel.SampleFamilies.ADDICTION_CONSENT;
import static nl.regiekit.casemodel.SampleFamilies.ADDICTION_CONSENT_GRANTED;
import static nl.regiekit.casemodel.SampleFamilies.ADDICTION_CONSENT_REFUSED;
import static nl.regiekit.casemodel.SampleFamilies.CHILD;
import static nl.regiekit.casemodel.SampleFamilies.CHILDREN;
import static nl.regiekit.casemodel.SampleFamilies.CONTACT_DATE;
import static nl.regiekit.casemodel.SampleFamilies.EXECUTION_DATE;
import static nl.regiekit.casemodel.SampleFamilies.FATHER;
import static nl.regiekit.casemodel.SampleFamilies.HOUSING;
import static nl.regiekit.casemodel.SampleFamilies.HOUSING_CORPORATION;
import static nl.regiekit.casemodel.SampleFamilies.INTRODUCTION_DATE;
import static nl.regiekit.casemodel.SampleFamilies.MOTHER;
import static nl.regiekit.casemodel.SampleFamilies.REFERRAL_DATE;
import static nl.regiekit.casemodel.SampleFamilies.SCHOOL_SOCIAL_WORK;
import static nl.regiekit.casemodel.SampleFamilies.WAITING_LIST_DATE;
import static nl.regiekit.casemodel.SampleFamilies.WELL_BEING;
import static nl.regiekit.casemodel.SampleFamilies.YOUNG_PERSON;
import static nl.regiekit.casemodel.SampleFamilies.YOUTH_PROTECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

class CaseTests {

    private static final OrganisationId LAWYER = OrganisationId.of("org-lawyer");

    private static Case accepted() {
        return SampleFamilies.referredCase().decide(new IntakeDecision.Accepted(ACCEPTED_DATE));
    }

    private static InvolvedOrganisation lawyer(List<PersonId> members) {
        return new InvolvedOrganisation(LAWYER, "Advocatenkantoor Van Dijk", Optional.empty(),
            "Echtscheidingsprocedure.", members, List.of(SampleFamilies.RELATIONSHIPS), LocalDate.of(2025, 5, 1),
            Optional.empty());
    }

    private static Consent consentFor(ConsentId id, OrganisationId organisation, PersonId givenBy,
                                      List<PersonId> about) {
        return new Consent(id, organisation, givenBy, new ConsentScope(about, List.of()), LawfulBasis.CONSENT,
            List.of(new ConsentChange(CONTACT_DATE, ConsentStatus.GRANTED)), Optional.empty());
    }

    private static void assertViolation(Runnable action, FindingCode code, String pointer) {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(action::run)
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(code);
                assertThat(e.pointer()).isEqualTo(pointer);
            });
    }

    // --- referral and intake decision ---

    @Test
    void referredCaseHasNoDecisionPhaseOrTeam() {
        Case referred = SampleFamilies.referredCase();

        assertThat(referred.decision()).isEmpty();
        assertThat(referred.isAccepted()).isFalse();
        assertThat(referred.currentPhase()).isEmpty();
        assertThat(referred.team()).isEqualTo(Team.EMPTY);
        assertThat(referred.model()).isEmpty();
        assertThat(referred.organisations()).isEmpty();
    }

    @Test
    void decideWaitingListThenAcceptedIsAllowed() {
        Case waiting = SampleFamilies.referredCase().decide(new IntakeDecision.WaitingList(WAITING_LIST_DATE, 1));
        assertThat(waiting.isAccepted()).isFalse();

        Case accepted = waiting.decide(new IntakeDecision.Accepted(ACCEPTED_DATE));

        assertThat(accepted.isAccepted()).isTrue();
        assertThat(accepted.decisions()).hasSize(2);
        assertThat(accepted.decision()).containsInstanceOf(IntakeDecision.Accepted.class);
        assertThat(waiting.decisions()).as("the earlier case is unchanged").hasSize(1);
    }

    @Test
    void waitingListMayBeFollowedByANewPriorityOrADecline() {
        Case reprioritised = SampleFamilies.referredCase()
            .decide(new IntakeDecision.WaitingList(WAITING_LIST_DATE, 3))
            .decide(new IntakeDecision.WaitingList(WAITING_LIST_DATE.plusDays(7), 1));
        Case declined = reprioritised.decide(new IntakeDecision.Declined(ACCEPTED_DATE, "Gezin is al gemotiveerd.",
            List.of("Reguliere opvoedondersteuning"), Optional.empty()));

        assertThat(reprioritised.decision()).hasValueSatisfying(
            d -> assertThat(((IntakeDecision.WaitingList) d).priority()).isEqualTo(1));
        assertThat(declined.decision()).containsInstanceOf(IntakeDecision.Declined.class);
        assertThat(declined.isAccepted()).isFalse();
    }

    @Test
    void acceptedIsFinal() {
        Case accepted = accepted();

        assertThatIllegalStateException()
            .isThrownBy(() -> accepted.decide(new IntakeDecision.WaitingList(ACCEPTED_DATE.plusDays(1), 1)));
        assertThatIllegalStateException()
            .isThrownBy(() -> accepted.decide(new IntakeDecision.Accepted(ACCEPTED_DATE.plusDays(1))));
    }

    @Test
    void declinedIsFinal() {
        Case declined = SampleFamilies.referredCase().decide(new IntakeDecision.Declined(ACCEPTED_DATE,
            "Eén onderliggend probleem.", List.of(), Optional.of(new WarmHandover("Verslavingszorg Noord",
                ACCEPTED_DATE.plusDays(3)))));

        assertThatIllegalStateException()
            .isThrownBy(() -> declined.decide(new IntakeDecision.Accepted(ACCEPTED_DATE.plusDays(1))));
    }

    @Test
    void rejectsDecisionDatedBeforeTheReferral() {
        assertViolation(() -> SampleFamilies.referredCase()
                .decide(new IntakeDecision.Accepted(REFERRAL_DATE.minusDays(1))),
            ModelCodes.DATE_ORDER, "/decisions/0/date");
    }

    @Test
    void rejectsDecisionDatedBeforeThePreviousOne() {
        Case waiting = SampleFamilies.referredCase().decide(new IntakeDecision.WaitingList(WAITING_LIST_DATE, 1));

        assertViolation(() -> waiting.decide(new IntakeDecision.Accepted(WAITING_LIST_DATE.minusDays(1))),
            ModelCodes.DATE_ORDER, "/decisions/1/date");
    }

    @Test
    void rejectsWaitingListPriorityBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IntakeDecision.WaitingList(WAITING_LIST_DATE, 0));
    }

    // --- phases ---

    @Test
    void advanceToBeforeAcceptanceThrows() {
        Case referred = SampleFamilies.referredCase();
        Case waiting = referred.decide(new IntakeDecision.WaitingList(WAITING_LIST_DATE, 1));
        Case declined = referred.decide(new IntakeDecision.Declined(WAITING_LIST_DATE, "Dakloos gezin.", List.of(),
            Optional.empty()));

        for (Case notAccepted : List.of(referred, waiting, declined)) {
            assertThatIllegalStateException()
                .isThrownBy(() -> notAccepted.advanceTo(Phase.INTRODUCTION, INTRODUCTION_DATE))
                .withMessageContaining("not accepted");
        }
    }

    @Test
    void firstPhaseMustBeTheIntroduction() {
        Case accepted = accepted();

        for (Phase phase : EnumSet.complementOf(EnumSet.of(Phase.INTRODUCTION))) {
            assertThatIllegalStateException().isThrownBy(() -> accepted.advanceTo(phase, INTRODUCTION_DATE));
        }
        assertThat(accepted.advanceTo(Phase.INTRODUCTION, INTRODUCTION_DATE).currentPhase())
            .contains(Phase.INTRODUCTION);
    }

    @Test
    void advanceToAllowsOnlyTheNextPhaseAndTheRelapseFromCoordinationToExecution() {
        Map<Phase, Set<Phase>> expected = new EnumMap<>(Phase.class);
        expected.put(Phase.INTRODUCTION, EnumSet.of(Phase.CONTACT_AND_MOTIVATION));
        expected.put(Phase.CONTACT_AND_MOTIVATION, EnumSet.of(Phase.EXECUTION));
        expected.put(Phase.EXECUTION, EnumSet.of(Phase.CLOSING_AND_EVALUATION));
        expected.put(Phase.CLOSING_AND_EVALUATION, EnumSet.of(Phase.CARE_COORDINATION));
        expected.put(Phase.CARE_COORDINATION, EnumSet.of(Phase.EXECUTION));

        Case current = accepted().advanceTo(Phase.INTRODUCTION, INTRODUCTION_DATE);
        LocalDate date = INTRODUCTION_DATE;
        for (Phase from : List.of(Phase.INTRODUCTION, Phase.CONTACT_AND_MOTIVATION, Phase.EXECUTION,
            Phase.CLOSING_AND_EVALUATION, Phase.CARE_COORDINATION)) {
            assertThat(current.currentPhase()).contains(from);
            date = date.plusMonths(1);
            for (Phase to : Phase.values()) {
                LocalDate on = date;
                Case at = current;
                if (expected.get(from).contains(to)) {
                    assertThat(at.advanceTo(to, on).currentPhase()).as(from + " -> " + to).contains(to);
                } else {
                    assertThatIllegalStateException().as(from + " -> " + to)
                        .isThrownBy(() -> at.advanceTo(to, on));
                }
            }
            assertThat(from.allowedNext()).isEqualTo(expected.get(from));
            if (from != Phase.CARE_COORDINATION) {
                current = current.advanceTo(expected.get(from).iterator().next(), date);
            }
        }
    }

    @Test
    void familyThatRelapsesGoesBackFromCoordinationToExecution() {
        Case inCoordination = SampleFamilies.acceptedCaseInExecution()
            .advanceTo(Phase.CLOSING_AND_EVALUATION, LocalDate.of(2025, 11, 3))
            .advanceTo(Phase.CARE_COORDINATION, LocalDate.of(2025, 12, 1));

        Case relapsed = inCoordination.advanceTo(Phase.EXECUTION, LocalDate.of(2026, 4, 13));

        assertThat(relapsed.currentPhase()).contains(Phase.EXECUTION);
        assertThat(relapsed.phases()).extracting(PhaseChange::phase).containsExactly(Phase.INTRODUCTION,
            Phase.CONTACT_AND_MOTIVATION, Phase.EXECUTION, Phase.CLOSING_AND_EVALUATION, Phase.CARE_COORDINATION,
            Phase.EXECUTION);
        assertThat(relapsed.enteredOn(Phase.EXECUTION)).contains(LocalDate.of(2026, 4, 13));
        assertThat(relapsed.phaseOn(LocalDate.of(2026, 1, 1))).contains(Phase.CARE_COORDINATION);
        assertThat(Phase.CARE_COORDINATION.isIntensive()).isFalse();
        assertThat(Phase.EXECUTION.isIntensive()).isTrue();
    }

    @Test
    void rejectsPhaseDatedBeforeTheAcceptance() {
        Case accepted = accepted();
        LocalDate acceptedOn = accepted.decision().orElseThrow().date();

        assertThatIllegalArgumentException()
            .isThrownBy(() -> accepted.advanceTo(Phase.INTRODUCTION, acceptedOn.minusDays(1)))
            .withMessageContaining("before it was accepted");
        assertThat(accepted.advanceTo(Phase.INTRODUCTION, acceptedOn).currentPhase()).contains(Phase.INTRODUCTION);
    }

    @Test
    void rejectsAPhaseHistoryDatedBeforeTheReferral() {
        Case accepted = accepted();

        assertViolation(() -> new Case(accepted.id(), accepted.catalog(), accepted.family(), accepted.referral(),
                accepted.decisions(), List.of(new PhaseChange(Phase.INTRODUCTION, REFERRAL_DATE.minusDays(1))),
                accepted.model(), accepted.team(), accepted.organisations(), accepted.consents(),
                accepted.exchanges()),
            ModelCodes.DATE_ORDER, "/phases/0/since");
    }

    @Test
    void rejectsADecisionAfterAFinalOne() {
        Case accepted = accepted();
        List<IntakeDecision> decisions = new java.util.ArrayList<>(accepted.decisions());
        decisions.add(new IntakeDecision.WaitingList(accepted.decision().orElseThrow().date(), 1));

        assertViolation(() -> new Case(accepted.id(), accepted.catalog(), accepted.family(), accepted.referral(),
                decisions, accepted.phases(), accepted.model(), accepted.team(), accepted.organisations(),
                accepted.consents(), accepted.exchanges()),
            ModelCodes.VALUE_INVALID, "/decisions/" + (decisions.size() - 1));
    }

    @Test
    void rejectsPhaseDatedBeforeTheCurrentPhaseBegan() {
        Case inExecution = SampleFamilies.acceptedCaseInExecution();

        assertViolation(() -> inExecution.advanceTo(Phase.CLOSING_AND_EVALUATION, EXECUTION_DATE.minusDays(1)),
            ModelCodes.DATE_ORDER, "/phases/3/since");
        assertThat(inExecution.advanceTo(Phase.CLOSING_AND_EVALUATION, EXECUTION_DATE).currentPhase())
            .as("the same day is allowed").contains(Phase.CLOSING_AND_EVALUATION);
    }

    @Test
    void phaseOnAndEnteredOnReadTheHistory() {
        Case inExecution = SampleFamilies.acceptedCaseInExecution();

        assertThat(inExecution.phaseOn(INTRODUCTION_DATE.minusDays(1))).isEmpty();
        assertThat(inExecution.phaseOn(INTRODUCTION_DATE)).contains(Phase.INTRODUCTION);
        assertThat(inExecution.phaseOn(CONTACT_DATE.plusDays(40))).contains(Phase.CONTACT_AND_MOTIVATION);
        assertThat(inExecution.phaseOn(EXECUTION_DATE)).contains(Phase.EXECUTION);
        assertThat(inExecution.enteredOn(Phase.CONTACT_AND_MOTIVATION)).contains(CONTACT_DATE);
        assertThat(inExecution.enteredOn(Phase.CARE_COORDINATION)).isEmpty();
    }

    // --- team and model ---

    @Test
    void teamAndModelAreSetThroughBehaviour() {
        Case withTeam = accepted()
            .withModel(CaseManagementModel.COORDINATION_PLUS)
            .withTeam(t -> t.withCaseManager(SampleFamilies.caseManager()).withBuddy(
                new Professional(ProfessionalId.of("prof-cm-020"), "Linda Bos")));

        assertThat(withTeam.model()).contains(CaseManagementModel.COORDINATION_PLUS);
        assertThat(withTeam.team().caseManager()).map(Professional::id).contains(SampleFamilies.CASE_MANAGER);
        assertThat(withTeam.team().buddy()).map(p -> p.id().value()).contains("prof-cm-020");
        assertThat(withTeam.team().youthWorker()).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> accepted().withTeam(t -> null)).withMessage("team");
    }

    // --- involved organisations ---

    @Test
    void involveAddsAnOrganisation() {
        Case involved = SampleFamilies.acceptedCaseInExecution().involve(lawyer(List.of(MOTHER)));

        assertThat(involved.organisations()).hasSize(5);
        assertThat(involved.organisation(LAWYER)).map(InvolvedOrganisation::members).contains(List.of(MOTHER));
        assertThat(involved.organisation(OrganisationId.of("org-none"))).isEmpty();
    }

    @Test
    void involveRejectsATakenIdentifier() {
        InvolvedOrganisation again = SampleFamilies.organisations().get(2);

        assertViolation(() -> SampleFamilies.acceptedCaseInExecution().involve(again),
            ModelCodes.DUPLICATE_ID, "/organisations/4/id");
    }

    @Test
    void involveRejectsAnOrganisationWorkingWithAnUnknownMember() {
        assertViolation(() -> SampleFamilies.acceptedCaseInExecution()
                .involve(lawyer(List.of(MOTHER, PersonId.of("p-stranger")))),
            ModelCodes.DANGLING_REFERENCE, "/organisations/4/members/1");
    }

    @Test
    void endInvolvementSetsTheEndDate() {
        LocalDate end = LocalDate.of(2025, 10, 31);
        Case ended = SampleFamilies.acceptedCaseInExecution().endInvolvement(HOUSING_CORPORATION, end);

        InvolvedOrganisation housing = ended.organisation(HOUSING_CORPORATION).orElseThrow();
        assertThat(housing.until()).contains(end);
        assertThat(housing.involvedOn(end)).isTrue();
        assertThat(housing.involvedOn(end.plusDays(1))).isFalse();
        assertThat(housing.involvedOn(housing.since().minusDays(1))).isFalse();
        assertThat(ended.organisation(SCHOOL_SOCIAL_WORK).orElseThrow().until()).isEmpty();
    }

    @Test
    void endInvolvementRejectsUnknownOrganisation() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SampleFamilies.acceptedCaseInExecution().endInvolvement(LAWYER, EXECUTION_DATE))
            .withMessageContaining("org-lawyer");
    }

    @Test
    void endInvolvementRejectsEndBeforeStart() {
        LocalDate since = SampleFamilies.organisations().get(2).since();

        assertViolation(() -> SampleFamilies.acceptedCaseInExecution()
            .endInvolvement(HOUSING_CORPORATION, since.minusDays(1)), ModelCodes.DATE_ORDER, "/organisations/2/until");
    }

    @Test
    void organisationToStringDoesNotShowNamesOrReason() {
        assertThat(SampleFamilies.organisations().get(1).toString())
            .isEqualTo("InvolvedOrganisation[id=org-addiction-care]")
            .doesNotContain("Verslavingszorg", "alcohol", "Graaf");
    }

    // --- consents ---

    @Test
    void recordConsentRejectsUnknownOrganisation() {
        assertViolation(() -> SampleFamilies.acceptedCaseInExecution()
                .recordConsent(consentFor(ConsentId.of("consent-new"), LAWYER, MOTHER, List.of())),
            ModelCodes.DANGLING_REFERENCE, "/consents/4/organisation");
    }

    @Test
    void recordConsentRejectsUnknownGiver() {
        assertViolation(() -> SampleFamilies.acceptedCaseInExecution()
                .recordConsent(consentFor(ConsentId.of("consent-new"), SCHOOL_SOCIAL_WORK, PersonId.of("p-x"),
                    List.of())),
            ModelCodes.DANGLING_REFERENCE, "/consents/4/givenBy");
    }

    @Test
    void recordConsentRejectsScopeAboutUnknownMember() {
        assertViolation(() -> SampleFamilies.acceptedCaseInExecution()
                .recordConsent(consentFor(ConsentId.of("consent-new"), SCHOOL_SOCIAL_WORK, MOTHER,
                    List.of(CHILD, PersonId.of("p-x")))),
            ModelCodes.DANGLING_REFERENCE, "/consents/4/scope/about/1");
    }

    @Test
    void recordConsentRejectsTakenIdentifier() {
        assertViolation(() -> SampleFamilies.acceptedCaseInExecution()
                .recordConsent(consentFor(SampleFamilies.SCHOOL_CONSENT, SCHOOL_SOCIAL_WORK, MOTHER, List.of())),
            ModelCodes.DUPLICATE_ID, "/consents/4/id");
    }

    @Test
    void changeConsentAppendsToTheHistory() {
        LocalDate withdrawn = LocalDate.of(2025, 9, 1);
        Case changed = SampleFamilies.acceptedCaseInExecution()
            .changeConsent(ADDICTION_CONSENT, new ConsentChange(withdrawn, ConsentStatus.WITHDRAWN));

        Consent consent = changed.consents().stream().filter(c -> c.id().equals(ADDICTION_CONSENT)).findFirst()
            .orElseThrow();
        assertThat(consent.changes()).extracting(ConsentChange::status)
            .containsExactly(ConsentStatus.REFUSED, ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN);
        assertThat(changed.mayExchange(ADDICTION_CARE, CHILD, CHILDREN, withdrawn)).isFalse();
    }

    @Test
    void changeConsentRejectsUnknownConsent() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SampleFamilies.acceptedCaseInExecution().changeConsent(ConsentId.of("consent-none"),
                new ConsentChange(EXECUTION_DATE, ConsentStatus.GRANTED)))
            .withMessageContaining("consent-none");
    }

    @Test
    void changeConsentRejectsChangeDatedBeforeTheLastOne() {
        Case sample = SampleFamilies.acceptedCaseInExecution();
        int index = sample.consents().stream().map(Consent::id).toList().indexOf(ADDICTION_CONSENT);

        assertViolation(() -> sample.changeConsent(ADDICTION_CONSENT,
                new ConsentChange(ADDICTION_CONSENT_GRANTED.minusDays(1), ConsentStatus.WITHDRAWN)),
            ModelCodes.DATE_ORDER, "/consents/" + index + "/changes/2/date");
    }

    // --- information exchanges ---

    @Test
    void recordExchangeRejectsUnknownOrganisation() {
        assertViolation(() -> SampleFamilies.acceptedCaseInExecution().recordExchange(
                new InformationExchange(EXECUTION_DATE, LAWYER, List.of(MOTHER), List.of(HOUSING))),
            ModelCodes.DANGLING_REFERENCE, "/exchanges/4/organisation");
    }

    @Test
    void recordExchangeRejectsUnknownMember() {
        assertViolation(() -> SampleFamilies.acceptedCaseInExecution().recordExchange(
                new InformationExchange(EXECUTION_DATE, HOUSING_CORPORATION, List.of(MOTHER, PersonId.of("p-x")),
                    List.of(HOUSING))),
            ModelCodes.DANGLING_REFERENCE, "/exchanges/4/about/1");
    }

    @Test
    void recordExchangeKeepsAnExchangeNoConsentCovers() {
        InformationExchange uncovered = new InformationExchange(EXECUTION_DATE, ADDICTION_CARE, List.of(FATHER),
            List.of(WELL_BEING));

        Case recorded = SampleFamilies.acceptedCaseInExecution().recordExchange(uncovered);

        assertThat(recorded.exchanges()).hasSize(5).last().isEqualTo(uncovered);
        assertThat(recorded.mayExchange(ADDICTION_CARE, FATHER, WELL_BEING, EXECUTION_DATE)).isFalse();
    }

    @Test
    void exchangeIsAboutAtLeastOneMemberAndDomain() {
        assertThatIllegalArgumentException().isThrownBy(
            () -> new InformationExchange(EXECUTION_DATE, ADDICTION_CARE, List.of(), List.of(WELL_BEING)));
        assertThatIllegalArgumentException().isThrownBy(
            () -> new InformationExchange(EXECUTION_DATE, ADDICTION_CARE, List.of(FATHER), List.of()));
    }

    @Test
    void mayExchangeFollowsTheRefusedThenGrantedConsent() {
        Case inExecution = SampleFamilies.acceptedCaseInExecution();

        assertThat(inExecution.mayExchange(ADDICTION_CARE, CHILD, CHILDREN, ADDICTION_CONSENT_REFUSED.minusDays(1)))
            .isFalse();
        assertThat(inExecution.mayExchange(ADDICTION_CARE, CHILD, CHILDREN, ADDICTION_CONSENT_REFUSED)).isFalse();
        assertThat(inExecution.mayExchange(ADDICTION_CARE, CHILD, CHILDREN, ADDICTION_CONSENT_GRANTED)).isTrue();
    }

    @Test
    void mayExchangeStaysWithinTheScopeAndTheOrganisation() {
        Case inExecution = SampleFamilies.acceptedCaseInExecution();

        assertThat(inExecution.mayExchange(ADDICTION_CARE, YOUNG_PERSON, CHILDREN, EXECUTION_DATE))
            .as("other member").isFalse();
        assertThat(inExecution.mayExchange(ADDICTION_CARE, CHILD, HOUSING, EXECUTION_DATE))
            .as("other domain").isFalse();
        assertThat(inExecution.mayExchange(SCHOOL_SOCIAL_WORK, CHILD, CHILDREN, EXECUTION_DATE)).isTrue();
        assertThat(inExecution.mayExchange(HOUSING_CORPORATION, CHILD, CHILDREN, EXECUTION_DATE))
            .as("consent of another organisation does not count").isFalse();
    }

    @Test
    void mayExchangeOnALawfulBasisOtherThanConsent() {
        Case inExecution = SampleFamilies.acceptedCaseInExecution();

        assertThat(inExecution.mayExchange(YOUTH_PROTECTION, YOUNG_PERSON, WELL_BEING, REFERRAL_DATE)).isTrue();
        assertThat(inExecution.mayExchange(YOUTH_PROTECTION, MOTHER, WELL_BEING, EXECUTION_DATE)).isFalse();
    }

    @Test
    void mayExchangeEndsWhenTheConsentExpires() {
        Case inExecution = SampleFamilies.acceptedCaseInExecution();

        assertThat(inExecution.mayExchange(HOUSING_CORPORATION, MOTHER, HOUSING, LocalDate.of(2026, 3, 30))).isTrue();
        assertThat(inExecution.mayExchange(HOUSING_CORPORATION, MOTHER, HOUSING, LocalDate.of(2026, 3, 31)))
            .isFalse();
    }

    // --- the record as a whole ---

    @Test
    void sampleCaseIsInExecutionWithEverythingTheFixturePromises() {
        Case inExecution = SampleFamilies.acceptedCaseInExecution();

        assertThat(inExecution.isAccepted()).isTrue();
        assertThat(inExecution.currentPhase()).contains(Phase.EXECUTION);
        assertThat(inExecution.decisions()).hasSize(2).first().isInstanceOf(IntakeDecision.WaitingList.class);
        assertThat(inExecution.team().caseManager()).isPresent();
        assertThat(inExecution.team().youthWorker()).isPresent();
        assertThat(inExecution.organisations()).hasSize(4);
        assertThat(inExecution.consents()).hasSize(4);
        assertThat(inExecution.exchanges()).hasSize(4);
    }

    @Test
    void toStringShowsIdentifierAndPhaseOnly() {
        assertThat(SampleFamilies.acceptedCaseInExecution().toString())
            .isEqualTo("Case[id=case-2025-0042, phase=EXECUTION]")
            .doesNotContain("Sanne", "Jansen");
    }

    @Test
    void rejectsMissingRequiredParts() {
        assertThatNullPointerException().isThrownBy(() -> Case.refer(null,
            LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(), SampleFamilies.family(), SampleFamilies.referral()))
            .withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> Case.refer(SampleFamilies.CASE_ID,
            LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.id(), null, SampleFamilies.referral()))
            .withMessage("family");
    }
}
