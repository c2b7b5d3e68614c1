package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;

import java.util.List;

import nl.regiekit.casemodel.internal.Require;

/**
 * What a consent covers: information about which members and on which life domains. An empty
 * list means no limit on that side. A client may, for example, exclude her child from what her
 * helpers discuss with her husband's addiction counsellor (method §11). Immutable and thread-safe.
 *
 * @param about the members the information may be about; empty for all; never null
 * @param domains the life domains it may concern; empty for all; never null
 */
public record ConsentScope(List<@NotNull PersonId> about, List<@NotNull LifeDomainCode> domains) {

    /** A scope without limits. */
    public static final ConsentScope UNLIMITED = new ConsentScope(List.of(), List.of());

    /** @throws NullPointerException if an element is null */
    public ConsentScope {
        about = Require.list(about);
        domains = Require.list(domains);
    }

    /** Whether information about {@code member} on {@code domain} falls within this scope. */
    public boolean covers(PersonId member, LifeDomainCode domain) {
        return (about.isEmpty() || about.contains(member)) && (domains.isEmpty() || domains.contains(domain));
    }

    /** Whether this scope limits anything. */
    public boolean isLimited() {
        return !about.isEmpty() || !domains.isEmpty();
    }
}
