package nl.regiekit.casemodel;

import static nl.regiekit.casemodel.SampleFamilies.ADDICTION_CARE;
import static nl.regiekit.casemodel.SampleFamilies.CHILD;
import static nl.regiekit.casemodel.SampleFamilies.CHILDREN;
import static nl.regiekit.casemodel.SampleFamilies.FATHER;
import static nl.regiekit.casemodel.SampleFamilies.HOUSING;
import static nl.regiekit.casemodel.SampleFamilies.MOTHER;
import static nl.regiekit.casemodel.SampleFamilies.WELL_BEING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

class ConsentTests {

    private static final LocalDate REFUSED = LocalDate.of(2025, 4, 7);
    private static final LocalDate GRANTED = LocalDate.of(2025, 6, 2);

    /** Sanne refused, then granted, that Mark's addiction counsellor hears about Noor (method §11). */
    private static Consent refusedThenGranted() {
        return consent(new ConsentScope(List.of(CHILD), List.of(CHILDREN)), LawfulBasis.CONSENT, Optional.empty(),
            new ConsentChange(REFUSED, ConsentStatus.REFUSED), new ConsentChange(GRANTED, ConsentStatus.GRANTED));
    }

    private static Consent consent(ConsentScope scope, LawfulBasis basis, Optional<LocalDate> expires,
                                   ConsentChange... changes) {
        return new Consent(ConsentId.of("consent-1"), ADDICTION_CARE, MOTHER, scope, basis, List.of(changes),
            expires);
    }

    @Test
    void statusOnFollowsARefusedThenGrantedHistory() {
        Consent consent = refusedThenGranted();

        assertThat(consent.statusOn(REFUSED.minusDays(1))).isEmpty();
        assertThat(consent.statusOn(REFUSED)).contains(ConsentStatus.REFUSED);
        assertThat(consent.statusOn(GRANTED.minusDays(1))).contains(ConsentStatus.REFUSED);
        assertThat(consent.statusOn(GRANTED)).contains(ConsentStatus.GRANTED);
        assertThat(consent.statusOn(GRANTED.plusYears(1))).contains(ConsentStatus.GRANTED);
    }

    @Test
    void permitsOnlyWhileGranted() {
        Consent consent = refusedThenGranted();

        assertThat(consent.permits(CHILD, CHILDREN, REFUSED.minusDays(1))).as("before any statement").isFalse();
        assertThat(consent.permits(CHILD, CHILDREN, REFUSED.plusDays(10))).as("refused").isFalse();
        assertThat(consent.permits(CHILD, CHILDREN, GRANTED)).as("granted").isTrue();
    }

    @Test
    void withdrawnConsentNoLongerPermits() {
        LocalDate withdrawn = GRANTED.plusMonths(2);
        Consent consent = refusedThenGranted().with(new ConsentChange(withdrawn, ConsentStatus.WITHDRAWN));

        assertThat(consent.statusOn(withdrawn)).contains(ConsentStatus.WITHDRAWN);
        assertThat(consent.permits(CHILD, CHILDREN, withdrawn.minusDays(1))).isTrue();
        assertThat(consent.permits(CHILD, CHILDREN, withdrawn)).isFalse();
        assertThat(consent.changes()).hasSize(3);
    }

    @Test
    void expiresAfterItsLastValidDay() {
        LocalDate lastDay = LocalDate.of(2026, 3, 30);
        Consent consent = consent(ConsentScope.UNLIMITED, LawfulBasis.CONSENT, Optional.of(lastDay),
            new ConsentChange(GRANTED, ConsentStatus.GRANTED));

        assertThat(consent.permits(MOTHER, HOUSING, lastDay)).isTrue();
        assertThat(consent.permits(MOTHER, HOUSING, lastDay.plusDays(1))).isFalse();
        assertThat(consent.statusOn(lastDay.plusDays(1))).as("status ignores expiry").contains(ConsentStatus.GRANTED);
    }

