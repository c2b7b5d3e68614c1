package nl.regiekit.casemodel;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * A contra-indication found at referral, and the documented exception that overrides it, if any.
 * Immutable and thread-safe.
 *
 * @param kind the contra-indication; never null
 * @param exception the documented exception; never null
 */
public record ContraIndicationFound(@NotNull ContraIndication kind, Optional<@Valid DocumentedException> exception) {

    /** @throws NullPointerException if {@code kind} is null */
    public ContraIndicationFound {
        Objects.requireNonNull(kind, "kind");
        exception = Require.optional(exception);
    }

    /** Whether a documented exception overrides it. */
    public boolean overridden() {
        return exception.isPresent();
    }
}
