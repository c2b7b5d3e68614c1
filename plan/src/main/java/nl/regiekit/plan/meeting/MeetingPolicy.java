package nl.regiekit.plan.meeting;

import jakarta.validation.constraints.Size;

import java.time.Period;
import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * The meetings section of an organisation's policy (beleid): who is invited to a family council and
 * how often the partners meet. The whole policy is {@code nl.regiekit.casefile.OrganisationPolicy}.
 * Immutable and thread-safe.
 *
 * @param councilRoles the roles of the members invited to a family council; default parents, children,
 *     young people and other household members: "a talk among all family members" (method §10); the
 *     extended family joins where an organisation chooses so. Never null or empty
 * @param childrenFirst whether children and young people who want to go first are put first in the
 *     order of turns; default true (method §10: "children go first if they want")
 * @param partnerMeetingInterval in coordination of care the partners meet this often; default three
 *     months, the quarterly partner meeting (method §4, §10). Never null, not negative
 */
public record MeetingPolicy(@Size(min = 1) List<Role> councilRoles, boolean childrenFirst, Period partnerMeetingInterval) {

    /** The defaults of the method. */
    public static final MeetingPolicy DEFAULTS = new MeetingPolicy(
        List.of(Role.PARENT, Role.CHILD, Role.YOUNG_PERSON, Role.OTHER_HOUSEHOLD_MEMBER), true, Period.ofMonths(3));

    /**
     * @throws NullPointerException if an argument or a role is null
     * @throws ModelViolation (an {@link IllegalArgumentException}) at the component if
     *     {@code councilRoles} is empty or {@code partnerMeetingInterval} negative
     */
    public MeetingPolicy {
        councilRoles = Require.list(Objects.requireNonNull(councilRoles, "councilRoles"));
        if (councilRoles.isEmpty()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/councilRoles");
        }
        Require.notNegative(partnerMeetingInterval, "partnerMeetingInterval");
    }

    /**
     * This policy with other roles invited to a family council.
     *
     * @throws NullPointerException if {@code roles} or a role is null
     * @throws IllegalArgumentException if {@code roles} is empty
     */
    public MeetingPolicy withCouncilRoles(List<Role> roles) {
        return new MeetingPolicy(roles, childrenFirst, partnerMeetingInterval);
    }

    /** This policy with children who want to go first put first, or not. */
    public MeetingPolicy withChildrenFirst(boolean value) {
        return new MeetingPolicy(councilRoles, value, partnerMeetingInterval);
    }

    /**
     * This policy with another interval between partner meetings.
     *
     * @throws NullPointerException if {@code period} is null
     * @throws IllegalArgumentException if {@code period} is negative
     */
    public MeetingPolicy withPartnerMeetingInterval(Period period) {
        return new MeetingPolicy(councilRoles, childrenFirst, period);
    }
}
