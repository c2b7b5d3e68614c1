package nl.regiekit.plan;

import jakarta.validation.constraints.NotNull;

import java.util.Objects;

/**
 * The score of one end term at the final evaluation. Immutable and thread-safe.
 *
 * @param term the end term; never null
 * @param result how it was scored; never null
 */
public record EndTermScore(@NotNull EndTerm term, @NotNull EndTermResult result) {

    /** @throws NullPointerException if an argument is null */
    public EndTermScore {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(result, "result");
    }
}
