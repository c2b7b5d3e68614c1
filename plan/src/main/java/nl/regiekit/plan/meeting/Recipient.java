package nl.regiekit.plan.meeting;

import jakarta.validation.constraints.NotNull;

import java.util.List;
import java.util.Objects;

import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.internal.Require;

/**
 * An organisation on the distribution list of a care conference's minutes, with the members whose
 * information it may receive on the date of the meeting (method §10, §11). Immutable and thread-safe.
 *
 * @param organisation the organisation; never null
 * @param about the members it may receive information about; never null
 */
public record Recipient(@NotNull OrganisationId organisation, List<@NotNull PersonId> about) {

    /** @throws NullPointerException if an argument or a member is null */
    public Recipient {
        Objects.requireNonNull(organisation, "organisation");
        about = Require.list(about);
    }
}
