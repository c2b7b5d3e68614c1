package nl.regiekit.plan.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.internal.Require;

/**
 * A decision a care conference must take (te nemen besluit, method §10), derived from a signal: the
 * topic, the identifier of what it concerns (an agreement, a trajectory, a consent, the case), and the
 * organisations that may hear it: those of the signal it was derived from ({@link AgendaPoint}).
 * Immutable and thread-safe.
 *
 * @param topic the topic; never null
 * @param subject the identifier of what it concerns; never null
 * @param signal the code of the signal it was derived from; never null
 * @param audience the organisations that may hear it, in the case's order; never null
 */
public record DecisionPoint(@NotNull DecisionTopic topic, @NotNull @Size(max = 64) String subject,
                            @NotNull @Size(max = 64) String signal, List<@NotNull OrganisationId> audience) {

    /** @throws NullPointerException if an argument or an organisation is null */
    public DecisionPoint {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(signal, "signal");
        audience = Require.list(audience);
    }
}
