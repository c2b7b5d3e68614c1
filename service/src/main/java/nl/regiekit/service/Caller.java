package nl.regiekit.service;

import java.util.Objects;

import nl.regiekit.casemodel.OrganisationId;

/**
 * Who is calling, as its bearer token says: an organisation and its role. Immutable and thread-safe.
 *
 * @param organisation the organisation the token speaks for; never null
 * @param role what the token may do; never null
 */
public record Caller(OrganisationId organisation, Role role) {

    /** @throws NullPointerException if an argument is null */
    public Caller {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
    }
}
