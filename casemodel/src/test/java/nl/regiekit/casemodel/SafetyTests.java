package nl.regiekit.casemodel;

import static nl.regiekit.casemodel.SampleFamilies.CHILD;
import static nl.regiekit.casemodel.SampleFamilies.CHILDREN;
import static nl.regiekit.casemodel.SampleFamilies.MOTHER;
import static nl.regiekit.casemodel.SampleFamilies.SCHOOL_SOCIAL_WORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.ModelViolation;

/** Safety in domestic-violence work (method §1, §3, §11): acute danger, its referrers, exchanges and consents. */
class SafetyTests {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 18);

    private static Case withDanger(AcuteDanger danger) {
        Case base = SampleFamilies.acceptedCaseInExecution();
        Referral r = base.referral();
        Referral referral = new Referral(r.date(), Optional.of(new Referrer(ReferrerKind.ADVICE_AND_REPORTING_CENTRE,
            "Veilig Thuis Regio", Optional.empty())), r.introducer(), r.signals(), r.reasons(), r.criteria(),
            r.contraIndications(), Optional.of(danger));
        return new Case(base.id(), base.catalog(), base.family(), referral, base.decisions(), base.phases(),
            base.model(), base.team(), base.organisations(), base.consents(), base.exchanges());
    }

    @Test
    void recordsAcuteDangerAsAReferralFactForMembersOfTheFamily() {
        Case subject = withDanger(new AcuteDanger(DAY, List.of(MOTHER, CHILD)));

        assertThat(subject.referral().acuteDanger()).map(AcuteDanger::atRisk).contains(List.of(MOTHER, CHILD));
        assertThat(subject.referral().referrer()).map(Referrer::kind).contains(ReferrerKind.ADVICE_AND_REPORTING_CENTRE);
        assertThat(subject.referral().toString()).contains("acuteDanger=true");
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> withDanger(new AcuteDanger(DAY, List.of(PersonId.of("p-ex-partner")))))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/referral/acuteDanger/atRisk/0"));
        assertThat(List.of(ReferrerKind.values())).contains(ReferrerKind.POLICE_REPORT, ReferrerKind.WOMENS_SHELTER);
    }

    @Test
    void keepsTheDirectionOfAnExchangeAndTheFormOfAConsent() {
        InformationExchange received = new InformationExchange(DAY, SCHOOL_SOCIAL_WORK, List.of(CHILD),
            List.of(CHILDREN), Optional.of(ExchangeDirection.RECEIVED_FROM));
        Consent oral = new Consent(ConsentId.of("consent-oral"), SCHOOL_SOCIAL_WORK, MOTHER,
            new ConsentScope(List.of(CHILD), List.of()), LawfulBasis.CONSENT,
            List.of(new ConsentChange(DAY, ConsentStatus.GRANTED)), Optional.empty(), Optional.of(ConsentForm.ORAL));

        assertThat(received.direction()).contains(ExchangeDirection.RECEIVED_FROM);
        assertThat(new InformationExchange(DAY, SCHOOL_SOCIAL_WORK, List.of(CHILD), List.of(CHILDREN)).direction())
            .isEmpty();
        assertThat(oral.with(new ConsentChange(DAY.plusDays(1), ConsentStatus.WITHDRAWN)).form())
            .as("a change keeps the form").contains(ConsentForm.ORAL);
    }
}
