package nl.regiekit.casemodel.rules;

import static nl.regiekit.casemodel.SampleFamilies.ACCEPTED_DATE;
import static nl.regiekit.casemodel.SampleFamilies.ADDICTION_CARE;
import static nl.regiekit.casemodel.SampleFamilies.ADDICTION_CONSENT_GRANTED;
import static nl.regiekit.casemodel.SampleFamilies.CHILD;
import static nl.regiekit.casemodel.SampleFamilies.CHILDREN;
import static nl.regiekit.casemodel.SampleFamilies.CONTACT_DATE;
import static nl.regiekit.casemodel.SampleFamilies.EXECUTION_DATE;
import static nl.regiekit.casemodel.SampleFamilies.FATHER;
import static nl.regiekit.casemodel.SampleFamilies.INTRODUCTION_DATE;
import static nl.regiekit.casemodel.SampleFamilies.MOTHER;
import static nl.regiekit.casemodel.SampleFamilies.SCHOOL_SOCIAL_WORK;
import static nl.regiekit.casemodel.SampleFamilies.WAITING_LIST_DATE;
import static nl.regiekit.casemodel.SampleFamilies.YOUNG_PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.tuple;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.AcmeLifeDomainCatalogProvider;
import nl.regiekit.casemodel.Authority;
import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.Consent;
import nl.regiekit.casemodel.ConsentChange;
import nl.regiekit.casemodel.ConsentPolicy;
import nl.regiekit.casemodel.ConsentForm;
import nl.regiekit.casemodel.ConsentId;
import nl.regiekit.casemodel.ConsentScope;
import nl.regiekit.casemodel.ConsentStatus;
import nl.regiekit.casemodel.ContactAttempt;
import nl.regiekit.casemodel.ContactKind;
import nl.regiekit.casemodel.ContactOutcome;
import nl.regiekit.casemodel.ContraIndication;
import nl.regiekit.casemodel.ContraIndicationFound;
import nl.regiekit.casemodel.CriteriaSet;
import nl.regiekit.casemodel.CriteriaSetId;
import nl.regiekit.casemodel.Family;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.InformationExchange;
import nl.regiekit.casemodel.IntakeDecision;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.Introducer;
import nl.regiekit.casemodel.InvolvedOrganisation;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogId;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Phase;
import nl.regiekit.casemodel.PhaseChange;
import nl.regiekit.casemodel.CasePolicy;
import nl.regiekit.casemodel.ProblemCode;
import nl.regiekit.casemodel.ProblemInventory;
import nl.regiekit.casemodel.Referral;
import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.SampleFamilies;
import nl.regiekit.casemodel.Team;
import nl.regiekit.casemodel.WarmHandover;
import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.FindingCode;
import nl.regiekit.casemodel.finding.Severity;

/**
 * One test per case rule: each starts from a case the rules find nothing in, breaks exactly
 * that rule, and expects exactly that code at exactly that pointer. Removing a rule fails its test.
 */
class CaseRulesTests {

    private static final CaseRules RULES = CaseRules.defaults();

