package nl.regiekit.plan.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.FamilyMember;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.SafetyMeasure;

/**
 * Builds the agenda of a family council (familieberaad, method §10) from the family's members and
 * the {@link MeetingPolicy}. Immutable and thread-safe.
 */
public final class FamilyCouncils {

    private final MeetingPolicy policy;

    /**
     * @param policy the organisation's meeting policy
     * @throws NullPointerException if {@code policy} is null
     */
    public FamilyCouncils(MeetingPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** With the method's defaults. */
    public static FamilyCouncils defaults() {
        return new FamilyCouncils(MeetingPolicy.DEFAULTS);
    }

    /**
     * The agenda of a family council of {@code subject}'s family on {@code date}: every rule of the
     * method, the invited members (those of the policy's roles, except a member a safety restriction
     * keeps from being invited on the date) in the order of their turns (the children and young people in
     * {@code wantFirst} first, youngest first, when the policy says so; then the parents; then the
     * others, in the family's order), the fixed parts of a turn and the four questions.
     *
     * @param wantFirst the children and young people who want to go first; others are ignored
     * @throws NullPointerException if an argument is null
     */
    public FamilyCouncilAgenda agenda(Case subject, MeetingId id, LocalDate date, Set<PersonId> wantFirst) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(wantFirst, "wantFirst");
        List<FamilyMember> invited = subject.family().members().stream()
            .filter(m -> policy.councilRoles().contains(m.role()))
            .filter(m -> !subject.family().restricts(m.id(), SafetyMeasure.NOT_INVITED, date)).toList();
        List<PersonId> first = new ArrayList<>();
        if (policy.childrenFirst()) {
            invited.stream().filter(m -> isChild(m) && wantFirst.contains(m.id()))
                .sorted((a, b) -> compareAge(a, b, date)).forEach(m -> first.add(m.id()));
        }
        List<PersonId> order = new ArrayList<>(first);
        invited.stream().filter(m -> m.role() == Role.PARENT).forEach(m -> order.add(m.id()));
        invited.stream().filter(m -> !order.contains(m.id())).forEach(m -> order.add(m.id()));
        return new FamilyCouncilAgenda(id, subject.id(), date, List.of(CouncilRule.values()), order,
            List.of(TurnPart.values()), List.of(PointQuestion.values()));
    }

    private static boolean isChild(FamilyMember member) {
        return member.role() == Role.CHILD || member.role() == Role.YOUNG_PERSON;
    }

    /** Youngest first; a member without a known age after those with one. */
    private static int compareAge(FamilyMember a, FamilyMember b, LocalDate date) {
        int ageA = a.person().ageOn(date).orElse(Integer.MAX_VALUE);
        int ageB = b.person().ageOn(date).orElse(Integer.MAX_VALUE);
        return Integer.compare(ageA, ageB);
    }
}
