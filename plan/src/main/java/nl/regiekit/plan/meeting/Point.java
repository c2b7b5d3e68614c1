package nl.regiekit.plan.meeting;

import jakarta.validation.constraints.Size;

import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * A point raised in a turn at a family council (punt, method §10), with its answers to the four
 * questions: feeling, cause, consequence and solution. Free text, absent while not answered.
 * Immutable and thread-safe.
 *
 * @param topic what the point is about; never null
 * @param feeling how it feels; never null
 * @param cause what caused it; never null
 * @param consequence what it leads to; never null
 * @param solution what would solve it; never null
 */
public record Point(Optional<@Size(max = 4000) String> topic, Optional<@Size(max = 4000) String> feeling,
                   Optional<@Size(max = 4000) String> cause, Optional<@Size(max = 4000) String> consequence,
                   Optional<@Size(max = 4000) String> solution) {

    /** Makes absent answers empty. */
    public Point {
        topic = Require.optional(topic);
        feeling = Require.optional(feeling);
        cause = Require.optional(cause);
        consequence = Require.optional(consequence);
        solution = Require.optional(solution);
    }

    /** Whether a solution was found: an answer that is not blank. */
    public boolean solved() {
        return solution.filter(s -> !s.isBlank()).isPresent();
    }

    /** Counts only: the answers are personal. */
    @Override
    public String toString() {
        return "Point[solved=" + solved() + "]";
    }
}
