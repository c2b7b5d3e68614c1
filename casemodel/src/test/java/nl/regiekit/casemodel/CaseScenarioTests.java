package nl.regiekit.casemodel;

import static nl.regiekit.casemodel.SampleFamilies.ADDICTION_CARE;
import static nl.regiekit.casemodel.SampleFamilies.ADDICTION_CONSENT;
import static nl.regiekit.casemodel.SampleFamilies.CASE_ID;
import static nl.regiekit.casemodel.SampleFamilies.CHILD;
import static nl.regiekit.casemodel.SampleFamilies.CHILDREN;
import static nl.regiekit.casemodel.SampleFamilies.FINANCES;
import static nl.regiekit.casemodel.SampleFamilies.HOUSING;
import static nl.regiekit.casemodel.SampleFamilies.HOUSING_CORPORATION;
import static nl.regiekit.casemodel.SampleFamilies.MOTHER;
import static nl.regiekit.casemodel.SampleFamilies.SCHOOL_SOCIAL_WORK;
import static nl.regiekit.casemodel.SampleFamilies.YOUNG_PERSON;
import static nl.regiekit.casemodel.SampleFamilies.YOUTH_PROTECTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.rules.CaseCodes;
import nl.regiekit.casemodel.rules.CaseRules;
import nl.regiekit.casemodel.storage.CaseRepository;
import nl.regiekit.casemodel.storage.InMemoryCaseRepository;
import nl.regiekit.casemodel.storage.StaleVersionException;
import nl.regiekit.casemodel.storage.Versioned;

/**
 * The whole life of one case, told as the team would tell it: the Jansen-de Vries family from
 * referral to coordination of care, stored after every step.
 */
class CaseScenarioTests {

    private final MutableClock clock = MutableClock.at(Instant.parse("2025-02-03T09:00:00Z"));
    private final CaseRepository repository = new InMemoryCaseRepository(clock);
    private final CaseRules rules = CaseRules.defaults();

