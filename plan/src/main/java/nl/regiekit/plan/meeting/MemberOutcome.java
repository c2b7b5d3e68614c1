package nl.regiekit.plan.meeting;

import jakarta.validation.constraints.NotNull;

import java.util.Objects;

import nl.regiekit.casemodel.PersonId;

/**
 * Whether a member reached a satisfactory solution at a family council (method §10: the talk ends
 * when every member has one). Immutable and thread-safe.
 *
 * @param member the member; never null
 * @param satisfied whether the member has a satisfactory solution
 */
public record MemberOutcome(@NotNull PersonId member, boolean satisfied) {

    /** @throws NullPointerException if {@code member} is null */
    public MemberOutcome {
        Objects.requireNonNull(member, "member");
    }
}
