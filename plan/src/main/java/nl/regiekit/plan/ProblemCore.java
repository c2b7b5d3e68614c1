package nl.regiekit.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

import nl.regiekit.casemodel.internal.Require;

/**
 * The core of the problem (kern van het probleem, method §7): the family's strengths, the
 * obstacles and the problems, each a list of free-text statements. Immutable and thread-safe.
 *
 * @param strengths the strengths (krachten); never null
 * @param obstacles the obstacles (belemmeringen); never null
 * @param problems the problems; never null
 */
public record ProblemCore(List<@NotBlank @Size(max = 4000) String> strengths,
                          List<@NotBlank @Size(max = 4000) String> obstacles,
                          List<@NotBlank @Size(max = 4000) String> problems) {

    /** Nothing written yet. */
    public static final ProblemCore EMPTY = new ProblemCore(List.of(), List.of(), List.of());

    /** @throws NullPointerException if an element is null */
    public ProblemCore {
        strengths = Require.list(strengths);
        obstacles = Require.list(obstacles);
        problems = Require.list(problems);
    }

    /** Counts only: the statements are personal. */
    @Override
    public String toString() {
        return "ProblemCore[strengths=" + strengths.size() + ", obstacles=" + obstacles.size() + ", problems="
            + problems.size() + "]";
    }
}
