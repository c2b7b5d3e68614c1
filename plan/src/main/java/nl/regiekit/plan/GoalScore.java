package nl.regiekit.plan;

import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/**
 * How far one goal was reached at an evaluation. Immutable and thread-safe.
 *
 * @param goal the goal; never null
 * @param attainment the degree reached on the scale of {@link Attainment}; never null
 */
public record GoalScore(@NotNull GoalId goal, @NotNull Attainment attainment) {

    /** @throws NullPointerException if an argument is null */
    public GoalScore {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(attainment, "attainment");
    }
}
