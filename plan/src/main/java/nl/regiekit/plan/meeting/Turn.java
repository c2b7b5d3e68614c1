package nl.regiekit.plan.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.internal.Require;

/**
 * One member's turn at a family council (beurt, method §10): what went well or makes the member
 * proud, what was unpleasant or irritating, the member's proposals, and the points raised. Immutable
 * and thread-safe.
 *
 * @param member the member whose turn it was; never null
 * @param wentWell what went well, free text; never null
 * @param unpleasant what was unpleasant, free text; never null
 * @param proposals the proposals for improvement, free text; never null
 * @param points the points raised; never null
 */
public record Turn(@NotNull PersonId member, Optional<@Size(max = 4000) String> wentWell,
                   Optional<@Size(max = 4000) String> unpleasant, Optional<@Size(max = 4000) String> proposals,
                   List<@Valid Point> points) {

    /** @throws NullPointerException if {@code member} or a point is null */
    public Turn {
        Objects.requireNonNull(member, "member");
        wentWell = Require.optional(wentWell);
        unpleasant = Require.optional(unpleasant);
        proposals = Require.optional(proposals);
        points = Require.list(points);
    }

    /** The member only: what was said is personal. */
    @Override
    public String toString() {
        return "Turn[member=" + member + ", points=" + points.size() + "]";
    }
}
