package nl.regiekit.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.internal.Require;

/**
 * One life domain of a youth plan: the young person's situation and goals there, and the goals of
 * the family plan it is aligned with (method §5). Immutable and thread-safe.
 *
 * @param domain the life domain; never null
 * @param situation the situation, free text; never null
 * @param goals the young person's own goals on this domain, free text; never null
 * @param familyGoals the goals of the family plan this part serves; never null
 */
public record YouthPlanDomain(@NotNull LifeDomainCode domain, Optional<@Size(max = 4000) String> situation,
                              List<@NotBlank @Size(max = 4000) String> goals, List<@NotNull GoalId> familyGoals) {

    /** @throws NullPointerException if {@code domain} or an element is null */
    public YouthPlanDomain {
        Objects.requireNonNull(domain, "domain");
        situation = Require.optional(situation);
        goals = Require.list(goals);
        familyGoals = Require.list(familyGoals);
    }

    /** The domain and links only: the young person's goals are personal. */
    @Override
    public String toString() {
        return "YouthPlanDomain[domain=" + domain + ", familyGoals=" + familyGoals + "]";
    }
}
