package nl.regiekit.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.ModelViolation;

class PersonTests {

    @Test
    void ageOnCountsWholeYearsAndTurnsOnTheBirthday() {
        Person daan = SampleFamilies.youngPerson(); // born 15 August 2009

        assertThat(daan.ageOn(LocalDate.of(2025, 8, 14))).contains(15);
        assertThat(daan.ageOn(LocalDate.of(2025, 8, 15))).contains(16);
        assertThat(daan.ageOn(SampleFamilies.REFERRAL_DATE)).contains(15);
        assertThat(SampleFamilies.child().ageOn(SampleFamilies.REFERRAL_DATE)).contains(8);
    }

    @Test
    void ageOnIsEmptyWhenTheBirthDateIsUnknown() {
        assertThat(SampleFamilies.grandmother().ageOn(SampleFamilies.REFERRAL_DATE)).isEmpty();
    }

    @Test
    void ageOnRejectsNullDate() {
        assertThatNullPointerException().isThrownBy(() -> SampleFamilies.mother().ageOn(null)).withMessage("date");
    }

    @Test
    void toStringShowsTheIdentifierOnlyAndDoesNotLeakName() {
        Person sanne = SampleFamilies.mother();

        assertThat(sanne.toString())
            .isEqualTo("Person[id=p-sanne]")
            .doesNotContain("Sanne", "Vries", "1986", "111222333", "FEMALE");
    }

    @Test
    void nameToStringIsMasked() {
        PersonName name = new PersonName("Sanne", Optional.of("de"), "Vries");

        assertThat(name.toString()).isEqualTo("PersonName[***]").doesNotContain("Sanne", "Vries");
        assertThat(name.prefix()).contains("de");
    }

    @Test
    void absentOptionalsBecomeEmpty() {
        Person person = new Person(PersonId.of("p-x"), PersonName.of("Anna", "Peters"), null, Gender.UNKNOWN, null);

        assertThat(person.birthDate()).isEmpty();
        assertThat(person.bsn()).isEmpty();
        assertThat(PersonName.of("Anna", "Peters").prefix()).isEmpty();
    }

    @Test
    void rejectsMissingIdNameOrGender() {
        PersonName name = PersonName.of("Anna", "Peters");
        assertThatNullPointerException()
            .isThrownBy(() -> new Person(null, name, Optional.empty(), Gender.FEMALE, Optional.empty()))
            .withMessage("id");
        assertThatNullPointerException()
            .isThrownBy(() -> new Person(PersonId.of("p-x"), null, Optional.empty(), Gender.FEMALE, Optional.empty()))
            .withMessage("name");
        assertThatNullPointerException()
            .isThrownBy(() -> new Person(PersonId.of("p-x"), name, Optional.empty(), null, Optional.empty()))
            .withMessage("gender");
    }

    @Test
    void rejectsBlankNamesWithoutQuotingThem() {
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> PersonName.of(" ", "Peters"))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/given"))
            .withMessageNotContaining("Peters");
        assertThatExceptionOfType(ModelViolation.class).isThrownBy(() -> PersonName.of("Anna", "\t"))
            .satisfies(e -> assertThat(e.pointer()).isEqualTo("/family"))
            .withMessageNotContaining("Anna");
    }
}