    /** Stores {@code next} on {@code date} as a change of {@code previous}, and returns what was stored. */
    private Versioned<Case> store(LocalDate date, Versioned<Case> previous, Case next) {
        clock.setTo(date);
        Versioned<Case> saved = repository.save(next, previous == null ? Versioned.NEW : previous.version());
        assertThat(saved.savedAt()).isEqualTo(date.atTime(9, 0).toInstant(ZoneOffset.UTC));
        return saved;
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void theJansenDeVriesFamilyFromReferralToCoordinationOfCare() {
        // 3 February 2025. Noor's school social worker refers the family: rent arrears, Noor arriving late and
        // hungry, and Mark's drinking. The neighbourhood team will introduce the case manager and has promised
        // aftercare. A referred case has nothing for the rules to complain about yet.
        Case referred = SampleFamilies.referredCase();
        Versioned<Case> v = store(SampleFamilies.REFERRAL_DATE, null, referred);
        assertThat(v.version()).isEqualTo(1);
        assertThat(rules.check(v.value())).isEmpty();

        // 17 February. The team has no opening and puts the family on the waiting list with priority 2.
        // Nobody can start the introduction yet.
        Case waiting = v.value().decide(new IntakeDecision.WaitingList(SampleFamilies.WAITING_LIST_DATE, 2));
        v = store(SampleFamilies.WAITING_LIST_DATE, v, waiting);
        assertThatIllegalStateException()
            .isThrownBy(() -> waiting.advanceTo(Phase.INTRODUCTION, SampleFamilies.WAITING_LIST_DATE));

        // 10 March. An opening: the threatened eviction moves the family up, and the team accepts it with a
        // documented exception for Mark's addiction. Accepted but unstaffed is an error the rules report.
        v = store(SampleFamilies.ACCEPTED_DATE, v,
            v.value().decide(new IntakeDecision.Accepted(SampleFamilies.ACCEPTED_DATE)));
        assertThat(v.version()).isEqualTo(3);
        assertThat(v.value().isAccepted()).isTrue();
        assertThat(rules.check(v.value())).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple("CASE-NO-CASE-MANAGER", "/team/caseManager"));

        // The same day a case manager is assigned, a youth worker for Daan (15), and the intensive model.
        Versioned<Case> staffed = store(SampleFamilies.ACCEPTED_DATE, v, v.value()
            .withModel(CaseManagementModel.INTENSIVE)
            .withTeam(t -> t.withCaseManager(SampleFamilies.caseManager())
                .withYouthWorker(SampleFamilies.youthWorker())));
        v = staffed;
        assertThat(rules.check(v.value())).isEmpty();

        // 17 March. Introduction through the neighbourhood team; the case manager takes stock of who does what.
        Case introduced = v.value().advanceTo(Phase.INTRODUCTION, SampleFamilies.INTRODUCTION_DATE);
        for (InvolvedOrganisation organisation : SampleFamilies.organisations()) {
            introduced = introduced.involve(organisation);
        }
        v = store(SampleFamilies.INTRODUCTION_DATE, v, introduced);
        assertThat(v.value().organisations()).hasSize(4);

        // 31 March. Making contact and motivating. Sanne signs consent for the school and the housing
        // corporation; Daan's supervision order is the lawful basis for youth protection.
        LocalDate contact = SampleFamilies.CONTACT_DATE;
        v = store(contact, v, v.value()
            .advanceTo(Phase.CONTACT_AND_MOTIVATION, contact)
            .recordConsent(new Consent(SampleFamilies.SCHOOL_CONSENT, SCHOOL_SOCIAL_WORK, MOTHER,
                new ConsentScope(List.of(CHILD), List.of(CHILDREN)), LawfulBasis.CONSENT,
                List.of(new ConsentChange(contact, ConsentStatus.GRANTED)), Optional.empty()))
            .recordConsent(new Consent(SampleFamilies.HOUSING_CONSENT, HOUSING_CORPORATION, MOTHER,
                new ConsentScope(List.of(MOTHER), List.of(HOUSING, FINANCES)), LawfulBasis.CONSENT,
                List.of(new ConsentChange(contact, ConsentStatus.GRANTED)), Optional.of(LocalDate.of(2026, 3, 30))))
            .recordConsent(new Consent(SampleFamilies.YOUTH_PROTECTION_BASIS, YOUTH_PROTECTION, MOTHER,
                new ConsentScope(List.of(YOUNG_PERSON), List.of()), LawfulBasis.CHILD_PROTECTION_MEASURE, List.of(),
                Optional.empty())));

        // 7 April. Sanne forbids her helpers to talk about Noor with Mark's addiction counsellor.
        LocalDate refused = SampleFamilies.ADDICTION_CONSENT_REFUSED;
        v = store(refused, v, v.value().recordConsent(new Consent(ADDICTION_CONSENT, ADDICTION_CARE, MOTHER,
            new ConsentScope(List.of(CHILD), List.of(CHILDREN)), LawfulBasis.CONSENT,
            List.of(new ConsentChange(refused, ConsentStatus.REFUSED)), Optional.empty())));
        assertThat(v.value().mayExchange(ADDICTION_CARE, CHILD, CHILDREN, refused)).isFalse();

        // 14 April. Had the case manager discussed Noor with the counsellor now, the rules would flag it;
        // and a later grant does not make it right after the fact.
        InformationExchange tooEarly = new InformationExchange(LocalDate.of(2025, 4, 14), ADDICTION_CARE,
            List.of(CHILD), List.of(CHILDREN));
        Case whatIf = v.value().recordExchange(tooEarly);
        assertThat(rules.check(whatIf)).extracting(Finding::code, Finding::pointer)
            .containsExactly(tuple(CaseCodes.EXCHANGE_WITHOUT_CONSENT.code(), "/exchanges/0"));
        assertThat(codes(rules.check(whatIf.changeConsent(ADDICTION_CONSENT,
            new ConsentChange(SampleFamilies.ADDICTION_CONSENT_GRANTED, ConsentStatus.GRANTED)))))
            .containsExactly("CASE-EXCHANGE-WITHOUT-CONSENT");
        // The exchanges that did happen are covered.
        v = store(LocalDate.of(2025, 4, 22), v, v.value()
            .recordExchange(new InformationExchange(LocalDate.of(2025, 4, 14), HOUSING_CORPORATION, List.of(MOTHER),
                List.of(HOUSING, FINANCES)))
            .recordExchange(new InformationExchange(LocalDate.of(2025, 4, 22), SCHOOL_SOCIAL_WORK, List.of(CHILD),
                List.of(CHILDREN))));
        assertThat(rules.check(v.value())).isEmpty();

        // 6 May. Youth protection shares how Daan is doing at his day programme; the supervision order covers it.
        v = store(LocalDate.of(2025, 5, 6), v, v.value().recordExchange(new InformationExchange(
            LocalDate.of(2025, 5, 6), YOUTH_PROTECTION, List.of(YOUNG_PERSON),
            List.of(SampleFamilies.DAYTIME_ACTIVITIES))));
        assertThat(rules.check(v.value())).isEmpty();

        // 2 June. Sanne changes her mind and grants it; on 10 June the case manager and the counsellor talk
        // about Noor. Now that is covered.
        LocalDate granted = SampleFamilies.ADDICTION_CONSENT_GRANTED;
        v = store(granted, v, v.value()
            .changeConsent(ADDICTION_CONSENT, new ConsentChange(granted, ConsentStatus.GRANTED)));
        v = store(LocalDate.of(2025, 6, 10), v, v.value().recordExchange(new InformationExchange(
            LocalDate.of(2025, 6, 10), ADDICTION_CARE, List.of(CHILD), List.of(CHILDREN))));
        assertThat(v.value().mayExchange(ADDICTION_CARE, CHILD, CHILDREN, granted)).isTrue();
        assertThat(rules.check(v.value())).isEmpty();

        // 1 July. The plan is agreed: execution. This is where the fixture's ready-made case stands.
        v = store(SampleFamilies.EXECUTION_DATE, v,
            v.value().advanceTo(Phase.EXECUTION, SampleFamilies.EXECUTION_DATE));
        assertThat(v.version()).isEqualTo(12);
        assertThat(v.value()).as("the scenario arrives at the fixture's case")
            .isEqualTo(SampleFamilies.acceptedCaseInExecution());

        // A colleague who still has the 10 March copy open switches the model to broker; the save is refused
        // and nothing is overwritten.
        Case fromOldCopy = staffed.value().withModel(CaseManagementModel.BROKER);
        assertThatExceptionOfType(StaleVersionException.class)
            .isThrownBy(() -> repository.save(fromOldCopy, staffed.version()))
            .satisfies(e -> {
                assertThat(e.expected()).isEqualTo(4);
                assertThat(e.actual()).isEqualTo(12);
            });
        assertThat(repository.find(CASE_ID).orElseThrow().value().model()).contains(CaseManagementModel.INTENSIVE);

        // Execution cannot be skipped to coordination of care.
        Case executing = v.value();
        assertThatIllegalStateException()
            .isThrownBy(() -> executing.advanceTo(Phase.CARE_COORDINATION, LocalDate.of(2025, 11, 3)));

        // 3 November. The plan's goals are met: closing and final evaluation. The eviction is off the table, so
        // the housing corporation steps back.
        LocalDate closing = LocalDate.of(2025, 11, 3);
        v = store(closing, v, v.value()
            .advanceTo(Phase.CLOSING_AND_EVALUATION, closing)
            .endInvolvement(HOUSING_CORPORATION, LocalDate.of(2025, 10, 31)));
        assertThat(v.value().organisations()).filteredOn(o -> o.involvedOn(closing))
            .extracting(InvolvedOrganisation::id).doesNotContain(HOUSING_CORPORATION).hasSize(3);

        // 1 December. The case manager becomes care coordinator.
        LocalDate coordination = LocalDate.of(2025, 12, 1);
        v = store(coordination, v, v.value().advanceTo(Phase.CARE_COORDINATION, coordination));

        // What is stored now is the whole story.
        Versioned<Case> stored = repository.find(CASE_ID).orElseThrow();
        assertThat(stored).isEqualTo(v);
        assertThat(stored.version()).isEqualTo(14);
        assertThat(stored.savedAt()).isEqualTo(Instant.parse("2025-12-01T09:00:00Z"));
        assertThat(stored.value().decisions()).extracting(IntakeDecision::date)
            .containsExactly(SampleFamilies.WAITING_LIST_DATE, SampleFamilies.ACCEPTED_DATE);
        assertThat(stored.value().phases()).extracting(PhaseChange::phase, PhaseChange::since).containsExactly(
            tuple(Phase.INTRODUCTION, SampleFamilies.INTRODUCTION_DATE),
            tuple(Phase.CONTACT_AND_MOTIVATION, SampleFamilies.CONTACT_DATE),
            tuple(Phase.EXECUTION, SampleFamilies.EXECUTION_DATE),
            tuple(Phase.CLOSING_AND_EVALUATION, closing),
            tuple(Phase.CARE_COORDINATION, coordination));
        assertThat(stored.value().phaseOn(LocalDate.of(2025, 9, 1))).contains(Phase.EXECUTION);
        assertThat(stored.value().consents()).hasSize(4);
        assertThat(stored.value().exchanges()).hasSize(4);
        assertThat(rules.check(stored.value())).isEmpty();
        assertThat(repository.ids()).containsExactly(CASE_ID);
    }
}