    /** Names the code a rule test breaks, so that {@link #everyCaseCodeHasARuleTest()} can find it. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Breaks {
        /** The code, such as {@code CASE-PHASE-SKIPPED}. */
        String value();
    }

    private static List<Finding> check(Case subject) {
        return RULES.check(subject);
    }

    /** Asserts that the findings are exactly {@code code} at {@code pointer}. */
    private static Finding assertOnly(List<Finding> findings, FindingCode code, String pointer) {
        assertThat(findings).extracting(Finding::code, Finding::pointer).containsExactly(tuple(code.code(), pointer));
        Finding finding = findings.get(0);
        assertThat(finding.severity()).isEqualTo(code.severity());
        assertThat(finding.message(Locale.ENGLISH)).doesNotContainPattern("\\{\\d+}");
        assertThat(finding.message(Locale.forLanguageTag("nl"))).doesNotContainPattern("\\{\\d+}");
        return finding;
    }

    private static Case inExecution() {
        return SampleFamilies.acceptedCaseInExecution();
    }

    private static Case withReferral(Case c, Referral referral) {
        return new Case(c.id(), c.catalog(), c.family(), referral, c.decisions(), c.phases(), c.model(), c.team(),
            c.organisations(), c.consents(), c.exchanges());
    }

    private static Case withDecisions(Case c, List<IntakeDecision> decisions) {
        return new Case(c.id(), c.catalog(), c.family(), c.referral(), decisions, c.phases(), c.model(), c.team(),
            c.organisations(), c.consents(), c.exchanges());
    }

    private static Case withPhases(Case c, Phase... phases) {
        List<PhaseChange> history = new ArrayList<>();
        LocalDate date = INTRODUCTION_DATE;
        for (Phase phase : phases) {
            history.add(new PhaseChange(phase, date));
            date = date.plusMonths(1);
        }
        return new Case(c.id(), c.catalog(), c.family(), c.referral(), c.decisions(), history, c.model(), c.team(),
            c.organisations(), c.consents(), c.exchanges());
    }

    private static Case withCatalog(Case c, LifeDomainCatalogId catalog) {
        return new Case(c.id(), catalog, c.family(), c.referral(), c.decisions(), c.phases(), c.model(), c.team(),
            c.organisations(), c.consents(), c.exchanges());
    }

    private static Family withRole(Family family, PersonId id, Role role) {
        return new Family(family.members().stream()
            .map(m -> m.id().equals(id) ? new FamilyMember(m.person(), role) : m)
            .toList(), family.households(), family.authorities(), family.representations(),
            family.parenthoods());
    }

    private static Referral referral(Optional<Introducer> introducer, List<ContraIndicationFound> found,
                                     boolean withReferrer, boolean withCriteria) {
        Referral r = SampleFamilies.referral();
        return new Referral(r.date(), withReferrer ? r.referrer() : Optional.empty(), introducer, r.signals(),
            r.reasons(), withCriteria ? r.criteria() : List.of(), found);
    }

    private static Referral sampleReferral() {
        Referral r = SampleFamilies.referral();
        return referral(r.introducer(), r.contraIndications(), true, true);
    }

    // --- the starting points are clean ---

    @Test
    void sampleAcceptedCaseHasNoErrorFindings() {
        assertThat(check(inExecution())).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void sampleAcceptedCaseHasNoFindingsAtAll() {
        assertThat(check(inExecution())).isEmpty();
        assertThat(check(SampleFamilies.referredCase())).isEmpty();
        assertThat(check(withReferral(inExecution(), sampleReferral()))).as("helpers change nothing").isEmpty();
    }

    // --- referral and intake ---

    @Test
    @Breaks("CASE-REFERRAL-NO-REFERRER")
    void referralWithoutReferrerIsReported() {
        Case subject = withReferral(inExecution(), referral(SampleFamilies.referral().introducer(),
            SampleFamilies.referral().contraIndications(), false, true));

        Finding finding = assertOnly(check(subject), CaseCodes.REFERRAL_NO_REFERRER, "/referral/referrer");
        assertThat(finding.subject()).contains(CaseId.of("case-2025-0042"));
    }

    @Test
    @Breaks("CASE-ACCEPTED-DESPITE-CONTRA-INDICATION")
    void acceptedDespiteContraIndicationWithoutDocumentedExceptionIsReported() {
        List<ContraIndicationFound> found = List.of(SampleFamilies.overriddenContraIndication(),
            new ContraIndicationFound(ContraIndication.HOMELESS, Optional.empty()));
        Case subject = withReferral(inExecution(), referral(SampleFamilies.referral().introducer(), found, true, true));

        Finding finding = assertOnly(check(subject), CaseCodes.ACCEPTED_DESPITE_CONTRA_INDICATION,
            "/referral/contraIndications/1");
        assertThat(finding.message(Locale.ENGLISH)).contains("HOMELESS");
    }

    @Test
    void contraIndicationIsNotReportedBeforeAcceptance() {
        Case waiting = withDecisions(SampleFamilies.referredCase(),
            List.of(new IntakeDecision.WaitingList(WAITING_LIST_DATE, 1)));
        Case subject = withReferral(waiting, referral(SampleFamilies.referral().introducer(),
            List.of(new ContraIndicationFound(ContraIndication.HOMELESS, Optional.empty())), true, true));

        assertThat(check(subject)).isEmpty();
    }

    @Test
    @Breaks("CASE-ACCEPTED-WITHOUT-CRITERIA")
    void acceptedWithoutCriteriaIsReported() {
        Case subject = withReferral(inExecution(), referral(SampleFamilies.referral().introducer(),
            SampleFamilies.referral().contraIndications(), true, false));

        assertOnly(check(subject), CaseCodes.ACCEPTED_WITHOUT_CRITERIA, "/referral/criteria");
    }

    @Test
    @Breaks("CASE-INTRODUCER-NO-AFTERCARE")
    void acceptedWithoutIntroducerCommittedToAftercareIsReported() {
        Introducer uncommitted = new Introducer("Buurtteam Oost", Optional.empty(), false);
        Case subject = withReferral(inExecution(), referral(Optional.of(uncommitted),
            SampleFamilies.referral().contraIndications(), true, true));
        Case noIntroducer = withReferral(inExecution(), referral(Optional.empty(),
            SampleFamilies.referral().contraIndications(), true, true));

        assertOnly(check(subject), CaseCodes.INTRODUCER_NO_AFTERCARE, "/referral/introducer");
        assertOnly(check(noIntroducer), CaseCodes.INTRODUCER_NO_AFTERCARE, "/referral/introducer");
    }

    @Test
    @Breaks("CASE-DECLINED-WITHOUT-HANDOVER")
    void declinedWithoutWarmHandoverIsReported() {
        Case declined = SampleFamilies.referredCase()
            .decide(new IntakeDecision.WaitingList(WAITING_LIST_DATE, 2))
            .decide(new IntakeDecision.Declined(ACCEPTED_DATE, "Gezin is al gemotiveerd voor hulp.",
                List.of("Opvoedondersteuning via het wijkteam"), Optional.empty()));

        assertOnly(check(declined), CaseCodes.DECLINED_WITHOUT_HANDOVER, "/decisions/1");
    }

    @Test
    void declinedWithWarmHandoverIsNotReported() {
        Case declined = SampleFamilies.referredCase()
            .decide(new IntakeDecision.Declined(ACCEPTED_DATE, "Gezin is al gemotiveerd voor hulp.", List.of(),
                Optional.of(new WarmHandover("Wijkteam Oost", ACCEPTED_DATE.plusDays(2)))));

        assertThat(check(declined)).isEmpty();
    }

    // --- phases ---

    @Test
    @Breaks("CASE-PHASE-SKIPPED")
    void skippedPhaseIsReported() {
        Case subject = withPhases(inExecution(), Phase.INTRODUCTION, Phase.EXECUTION);

        Finding finding = assertOnly(check(subject), CaseCodes.PHASE_SKIPPED, "/phases/1/phase");
        assertThat(finding.message(Locale.ENGLISH))
            .isEqualTo("Phase EXECUTION follows INTRODUCTION; a phase in between was skipped.");
    }

    @Test
    @Breaks("CASE-PHASE-FIRST-NOT-INTRODUCTION")
    void historyNotStartingWithIntroductionIsReported() {
        Case subject = withPhases(inExecution(), Phase.CONTACT_AND_MOTIVATION, Phase.EXECUTION);

        Finding finding = assertOnly(check(subject), CaseCodes.PHASE_FIRST_NOT_INTRODUCTION, "/phases/0/phase");
        assertThat(finding.message(Locale.ENGLISH)).contains("CONTACT_AND_MOTIVATION");
    }

    @Test
    @Breaks("CASE-PHASE-TRANSITION-NOT-ALLOWED")
    void transitionTheMethodDoesNotAllowIsReported() {
        Case subject = withPhases(inExecution(), Phase.INTRODUCTION, Phase.CONTACT_AND_MOTIVATION, Phase.EXECUTION,
            Phase.CONTACT_AND_MOTIVATION);

        Finding finding = assertOnly(check(subject), CaseCodes.PHASE_TRANSITION_NOT_ALLOWED, "/phases/3/phase");
        assertThat(finding.message(Locale.ENGLISH))
            .isEqualTo("The transition from phase EXECUTION to phase CONTACT_AND_MOTIVATION is not allowed.");
    }

    @Test
    void relapseFromCoordinationToExecutionIsNotReported() {
        Case subject = withPhases(inExecution(), Phase.INTRODUCTION, Phase.CONTACT_AND_MOTIVATION, Phase.EXECUTION,
            Phase.CLOSING_AND_EVALUATION, Phase.CARE_COORDINATION, Phase.EXECUTION);

        assertThat(check(subject)).isEmpty();
    }

    @Test
    @Breaks("CASE-PHASE-BEFORE-ACCEPTANCE")
    void phaseBeforeAcceptanceIsReported() {
        Case subject = withDecisions(inExecution(),
            List.of(new IntakeDecision.Accepted(INTRODUCTION_DATE.plusDays(1))));

        assertOnly(check(subject), CaseCodes.PHASE_BEFORE_ACCEPTANCE, "/phases/0");
    }

    @Test
    void phaseOnTheDayOfAcceptanceIsNotReported() {
        Case subject = withDecisions(inExecution(), List.of(new IntakeDecision.Accepted(INTRODUCTION_DATE)));

        assertThat(check(subject)).isEmpty();
    }

    // --- team ---

    @Test
    @Breaks("CASE-NO-CASE-MANAGER")
    void acceptedCaseWithoutCaseManagerIsReported() {
        Case subject = inExecution().withTeam(t -> new Team(Optional.empty(), t.youthWorker(), t.buddy()));

        assertOnly(check(subject), CaseCodes.NO_CASE_MANAGER, "/team/caseManager");
    }

    @Test
    @Breaks("CASE-YOUTH-WORKER-WITHOUT-YOUNG-PERSON")
    void youthWorkerWithoutYoungPersonIsReported() {
        Case subject = inExecution().withFamily(SampleFamilies.familyWithRole(YOUNG_PERSON, Role.CHILD));

        assertOnly(check(subject), CaseCodes.YOUTH_WORKER_WITHOUT_YOUNG_PERSON, "/team/youthWorker");
    }

    // --- family ---

    @Test
    @Breaks("CASE-YOUNG-PERSON-AGE")
    void youngPersonOutsideThePolicyAgeRangeIsReported() {
        // Noor is 8 at referral: too young for the young-person role.
        Case subject = inExecution().withFamily(SampleFamilies.familyWithRole(CHILD, Role.YOUNG_PERSON));

        Finding finding = assertOnly(check(subject), CaseCodes.YOUNG_PERSON_AGE, "/family/members/3/role");
        assertThat(finding.subject()).contains(PersonId.of("p-noor"));
        assertThat(finding.message(Locale.ENGLISH))
            .isEqualTo("Member p-noor has the young-person role but was 8 at the referral date; "
                + "the policy asks 12 to 24.");
    }

    @Test
    void youngPersonAgeRangeComesFromThePolicy() {
        CaseRules stricter = new CaseRules(CasePolicy.DEFAULTS.withYoungPersonAges(16, 24), LifeDomainCatalogs.builtIn());

        List<Finding> findings = stricter.check(inExecution());

        assertThat(findings).extracting(Finding::code, Finding::pointer, Finding::subject)
            .containsExactly(tuple("CASE-YOUNG-PERSON-AGE", "/family/members/4/role", Optional.of(PersonId.of("p-daan"))));
        assertThat(findings.get(0).message(Locale.ENGLISH)).contains("was 15", "asks 16 to 24");
    }

    @Test
    @Breaks("CASE-FAMILY-NO-PARENT")
    void familyWithoutParentIsReported() {
        Family noParent = withRole(SampleFamilies.familyWithRole(MOTHER, Role.OTHER_HOUSEHOLD_MEMBER), FATHER,
            Role.EXTENDED_FAMILY);
        Case subject = inExecution().withFamily(noParent);

        assertOnly(check(subject), CaseCodes.FAMILY_NO_PARENT, "/family/members");
    }

    @Test
    @Breaks("CASE-FAMILY-NO-CHILD")
    void familyWithoutChildIsReported() {
        Family noChild = withRole(SampleFamilies.familyWithRole(CHILD, Role.OTHER_HOUSEHOLD_MEMBER), YOUNG_PERSON,
            Role.OTHER_HOUSEHOLD_MEMBER);
        // The referred case has no team yet, so no youth worker is left without a young person.
        Case subject = SampleFamilies.referredCase().withFamily(noChild);

        assertOnly(check(subject), CaseCodes.FAMILY_NO_CHILD, "/family/members");
    }

    // --- life domains ---

    @Test
    @Breaks("CASE-UNKNOWN-CATALOG")
    void unknownCatalogueIsReported() {
        Case subject = withCatalog(inExecution(), LifeDomainCatalogId.of("acme:unknown"));

        Finding finding = assertOnly(check(subject), CaseCodes.UNKNOWN_CATALOG, "/catalog");
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Life-domain catalogue acme:unknown is not known.");
    }

    @Test
    void catalogueAddedByAnOrganisationIsKnownToRulesBuiltWithIt() {
        LifeDomainCatalog acme = AcmeLifeDomainCatalogProvider.ACME;
        Case referred = withCatalog(SampleFamilies.referredCase(), acme.id());
        CaseRules withAcme = new CaseRules(CasePolicy.DEFAULTS, LifeDomainCatalogs.builtIn().with(acme));

        assertThat(withAcme.check(referred)).isEmpty();
        assertThat(check(referred)).extracting(Finding::code).containsExactly("CASE-UNKNOWN-CATALOG");
        assertThat(check(withCatalog(referred, LifeDomainCatalogs.DOMESTIC_VIOLENCE.id()))).isEmpty();
    }

    @Test
    @Breaks("CASE-UNKNOWN-LIFE-DOMAIN")
    void lifeDomainOutsideTheCaseCatalogueIsReportedWhereverItIsUsed() {
        OrganisationId lawyer = OrganisationId.of("org-lawyer");
        LifeDomainCode school = LifeDomainCode.of("school"); // in the domestic-violence catalogue, not this one
        Case subject = inExecution()
            .involve(new InvolvedOrganisation(lawyer, "Advocatenkantoor Van Dijk", Optional.empty(),
                "Echtscheiding.", List.of(MOTHER), List.of(SampleFamilies.RELATIONSHIPS, school), EXECUTION_DATE,
                Optional.empty()))
            .recordConsent(new Consent(ConsentId.of("consent-lawyer"), lawyer, MOTHER,
                new ConsentScope(List.of(), List.of(school)), LawfulBasis.CONSENT,
                List.of(new ConsentChange(EXECUTION_DATE, ConsentStatus.GRANTED)), Optional.empty()))
            .recordExchange(new InformationExchange(EXECUTION_DATE, lawyer, List.of(MOTHER), List.of(school)));

        List<Finding> findings = check(subject);

        assertThat(findings).extracting(Finding::code, Finding::pointer).containsExactly(
            tuple("CASE-UNKNOWN-LIFE-DOMAIN", "/organisations/4/domains/1"),
            tuple("CASE-UNKNOWN-LIFE-DOMAIN", "/consents/4/scope/domains/0"),
            tuple("CASE-UNKNOWN-LIFE-DOMAIN", "/exchanges/4/domains/0"));
        assertThat(findings.get(0).message(Locale.ENGLISH))
            .isEqualTo("Life domain school is not in life-domain catalogue regiekit:active-case-management.");
    }

    // --- information exchange ---

    @Test
    @Breaks("CASE-EXCHANGE-WITHOUT-CONSENT")
    void exchangeWhileConsentWasRefusedIsReported() {
        LocalDate whileRefused = ADDICTION_CONSENT_GRANTED.minusDays(1);
        Case subject = inExecution().recordExchange(
            new InformationExchange(whileRefused, ADDICTION_CARE, List.of(CHILD), List.of(CHILDREN)));

        Finding finding = assertOnly(check(subject), CaseCodes.EXCHANGE_WITHOUT_CONSENT, "/exchanges/4");
        assertThat(finding.subject()).contains(OrganisationId.of("org-addiction-care"));
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Information about member p-noor on life domain children was "
            + "exchanged with organisation org-addiction-care without consent or another lawful basis.");
    }

    @Test
    void exchangeOutsideTheConsentScopeIsReportedOncePerExchange() {
        // School social work may hear about Noor, not about Daan; two domains outside scope still give one finding.
        Case subject = inExecution().recordExchange(new InformationExchange(CONTACT_DATE.plusDays(1),
            SCHOOL_SOCIAL_WORK, List.of(CHILD, YOUNG_PERSON), List.of(CHILDREN, SampleFamilies.WELL_BEING)));

        Finding finding = assertOnly(check(subject), CaseCodes.EXCHANGE_WITHOUT_CONSENT, "/exchanges/4");
        assertThat(finding.message(Locale.ENGLISH)).contains("p-noor", "well-being");
    }

    // --- the rules as a whole ---

    @Test
    void rejectsNullCaseAndNullPolicy() {
        assertThatNullPointerException().isThrownBy(() -> RULES.check(null)).withMessage("subject");
        assertThatNullPointerException().isThrownBy(() -> new CaseRules(null, LifeDomainCatalogs.builtIn()))
            .withMessage("policy");
    }

    @Test
    void reportsSeveralBrokenRulesInRuleOrder() {
        Case subject = withPhases(withReferral(inExecution(), referral(Optional.empty(), List.of(), false, false)),
            Phase.INTRODUCTION, Phase.EXECUTION)
            .withTeam(t -> Team.EMPTY);

        assertThat(check(subject)).extracting(Finding::code).containsExactly(
            "CASE-REFERRAL-NO-REFERRER", "CASE-ACCEPTED-WITHOUT-CRITERIA", "CASE-INTRODUCER-NO-AFTERCARE",
            "CASE-PHASE-SKIPPED", "CASE-NO-CASE-MANAGER");
        assertThat(check(subject).get(0).message(Locale.forLanguageTag("nl"))).startsWith("De aanmelding heeft geen");
    }

    /** The case in execution with a problem inventory of these domains of its catalogue, agreed on {@code agreed}. */
    private static Case withInventory(int domains, Optional<LocalDate> agreed) {
        List<InventoryEntry> entries = LifeDomainCatalogs.ACTIVE_CASE_MANAGEMENT.domains().stream().limit(domains)
            .map(d -> new InventoryEntry(d.code(), true, Optional.empty(),
                d.hasProblem(LifeDomainCatalogs.THREATENED_EVICTION) ? List.of(LifeDomainCatalogs.THREATENED_EVICTION)
                    : List.of()))
            .toList();
        return inExecution().withInventory(new ProblemInventory(entries, agreed));
    }

    @Test
    @Breaks("CASE-INVENTORY-MISSING")
    void reportsExecutionWithoutAProblemInventoryWhenOutreachIsRecorded() {
        Case subject = inExecution().recordContactAttempt(ContactAttempt.of(LocalDate.of(2025, 3, 18),
            ContactKind.HOME_VISIT, ContactOutcome.NO_RESPONSE));

        assertOnly(check(subject), CaseCodes.INVENTORY_MISSING, "/outreach");
        assertThat(check(inExecution())).as("a case that records no outreach").isEmpty();
    }

    @Test
    @Breaks("CASE-INVENTORY-INCOMPLETE")
    void reportsEachLifeDomainLeftOutOfTheInventoryAtExecution() {
        List<Finding> findings = check(withInventory(13, Optional.of(EXECUTION_DATE)));

        Finding finding = assertOnly(findings, CaseCodes.INVENTORY_INCOMPLETE, "/outreach/inventory/domains");
        assertThat(finding.subject()).contains(LifeDomainCode.of("justice"));
        assertThat(check(withInventory(14, Optional.of(EXECUTION_DATE)))).isEmpty();
        assertThat(check(withInventory(14, Optional.of(EXECUTION_DATE)).withInventory(new ProblemInventory(
            List.of(new InventoryEntry(LifeDomainCode.of("safety-x"), true, Optional.empty())), Optional.empty()))))
            .extracting(Finding::code, Finding::pointer)
            .contains(tuple("CASE-UNKNOWN-LIFE-DOMAIN", "/outreach/inventory/domains/0/domain"));
    }

    @Test
    @Breaks("CASE-INVENTORY-NOT-AGREED")
    void reportsExecutionBeforeTheFamilyAgreedOnTheInventory() {
        assertOnly(check(withInventory(14, Optional.of(EXECUTION_DATE.plusDays(1)))), CaseCodes.INVENTORY_NOT_AGREED,
            "/outreach/inventory/agreed");
        assertOnly(check(withInventory(14, Optional.empty())), CaseCodes.INVENTORY_NOT_AGREED,
            "/outreach/inventory/agreed");
    }

    @Test
    @Breaks("CASE-UNKNOWN-PROBLEM")
    void reportsAProblemTheCatalogueDoesNotNameOnThatDomain() {
        Case domesticViolence = new Case(inExecution().id(), LifeDomainCatalogs.DOMESTIC_VIOLENCE.id(),
            inExecution().family(), inExecution().referral(), inExecution().decisions(), List.of(),
            inExecution().model(), inExecution().team(), List.of(), List.of(), List.of());
        InventoryEntry safety = new InventoryEntry(LifeDomainCode.of("safety"), true, Optional.empty(),
            List.of(ProblemCode.of("violence"), ProblemCode.of("stalking")));

        // The sample's recorded criteria are not judged here: only the problem is.
        Finding finding = assertOnly(check(domesticViolence.withInventory(new ProblemInventory(List.of(safety),
            Optional.empty()))).stream().filter(f -> !f.code().startsWith("CASE-CRITERION")).toList(),
            CaseCodes.UNKNOWN_PROBLEM, "/outreach/inventory/domains/0/problems/1");
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo(
            "Problem stalking is not listed on life domain safety in life-domain catalogue regiekit:domestic-violence.");
    }

    @Test
    @Breaks("CASE-CONSENT-NOT-SIGNED")
    void reportsAConsentGivenOrallyOnly() {
        Consent oral = new Consent(ConsentId.of("consent-oral"), SCHOOL_SOCIAL_WORK, MOTHER,
            new ConsentScope(List.of(CHILD), List.of(CHILDREN)), LawfulBasis.CONSENT,
            List.of(new ConsentChange(CONTACT_DATE, ConsentStatus.GRANTED)), Optional.empty(),
            Optional.of(ConsentForm.ORAL));
        Consent written = new Consent(ConsentId.of("consent-written"), SCHOOL_SOCIAL_WORK, MOTHER,
            new ConsentScope(List.of(CHILD), List.of(CHILDREN)), LawfulBasis.CONSENT,
            List.of(new ConsentChange(CONTACT_DATE, ConsentStatus.GRANTED)), Optional.empty(),
            Optional.of(ConsentForm.WRITTEN));
        Case subject = inExecution().recordConsent(oral).recordConsent(written);

        Finding finding = assertOnly(check(subject), CaseCodes.CONSENT_NOT_SIGNED,
            "/consents/" + (subject.consents().size() - 2) + "/form");
        assertThat(finding.subject()).contains(ConsentId.of("consent-oral"));
    }

    @Test
    @Breaks("CASE-CONSENT-NOT-ENTITLED")
    void reportsAConsentNamingAMemberItsGiverMayNotConsentFor() {
        List<ConsentChange> granted = List.of(new ConsentChange(CONTACT_DATE, ConsentStatus.GRANTED));
        Consent aboutTheFather = new Consent(ConsentId.of("consent-about-mark"), SCHOOL_SOCIAL_WORK, MOTHER,
            new ConsentScope(List.of(CHILD, FATHER), List.of(CHILDREN)), LawfulBasis.CONSENT, granted,
            Optional.empty());
        Consent forDaanAtSixteen = new Consent(ConsentId.of("consent-for-daan"), SCHOOL_SOCIAL_WORK, MOTHER,
            ConsentScope.UNLIMITED, LawfulBasis.CONSENT,
            List.of(new ConsentChange(LocalDate.of(2025, 8, 15), ConsentStatus.GRANTED)), Optional.empty(),
            Optional.empty(), List.of(YOUNG_PERSON));
        Case base = inExecution();
        int next = base.consents().size();

        Finding scope = assertOnly(check(base.recordConsent(aboutTheFather)), CaseCodes.CONSENT_NOT_ENTITLED,
            "/consents/" + next + "/scope/about/1");
        assertThat(scope.subject()).contains(ConsentId.of("consent-about-mark"));
        assertThat(scope.message(Locale.ENGLISH)).contains("p-mark").contains("p-sanne");
        assertOnly(check(base.recordConsent(forDaanAtSixteen)), CaseCodes.CONSENT_NOT_ENTITLED,
            "/consents/" + next + "/onBehalfOf/0");
    }

    @Test
    @Breaks("CASE-AUTHORITY-HOLDER-MINOR")
    void reportsAMinorHoldingAuthority() {
        Case base = inExecution();
        Family family = base.family();
        List<Authority> authorities = List.of(
            new Authority(CHILD, List.of(MOTHER, YOUNG_PERSON), LocalDate.of(2016, 6, 10), Optional.empty()),
            family.authorities().get(1));
        Case subject = base.withFamily(new Family(family.members(), family.households(), authorities,
            family.representations(), family.parenthoods()));

        Finding finding = assertOnly(check(subject), CaseCodes.AUTHORITY_HOLDER_MINOR,
            "/family/authorities/0/holders/1");
        assertThat(finding.subject()).contains(YOUNG_PERSON);
    }

    @Test
    @Breaks("CASE-CRITERION-NOT-MET")
    void reportsARecordedCriterionTheCaseCanBeSeenNotToMeet() {
        // Four organisations were involved on the referral date: too few for a set that counts on five.
        CriteriaSet five = new CriteriaSet(CriteriaSetId.of("acme:five"), CriteriaSet.REGIONAL.criteria(), 5, 2, 4,
            Optional.empty());

        CaseRules fiveOrMore = new CaseRules(CasePolicy.DEFAULTS, ConsentPolicy.DEFAULTS, LifeDomainCatalogs.builtIn(),
            five);
        Finding finding = assertOnly(fiveOrMore.check(inExecution()), CaseCodes.CRITERION_NOT_MET, "/referral/criteria/0");
        assertThat(finding.message(Locale.ENGLISH)).isEqualTo("Admission criterion THREE_OR_MORE_ORGANISATIONS is recorded, but the "
            + "case does not meet it under criteria set acme:five.");
        // Four organisations were: met. Before any organisation is registered nothing is derived.
        assertThat(check(inExecution())).isEmpty();
        assertThat(check(SampleFamilies.referredCase())).isEmpty();
        // An inventory with problems on one domain and no threatened eviction judges two more recorded criteria.
        Case oneDomain = inExecution().withInventory(new ProblemInventory(List.of(
            new InventoryEntry(CHILDREN, true, Optional.empty())), Optional.of(EXECUTION_DATE)));
        assertThat(check(oneDomain)).filteredOn(f -> f.code().equals("CASE-CRITERION-NOT-MET"))
            .extracting(Finding::pointer).containsExactly("/referral/criteria/1", "/referral/criteria/3");
    }

    @Test
    @Breaks("CASE-CRITERION-OUTSIDE-SET")
    void reportsARecordedCriterionOutsideTheOrganisationsCriteriaSet() {
        CaseRules domesticViolence = new CaseRules(CasePolicy.DEFAULTS, ConsentPolicy.DEFAULTS, LifeDomainCatalogs.builtIn(),
            CriteriaSet.DOMESTIC_VIOLENCE);

        assertThat(domesticViolence.check(inExecution())).extracting(Finding::code, Finding::pointer).containsExactly(
            tuple("CASE-CRITERION-OUTSIDE-SET", "/referral/criteria/0"),
            tuple("CASE-CRITERION-OUTSIDE-SET", "/referral/criteria/1"),
            tuple("CASE-CRITERION-OUTSIDE-SET", "/referral/criteria/3"));
        assertThat(domesticViolence.check(inExecution()).get(0).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void everyCaseCodeHasARuleTest() {
        // Guards "one test per code": a new code in CaseCodes needs a test here that breaks it.
        List<String> broken = Arrays.stream(CaseRulesTests.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(Test.class) && m.isAnnotationPresent(Breaks.class))
            .map(m -> m.getAnnotation(Breaks.class).value())
            .toList();

        assertThat(broken).containsExactlyInAnyOrderElementsOf(
            new CaseCodes.Catalog().codes().stream().map(FindingCode::code).toList());
    }

    @Test
    void everyPhaseIsCoveredByTheTransitionTable() {
        assertThat(EnumSet.allOf(Phase.class)).allSatisfy(p -> assertThat(p.allowedNext()).isNotEmpty());
    }
}
