package nl.regiekit.casemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;

class FamilyTests {

    private static final FamilyMember SANNE = new FamilyMember(SampleFamilies.mother(), Role.PARENT);
    private static final FamilyMember NOOR = new FamilyMember(SampleFamilies.child(), Role.CHILD);

    @Test
    void sampleFamilyHasSixMembersInTwoHouseholdsWithTheChildInBoth() {
        Family family = SampleFamilies.family();

        assertThat(family.members()).hasSize(6);
        assertThat(family.withRole(Role.PARENT)).extracting(FamilyMember::id)
            .containsExactly(SampleFamilies.MOTHER, SampleFamilies.FATHER);
        assertThat(family.withRole(Role.OTHER_HOUSEHOLD_MEMBER)).extracting(FamilyMember::id)
            .containsExactly(SampleFamilies.NEW_PARTNER);
        assertThat(family.withRole(Role.EXTENDED_FAMILY)).extracting(FamilyMember::id)
            .containsExactly(SampleFamilies.GRANDMOTHER);
        assertThat(family.households()).hasSize(2)
            .allSatisfy(h -> assertThat(h.members()).contains(SampleFamilies.CHILD));
        assertThat(family.memberIds()).hasSize(6).contains(SampleFamilies.GRANDMOTHER);
    }

    @Test
    void findsMembersAndTheirIndex() {
        Family family = SampleFamilies.family();

        assertThat(family.member(SampleFamilies.CHILD)).map(FamilyMember::role).contains(Role.CHILD);
        assertThat(family.member(PersonId.of("p-nobody"))).isEmpty();
        assertThat(family.indexOf(SampleFamilies.YOUNG_PERSON)).isEqualTo(4);
        assertThat(family.indexOf(PersonId.of("p-nobody"))).isEqualTo(-1);
    }

    @Test
    void rejectsDuplicatePersonIdAtTheSecondOccurrence() {
        FamilyMember sanneAgain = new FamilyMember(SampleFamilies.mother(), Role.EXTENDED_FAMILY);

        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new Family(List.of(SANNE, sanneAgain), List.of()))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
                assertThat(e.code().code()).isEqualTo("MODEL-DUPLICATE-ID");
                assertThat(e.pointer()).isEqualTo("/members/1/person/id");
            });
    }

    @Test
    void rejectsDuplicateHouseholdId() {
        HouseholdId id = HouseholdId.of("hh-1");

        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new Family(List.of(SANNE, NOOR),
                List.of(new Household(id, List.of(SampleFamilies.MOTHER)), new Household(id, List.of()))))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
                assertThat(e.pointer()).isEqualTo("/households/1/id");
            });
    }

    @Test
    void rejectsHouseholdWithUnknownMember() {
        List<Household> households = List.of(
            new Household(HouseholdId.of("hh-1"), List.of(SampleFamilies.MOTHER)),
            new Household(HouseholdId.of("hh-2"), List.of(SampleFamilies.CHILD, SampleFamilies.FATHER)));

        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new Family(List.of(SANNE, NOOR), households))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DANGLING_REFERENCE);
                assertThat(e.code().code()).isEqualTo("MODEL-DANGLING-REFERENCE");
                assertThat(e.pointer()).isEqualTo("/households/1/members/1");
            });
    }

    @Test
    void rejectsHouseholdListingAMemberTwice() {
        PersonId member = PersonId.of("p-1");

        assertThatExceptionOfType(ModelViolation.class)
            .isThrownBy(() -> new Household(HouseholdId.of("h-1"), List.of(member, PersonId.of("p-2"), member)))
            .satisfies(e -> {
                assertThat(e.code()).isEqualTo(ModelCodes.DUPLICATE_ID);
                assertThat(e.pointer()).isEqualTo("/members/2");
            });
    }

    @Test
    void copiesItsListsSoLaterChangesDoNotReachIt() {
        List<FamilyMember> members = new ArrayList<>(List.of(SANNE));
        Family family = new Family(members, null);
        members.add(NOOR);

        assertThat(family.members()).containsExactly(SANNE);
        assertThat(family.households()).isEmpty();
        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> family.members().add(NOOR));
    }

    @Test
    void rejectsNullMember() {
        List<FamilyMember> members = new ArrayList<>();
        members.add(null);

        assertThatNullPointerException().isThrownBy(() -> new Family(members, List.of()));
    }

    @Test
    void childRolesAreChildAndYoungPersonOnly() {
        assertThat(Role.values()).filteredOn(Role::isChild).containsExactly(Role.CHILD, Role.YOUNG_PERSON);
    }
}
