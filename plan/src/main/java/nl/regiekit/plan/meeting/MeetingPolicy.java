package nl.regiekit.plan.meeting;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.Role;
import nl.regiekit.casemodel.internal.Require;

/**
 * The organisation's policy for meetings. Immutable and thread-safe.
 *
 * @param councilRoles the roles of the members invited to a family council; default parents, children,
 *     young people and other household members: "a talk among all family members" (method §10); the
 *     extended family joins where an organisation chooses so. Never null or empty
 * @param childrenFirst whether children and young people who want to go first are put first in the
 *     order of turns; default true (method §10: "children go first if they want")
 */
public record MeetingPolicy(List<Role> councilRoles, boolean childrenFirst) {

    /** The defaults of the method. */
    public static final MeetingPolicy DEFAULTS = new MeetingPolicy(
        List.of(Role.PARENT, Role.CHILD, Role.YOUNG_PERSON, Role.OTHER_HOUSEHOLD_MEMBER), true);

    /**
     * @throws NullPointerException if {@code councilRoles} or a role is null
     * @throws IllegalArgumentException if {@code councilRoles} is empty
     */
    public MeetingPolicy {
        councilRoles = Require.list(Objects.requireNonNull(councilRoles, "councilRoles"));
        if (councilRoles.isEmpty()) {
            throw new IllegalArgumentException("a family council invites at least one role");
        }
    }
}
