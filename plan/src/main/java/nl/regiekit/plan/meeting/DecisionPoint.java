package nl.regiekit.plan.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Objects;

/**
 * A decision a care conference must take (te nemen besluit, method §10), derived from a signal: the
 * topic and the identifier of what it concerns (an agreement, a trajectory, a consent, the case).
 * Immutable and thread-safe.
 *
 * @param topic the topic; never null
 * @param subject the identifier of what it concerns; never null
 * @param signal the code of the signal it was derived from; never null
 */
public record DecisionPoint(@NotNull DecisionTopic topic, @NotNull @Size(max = 64) String subject,
                            @NotNull @Size(max = 64) String signal) {

    /** @throws NullPointerException if an argument is null */
    public DecisionPoint {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(signal, "signal");
    }
}
