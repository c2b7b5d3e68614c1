package nl.regiekit.casemodel;

import static nl.regiekit.casemodel.SampleFamilies.CHILD;
import static nl.regiekit.casemodel.SampleFamilies.CHILDREN;
import static nl.regiekit.casemodel.SampleFamilies.FATHER;
import static nl.regiekit.casemodel.SampleFamilies.GRANDMOTHER;
import static nl.regiekit.casemodel.SampleFamilies.MOTHER;
import static nl.regiekit.casemodel.SampleFamilies.NEW_PARTNER;
import static nl.regiekit.casemodel.SampleFamilies.YOUNG_PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

/**
 * Who may consent for whom (method §11, {@link ConsentPolicy}): a consent counts for a member only
 * when its giver was entitled to give it for that member on the day of the exchange. The family is
 * the Jansen-de Vries family: Sanne and Mark hold authority over Noor (born 2016) and Daan (born
 * 15 August 2009); Ruben is Sanne's new partner.
 */
class ConsentEntitlementTests {

    private static final OrganisationId COACH = OrganisationId.of("org-family-coach");
    /** A certified institution (gecertificeerde instelling) that can be appointed guardian. */
    private static final OrganisationId GUARDIAN = OrganisationId.of("org-certified-institution");
    private static final LocalDate START = LocalDate.of(2025, 1, 6);
    /** Daan is 15 until this day, 16 from it. */
    private static final LocalDate DAAN_SIXTEEN = LocalDate.of(2025, 8, 15);
    private static final LocalDate BEFORE = DAAN_SIXTEEN.minusDays(1);

    private static Case withConsents(Consent... consents) {
        Case subject = SampleFamilies.referredCase().involve(new InvolvedOrganisation(COACH, "Gezinscoach Oost",
            Optional.empty(), "Gezinscoaching", List.of(MOTHER), List.of(CHILDREN), START, Optional.empty()));
        for (Consent consent : consents) {
            subject = subject.recordConsent(consent);
        }
        return subject;
    }

    private static Consent granted(String id, PersonId givenBy, List<PersonId> about) {
        return new Consent(ConsentId.of(id), COACH, givenBy, new ConsentScope(about, List.of()), LawfulBasis.CONSENT,
            List.of(new ConsentChange(START, ConsentStatus.GRANTED)), Optional.empty());
    }

    private static Consent basis(LawfulBasis basis, List<ConsentChange> changes, Optional<LocalDate> expires) {
        return new Consent(ConsentId.of("basis"), COACH, MOTHER, ConsentScope.UNLIMITED, basis, changes, expires);
    }

