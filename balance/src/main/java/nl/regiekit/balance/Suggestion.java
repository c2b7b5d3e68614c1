package nl.regiekit.balance;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.finding.Finding;
import nl.regiekit.casemodel.finding.Pointer;

/**
 * A suggested intervention route (method §8) and the factors that drive it, most telling first.
 * As a finding it is of kind INFO with a stable code per route ({@link BalanceCodes}), so that a
 * vendor can show or hide it. Immutable and thread-safe.
 *
 * @param route the route; never null
 * @param drivers the factors that drive the suggestion, at least one; never null
 */
public record Suggestion(InterventionRoute route, List<FactorId> drivers) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if there are no drivers
     */
    public Suggestion {
        Objects.requireNonNull(route, "route");
        drivers = List.copyOf(drivers);
        if (drivers.isEmpty()) {
            throw new IllegalArgumentException("a suggestion has at least one driving factor");
        }
    }

    /**
     * This suggestion as a finding about {@code assessment}, pointing at the score of its first
     * driver under {@code base} (the assessment's pointer in its document). The message names the
     * route's number, the number of drivers and the first driver's identifier.
     */
    public Finding toFinding(Assessment assessment, String base) {
        FactorId first = drivers.get(0);
        int at = assessment.scores().indexOf(assessment.scoreOf(first).orElseThrow());
        return Finding.about(BalanceCodes.route(route), Pointer.append(base, "scores", at, "factor"), assessment.id(),
            route.number(), drivers.size(), first);
    }
}
