package nl.regiekit.plan.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.internal.Require;

/**
 * A point on a care conference's agenda (agendapunt, method §10): an open trajectory, an agreement due
 * or broken, or a signal, with the organisations that may hear it: those whose consents (or other
 * lawful bases) cover every member it concerns on every domain it is about on the meeting's date
 * (method §11). An organisation not in the audience leaves the table while the point is discussed.
 * What a point concerns: a trajectory its member on its domain and the members and domains of each goal
 * it works on; an agreement, whose text is free, what
 * its keeper stands for: a member that member on every domain of the case's catalogue, an organisation
 * the members and domains of its involvement, a professional or no one the whole family on every
 * domain; a signal about a trajectory or an agreement what that trajectory or agreement concerns, any
 * other signal (about the case, the plan, a consent) the whole family on every domain. A decision has
 * the audience of the signal it comes from. Immutable and thread-safe.
 *
 * @param <T> what the point is: a {@link nl.regiekit.plan.Trajectory}, an {@link nl.regiekit.plan.Agreement}
 *     or a {@link nl.regiekit.plan.monitor.Signal}
 * @param point what is discussed; never null
 * @param audience the organisations that may hear it, in the case's order; never null
 */
public record AgendaPoint<T>(@NotNull @Valid T point, List<@NotNull OrganisationId> audience) {

    /** @throws NullPointerException if an argument or an organisation is null */
    public AgendaPoint {
        Objects.requireNonNull(point, "point");
        audience = Require.list(audience);
    }
}