    @Test
    void anAdultsConsentCoversTheirOwnDataAndTheirChildrensUnderTwelveNotAnotherAdults() {
        Case subject = withConsents(granted("c-sanne", MOTHER, List.of()));

        assertThat(subject.mayExchange(COACH, MOTHER, CHILDREN, BEFORE)).as("her own").isTrue();
        assertThat(subject.mayExchange(COACH, CHILD, CHILDREN, BEFORE)).as("Noor, 9, under her authority").isTrue();
        assertThat(subject.mayExchange(COACH, FATHER, CHILDREN, BEFORE)).as("the father, an adult").isFalse();
        assertThat(subject.mayExchange(COACH, NEW_PARTNER, CHILDREN, BEFORE)).as("her partner").isFalse();
        assertThat(subject.mayExchange(COACH, GRANDMOTHER, CHILDREN, BEFORE)).as("the grandmother").isFalse();
        assertThat(subject.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE)).as("Daan, 15, not alone").isFalse();
    }

    @Test
    void fromTwelveToSixteenTheChildAndAHolderOfAuthorityConsentTogether() {
        Case parentOnly = withConsents(granted("c-sanne", MOTHER, List.of(YOUNG_PERSON)));
        Case childOnly = withConsents(granted("c-daan", YOUNG_PERSON, List.of(YOUNG_PERSON)));
        Case both = withConsents(granted("c-sanne", MOTHER, List.of(YOUNG_PERSON)),
            granted("c-daan", YOUNG_PERSON, List.of(YOUNG_PERSON)));
        Case childAndPartner = withConsents(granted("c-ruben", NEW_PARTNER, List.of(YOUNG_PERSON)),
            granted("c-daan", YOUNG_PERSON, List.of(YOUNG_PERSON)));

        assertThat(parentOnly.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE)).isFalse();
        assertThat(childOnly.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE)).isFalse();
        assertThat(both.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE)).isTrue();
        assertThat(childAndPartner.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE))
            .as("the partner holds no authority").isFalse();
    }

    @Test
    void fromSixteenTheYoungPersonConsentsAloneCountedOnTheDayOfTheExchange() {
        Case parentOnly = withConsents(granted("c-sanne", MOTHER, List.of(YOUNG_PERSON)));
        Case childOnly = withConsents(granted("c-daan", YOUNG_PERSON, List.of(YOUNG_PERSON)));

        assertThat(childOnly.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE)).as("15").isFalse();
        assertThat(childOnly.mayExchange(COACH, YOUNG_PERSON, CHILDREN, DAAN_SIXTEEN)).as("16").isTrue();
        assertThat(parentOnly.mayExchange(COACH, YOUNG_PERSON, CHILDREN, DAAN_SIXTEEN))
            .as("a parent no longer consents for a 16-year-old").isFalse();
    }

    @Test
    void theAgesArePolicy() {
        Case parentOnly = withConsents(granted("c-sanne", MOTHER, List.of(YOUNG_PERSON)));
        ConsentPolicy later = new ConsentPolicy(16, 16, 18);

        assertThat(parentOnly.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE, later)).isTrue();
        assertThat(parentOnly.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE, ConsentPolicy.DEFAULTS)).isFalse();
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new ConsentPolicy(17, 16, 18));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new ConsentPolicy(12, 19, 18));
    }

    @Test
    void aParentWhoseAuthorityEndedNoLongerConsentsForTheChild() {
        LocalDate ended = LocalDate.of(2025, 3, 1);
        Family family = SampleFamilies.family();
        Family markAlone = new Family(family.members(), family.households(), List.of(
            new Authority(CHILD, List.of(MOTHER), LocalDate.of(2016, 6, 10), Optional.of(ended)),
            new Authority(CHILD, List.of(FATHER), ended.plusDays(1), Optional.empty())), List.of(), List.of());
        Case subject = withConsents(granted("c-sanne", MOTHER, List.of(CHILD))).withFamily(markAlone);

        assertThat(subject.mayExchange(COACH, CHILD, CHILDREN, ended)).isTrue();
        assertThat(subject.mayExchange(COACH, CHILD, CHILDREN, ended.plusDays(1))).isFalse();
        assertThat(markAlone.authorityOver(CHILD, ended.plusDays(1))).containsExactly(FATHER);
    }

    @Test
    void aChildWithoutRecordedAuthorityIsCoveredByNoParentsConsent() {
        Family family = SampleFamilies.family();
        Case subject = withConsents(granted("c-sanne", MOTHER, List.of(CHILD)))
            .withFamily(new Family(family.members(), family.households()));

        assertThat(subject.mayExchange(COACH, CHILD, CHILDREN, BEFORE)).isFalse();
    }

    @Test
    void aRepresentativeConsentsForTheAdultTheyRepresentFromTheAppointment() {
        LocalDate appointed = LocalDate.of(2025, 5, 1);
        Family family = SampleFamilies.family();
        Family mentored = new Family(family.members(), family.households(), family.authorities(),
            List.of(new Representation(NEW_PARTNER, GRANDMOTHER, RepresentationKind.MENTOR, appointed,
                Optional.empty())), List.of());
        Case subject = withConsents(granted("c-els", GRANDMOTHER, List.of(NEW_PARTNER))).withFamily(mentored);

        assertThat(subject.mayExchange(COACH, NEW_PARTNER, CHILDREN, appointed.minusDays(1))).isFalse();
        assertThat(subject.mayExchange(COACH, NEW_PARTNER, CHILDREN, appointed)).isTrue();
    }

    @Test
    void anotherLawfulBasisHoldsFromItsStartUntilItsWithdrawalOrExpiry() {
        LocalDate starts = LocalDate.of(2025, 6, 1);
        LocalDate withdrawn = LocalDate.of(2025, 9, 1);
        Case started = withConsents(basis(LawfulBasis.PUBLIC_TASK, List.of(new ConsentChange(starts,
            ConsentStatus.GRANTED), new ConsentChange(withdrawn, ConsentStatus.WITHDRAWN)), Optional.empty()));
        Case expiring = withConsents(basis(LawfulBasis.LEGAL_OBLIGATION, List.of(), Optional.of(withdrawn)));

        assertThat(started.mayExchange(COACH, FATHER, CHILDREN, starts.minusDays(1))).as("not yet").isFalse();
        assertThat(started.mayExchange(COACH, FATHER, CHILDREN, starts)).as("started").isTrue();
        assertThat(started.mayExchange(COACH, FATHER, CHILDREN, withdrawn)).as("withdrawn").isFalse();
        assertThat(expiring.mayExchange(COACH, FATHER, CHILDREN, withdrawn)).as("last day").isTrue();
        assertThat(expiring.mayExchange(COACH, FATHER, CHILDREN, withdrawn.plusDays(1))).as("expired").isFalse();
    }

    @Test
    void aChildProtectionMeasureCoversTheMinorsOnly() {
        Case subject = withConsents(basis(LawfulBasis.CHILD_PROTECTION_MEASURE, List.of(), Optional.empty()));

        assertThat(subject.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE)).isTrue();
        assertThat(subject.mayExchange(COACH, CHILD, CHILDREN, BEFORE)).isTrue();
        assertThat(subject.mayExchange(COACH, MOTHER, CHILDREN, BEFORE)).isFalse();
        assertThat(subject.mayExchange(COACH, FATHER, CHILDREN, BEFORE)).isFalse();
    }

    @Test
    void anOrganisationWhoseInvolvementEndedReceivesNothingAfterwards() {
        LocalDate until = LocalDate.of(2025, 6, 30);
        Case subject = SampleFamilies.referredCase().involve(new InvolvedOrganisation(COACH, "Gezinscoach Oost",
                Optional.empty(), "Gezinscoaching", List.of(MOTHER), List.of(CHILDREN), START, Optional.of(until)))
            .recordConsent(granted("c-sanne", MOTHER, List.of()));

        assertThat(subject.mayExchange(COACH, MOTHER, CHILDREN, until)).isTrue();
        assertThat(subject.mayExchange(COACH, MOTHER, CHILDREN, until.plusDays(1))).isFalse();
    }

    @Test
    void authorityHasOneOrTwoHoldersOtherThanTheChildInDateOrder() {
        LocalDate since = LocalDate.of(2016, 6, 10);
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Authority(CHILD,
                List.of(MOTHER, FATHER, GRANDMOTHER), since, Optional.empty()))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.VALUE_INVALID));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new Authority(CHILD, List.of(), since, Optional.empty()))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/holders"));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Authority(CHILD, List.of(MOTHER), since,
                Optional.empty(), Optional.of(GUARDIAN)))
            .as("an institution holds authority alone")
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/institution"));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new Authority(CHILD, List.of(CHILD), since, Optional.empty()));
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new Authority(CHILD, List.of(MOTHER, MOTHER), since, Optional.empty()))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Authority(CHILD, List.of(MOTHER),
                since, Optional.of(since.minusDays(1))))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DATE_ORDER));
        Family family = SampleFamilies.family();
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Family(family.members(),
                family.households(), List.of(new Authority(CHILD, List.of(PersonId.of("p-nobody")), since,
                    Optional.empty())), List.of(), List.of()))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DANGLING_REFERENCE));
    }

    @Test
    void aConsentGivenOnBehalfOfNamedMembersStandsForTheGiverAndThemOnly() {
        Consent forNoor = new Consent(ConsentId.of("c-sanne"), COACH, MOTHER, ConsentScope.UNLIMITED,
            LawfulBasis.CONSENT, List.of(new ConsentChange(START, ConsentStatus.GRANTED)), Optional.empty(),
            Optional.empty(), List.of(CHILD));
        Case named = withConsents(forNoor, granted("c-daan", YOUNG_PERSON, List.of(YOUNG_PERSON)));
        Case unnamed = withConsents(granted("c-sanne", MOTHER, List.of()),
            granted("c-daan", YOUNG_PERSON, List.of(YOUNG_PERSON)));

        assertThat(named.mayExchange(COACH, MOTHER, CHILDREN, BEFORE)).as("her own").isTrue();
        assertThat(named.mayExchange(COACH, CHILD, CHILDREN, BEFORE)).as("Noor, on whose behalf").isTrue();
        assertThat(named.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE))
            .as("Daan, 15: his own consent, but his mother's was not given on his behalf").isFalse();
        assertThat(unnamed.mayExchange(COACH, YOUNG_PERSON, CHILDREN, BEFORE))
            .as("a record that does not say stands for every member its giver may consent for").isTrue();
    }

    @Test
    void aConsentIsGivenOnBehalfOfOtherMembersOfItsScopeEachOnce() {
        ConsentScope noorOnly = new ConsentScope(List.of(CHILD), List.of());
        List<ConsentChange> granted = List.of(new ConsentChange(START, ConsentStatus.GRANTED));

        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Consent(ConsentId.of("c"), COACH, MOTHER,
                ConsentScope.UNLIMITED, LawfulBasis.CONSENT, granted, Optional.empty(), Optional.empty(),
                List.of(CHILD, MOTHER)))
            .as("not on behalf of the giver").satisfies(e -> assertThat(e.pointer()).isEqualTo("/onBehalfOf/1"));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Consent(ConsentId.of("c"), COACH, MOTHER,
                noorOnly, LawfulBasis.CONSENT, granted, Optional.empty(), Optional.empty(), List.of(YOUNG_PERSON)))
            .as("within the scope").satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.VALUE_INVALID));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> new Consent(ConsentId.of("c"), COACH, MOTHER,
                noorOnly, LawfulBasis.CONSENT, granted, Optional.empty(), Optional.empty(), List.of(CHILD, CHILD)))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID));
        Consent forNobody = new Consent(ConsentId.of("c"), COACH, MOTHER, ConsentScope.UNLIMITED, LawfulBasis.CONSENT,
            granted, Optional.empty(), Optional.empty(), List.of(PersonId.of("p-nobody")));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> withConsents(forNobody))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DANGLING_REFERENCE))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/consents/0/onBehalfOf/0"));
    }

    @Test
    void whoMayTakePartInConsentingForWhomFollowsAgeAuthorityAndRepresentation() {
        Case subject = withConsents();

        assertThat(subject.mayConsentFor(MOTHER, MOTHER, BEFORE, ConsentPolicy.DEFAULTS)).as("herself").isTrue();
        assertThat(subject.mayConsentFor(MOTHER, FATHER, BEFORE, ConsentPolicy.DEFAULTS)).as("another adult").isFalse();
        assertThat(subject.mayConsentFor(MOTHER, CHILD, BEFORE, ConsentPolicy.DEFAULTS)).as("Noor, 9").isTrue();
        assertThat(subject.mayConsentFor(CHILD, CHILD, BEFORE, ConsentPolicy.DEFAULTS)).as("Noor herself").isFalse();
        assertThat(subject.mayConsentFor(NEW_PARTNER, CHILD, BEFORE, ConsentPolicy.DEFAULTS))
            .as("no authority").isFalse();
        assertThat(subject.mayConsentFor(MOTHER, YOUNG_PERSON, BEFORE, ConsentPolicy.DEFAULTS)).as("Daan, 15").isTrue();
        assertThat(subject.mayConsentFor(YOUNG_PERSON, YOUNG_PERSON, BEFORE, ConsentPolicy.DEFAULTS)).isTrue();
        assertThat(subject.mayConsentFor(MOTHER, YOUNG_PERSON, DAAN_SIXTEEN, ConsentPolicy.DEFAULTS))
            .as("Daan, 16").isFalse();
        assertThat(subject.mayConsentFor(MOTHER, PersonId.of("p-nobody"), BEFORE, ConsentPolicy.DEFAULTS)).isFalse();
    }

    @Test
    void whileAnInstitutionIsGuardianTheParentsNoLongerConsentForTheChildTheMeasureDoes() {
        LocalDate appointed = LocalDate.of(2025, 5, 1);
        Family family = SampleFamilies.family();
        List<Authority> guardianship = new java.util.ArrayList<>(family.authorities().stream()
            .filter(a -> !a.child().equals(CHILD)).toList());
        guardianship.add(new Authority(CHILD, List.of(MOTHER, FATHER), LocalDate.of(2016, 6, 10),
            Optional.of(appointed.minusDays(1))));
        guardianship.add(new Authority(CHILD, List.of(), appointed, Optional.empty(), Optional.of(GUARDIAN)));
        Family underGuardianship = new Family(family.members(), family.households(), guardianship,
            family.representations(), family.parenthoods());
        Case parentsConsent = withConsents(granted("c-sanne", MOTHER, List.of(CHILD)));
        Case involved = parentsConsent.involve(new InvolvedOrganisation(GUARDIAN, "Jeugdbescherming",
                Optional.empty(), "Voogdij", List.of(CHILD), List.of(CHILDREN), appointed, Optional.empty()))
            .withFamily(underGuardianship);
        Case subject = involved.recordConsent(new Consent(ConsentId.of("basis-guardianship"), COACH, MOTHER,
                new ConsentScope(List.of(CHILD), List.of()), LawfulBasis.CHILD_PROTECTION_MEASURE,
                List.of(new ConsentChange(appointed, ConsentStatus.GRANTED)), Optional.empty()));

        assertThat(underGuardianship.institutionOver(CHILD, appointed)).contains(GUARDIAN);
        assertThat(underGuardianship.authorityOver(CHILD, appointed)).isEmpty();
        assertThat(subject.mayConsentFor(MOTHER, CHILD, appointed, ConsentPolicy.DEFAULTS)).isFalse();
        assertThat(involved.mayExchange(COACH, CHILD, CHILDREN, appointed.minusDays(1))).as("before").isTrue();
        assertThat(involved.mayExchange(COACH, CHILD, CHILDREN, appointed))
            .as("the mother's consent, once the institution is guardian").isFalse();
        assertThat(subject.mayExchange(COACH, CHILD, CHILDREN, appointed)).as("the measure").isTrue();
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> parentsConsent.withFamily(underGuardianship))
            .as("the guardian must be involved")
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DANGLING_REFERENCE))
            .satisfies(e -> assertThat(e.pointer()).startsWith("/family/authorities/").endsWith("/institution"));
    }
}