    @Test
    void scopeLimitsMembersAndDomains() {
        Consent consent = refusedThenGranted();

        assertThat(consent.permits(CHILD, CHILDREN, GRANTED)).isTrue();
        assertThat(consent.permits(FATHER, CHILDREN, GRANTED)).as("other member").isFalse();
        assertThat(consent.permits(CHILD, WELL_BEING, GRANTED)).as("other domain").isFalse();
        assertThat(consent.scope().isLimited()).isTrue();
    }

    @Test
    void emptyScopeListsMeanNoLimitOnThatSide() {
        ConsentScope onlyNoor = new ConsentScope(List.of(CHILD), List.of());
        ConsentScope onlyChildren = new ConsentScope(null, List.of(CHILDREN));

        assertThat(ConsentScope.UNLIMITED.isLimited()).isFalse();
        assertThat(ConsentScope.UNLIMITED.covers(FATHER, WELL_BEING)).isTrue();
        assertThat(onlyNoor.covers(CHILD, WELL_BEING)).isTrue();
        assertThat(onlyNoor.covers(MOTHER, WELL_BEING)).isFalse();
        assertThat(onlyChildren.covers(FATHER, CHILDREN)).isTrue();
        assertThat(onlyChildren.covers(FATHER, HOUSING)).isFalse();
    }

    @Test
    void nonConsentLawfulBasisPermitsWithinScopeWithoutAnyHistory() {
        Consent measure = consent(new ConsentScope(List.of(CHILD), List.of()), LawfulBasis.CHILD_PROTECTION_MEASURE,
            Optional.empty());

        assertThat(measure.changes()).isEmpty();
        assertThat(measure.permits(CHILD, CHILDREN, REFUSED)).isTrue();
        assertThat(measure.permits(MOTHER, CHILDREN, REFUSED)).as("basis does not widen scope").isFalse();
    }

    @Test
    void consentBasisWithoutHistoryPermitsNothing() {
        Consent unsigned = consent(ConsentScope.UNLIMITED, LawfulBasis.CONSENT, Optional.empty());

        assertThat(unsigned.permits(MOTHER, HOUSING, GRANTED)).isFalse();
    }

    @Test
    void rejectsOutOfOrderChanges() {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> consent(ConsentScope.UNLIMITED, LawfulBasis.CONSENT, Optional.empty(),
                new ConsentChange(GRANTED, ConsentStatus.GRANTED), new ConsentChange(REFUSED, ConsentStatus.REFUSED)))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DATE_ORDER);
                assertThat(e.pointer()).isEqualTo("/changes/1/date");
            });
    }

    @Test
    void rejectsAChangeDatedBeforeTheLastOne() {
        Consent consent = refusedThenGranted();

        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> consent.with(new ConsentChange(GRANTED.minusDays(1), ConsentStatus.WITHDRAWN)))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DATE_ORDER);
                assertThat(e.pointer()).isEqualTo("/changes/2/date");
            });
        assertThat(consent.changes()).hasSize(2);
    }

    @Test
    void acceptsTwoChangesOnTheSameDayAndTheLastCounts() {
        Consent consent = consent(ConsentScope.UNLIMITED, LawfulBasis.CONSENT, Optional.empty(),
            new ConsentChange(REFUSED, ConsentStatus.REFUSED), new ConsentChange(REFUSED, ConsentStatus.GRANTED));

        assertThat(consent.statusOn(REFUSED)).contains(ConsentStatus.GRANTED);
    }

    @Test
    void rejectsExpiryBeforeTheFirstChange() {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> consent(ConsentScope.UNLIMITED, LawfulBasis.CONSENT, Optional.of(REFUSED.minusDays(1)),
                new ConsentChange(REFUSED, ConsentStatus.GRANTED)))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DATE_ORDER);
                assertThat(e.pointer()).isEqualTo("/expires");
            });
    }
}
