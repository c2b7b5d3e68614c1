package nl.regiekit.casemodel;

import static nl.regiekit.casemodel.SampleFamilies.CHILD;
import static nl.regiekit.casemodel.SampleFamilies.CHILDREN;
import static nl.regiekit.casemodel.SampleFamilies.FATHER;
import static nl.regiekit.casemodel.SampleFamilies.GRANDMOTHER;
import static nl.regiekit.casemodel.SampleFamilies.MOTHER;
import static nl.regiekit.casemodel.SampleFamilies.NEW_PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import org.junit.jupiter.api.Test;

/**
 * Parenthood apart from role and authority (method §11): the Jansen-de Vries family of {@link SampleFamilies},
 * where Ruben, Sanne's new partner, is Noor's step-parent.
 */
class ParenthoodTests {

    private static final OrganisationId COACH = OrganisationId.of("org-family-coach");
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    @Test
    void keepsLegalParenthoodApartFromTheKindAndFromTheRole() {
        Family family = SampleFamilies.family();

        assertThat(family.legalParentsOf(CHILD)).containsExactlyInAnyOrder(MOTHER, FATHER);
        assertThat(family.parenthoodsOf(CHILD)).filteredOn(p -> p.parent().equals(NEW_PARTNER)).singleElement()
            .satisfies(p -> {
                assertThat(p.legal()).isFalse();
                assertThat(p.kind()).contains(ParenthoodKind.STEP);
            });
        assertThat(family.member(NEW_PARTNER).orElseThrow().role()).isEqualTo(Role.OTHER_HOUSEHOLD_MEMBER);
        assertThat(Parenthood.legalOnly(GRANDMOTHER, CHILD).kind()).isEmpty();
    }

    @Test
    void refusesAParenthoodThatSaysNothingOrIsItsOwnChild() {
        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new Parenthood(MOTHER, CHILD, false, Optional.empty()))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/kind"));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> Parenthood.legalOnly(CHILD, CHILD))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/parent"));
    }

    @Test
    void aLegalParentIsAMemberAndAChildHasAtMostTwo() {
        Family family = SampleFamilies.family();
        List<Parenthood> third = new ArrayList<>(family.parenthoods());
        third.add(Parenthood.legalOnly(GRANDMOTHER, CHILD));
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> withParenthoods(family, third))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.VALUE_INVALID);
                assertThat(e.pointer()).isEqualTo("/parenthoods/5/legal");
            });
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> withParenthoods(family,
                List.of(Parenthood.legalOnly(PersonId.of("p-nobody"), CHILD))))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DANGLING_REFERENCE);
                assertThat(e.pointer()).isEqualTo("/parenthoods/0/parent");
            });
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> withParenthoods(family,
                List.of(Parenthood.legalOnly(MOTHER, CHILD), Parenthood.legalAndBiological(MOTHER, CHILD))))
            .satisfies(e -> assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID));
        // Two legal parents and a biological father who is not one: a co-mother's family.
        assertThat(withParenthoods(family, List.of(Parenthood.legalAndBiological(MOTHER, CHILD),
            Parenthood.legalOnly(GRANDMOTHER, CHILD), Parenthood.notLegal(FATHER, CHILD, ParenthoodKind.BIOLOGICAL)))
            .legalParentsOf(CHILD)).containsExactlyInAnyOrder(MOTHER, GRANDMOTHER);
    }

    @Test
    void legalParentsHoldAuthorityOnlyWhereThePolicySaysSoAndNoneIsRecorded() {
        Family family = SampleFamilies.family();
        Family unrecorded = new Family(family.members(), family.households(), List.of(), List.of(),
            List.of(Parenthood.legalAndBiological(MOTHER, CHILD), Parenthood.legalOnly(NEW_PARTNER, CHILD),
                Parenthood.notLegal(FATHER, CHILD, ParenthoodKind.BIOLOGICAL)));
        ConsentPolicy presumed = ConsentPolicy.DEFAULTS.withLegalParentsHoldingAuthority(true);

        assertThat(unrecorded.authorityOver(CHILD, DAY, ConsentPolicy.DEFAULTS)).isEmpty();
        assertThat(unrecorded.authorityOver(CHILD, DAY, presumed)).containsExactlyInAnyOrder(MOTHER, NEW_PARTNER);
        assertThat(family.authorityOver(CHILD, DAY, presumed)).as("recorded authority stands")
            .containsExactlyInAnyOrder(MOTHER, FATHER);

        Case subject = SampleFamilies.referredCase().withFamily(unrecorded)
            .involve(new InvolvedOrganisation(COACH, "Gezinscoach Oost", Optional.empty(), "Gezinscoaching",
                List.of(MOTHER), List.of(CHILDREN), DAY.minusMonths(1), Optional.empty()))
            .recordConsent(new Consent(ConsentId.of("c-ruben"), COACH, NEW_PARTNER,
                new ConsentScope(List.of(CHILD), List.of()), LawfulBasis.CONSENT,
                List.of(new ConsentChange(DAY.minusMonths(1), ConsentStatus.GRANTED)), Optional.empty()))
            .recordConsent(new Consent(ConsentId.of("c-mark"), COACH, FATHER,
                new ConsentScope(List.of(CHILD), List.of()), LawfulBasis.CONSENT,
                List.of(new ConsentChange(DAY.minusMonths(1), ConsentStatus.GRANTED)), Optional.empty()));
        assertThat(subject.mayExchange(COACH, CHILD, CHILDREN, DAY)).as("no authority recorded").isFalse();
        assertThat(subject.mayExchange(COACH, CHILD, CHILDREN, DAY, presumed)).as("the co-parent, legal").isTrue();

        Case biologicalOnly = subject.withFamily(new Family(family.members(), family.households(), List.of(),
            List.of(), List.of(Parenthood.notLegal(FATHER, CHILD, ParenthoodKind.BIOLOGICAL))));
        assertThat(biologicalOnly.mayExchange(COACH, CHILD, CHILDREN, DAY, presumed))
            .as("a biological father who is not a legal parent").isFalse();
    }

    private static Family withParenthoods(Family family, List<Parenthood> parenthoods) {
        return new Family(family.members(), family.households(), family.authorities(), family.representations(),
            parenthoods);
    }
}
