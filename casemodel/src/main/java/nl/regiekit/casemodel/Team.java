package nl.regiekit.casemodel;

import jakarta.validation.Valid;

import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * The team on a case (method §5): the case manager (casemanager), a youth worker
 * (jeugdhulpverlener) for young people of 12 to 24, and a buddy who can take over without
 * handover, and the organisation they work for, which coordinates the case (regie): it sees the
 * whole case file, where the involved organisations see what the consents let them. Immutable and
 * thread-safe.
 *
 * @param caseManager the case manager, once assigned; never null
 * @param youthWorker the youth worker, if any; never null
 * @param buddy the buddy, if any; never null
 * @param organisation the organisation that coordinates the case, the case manager's, if recorded;
 *     never null
 */
public record Team(Optional<@Valid Professional> caseManager, Optional<@Valid Professional> youthWorker,
                   Optional<@Valid Professional> buddy, Optional<OrganisationId> organisation) {

    /** A team with nobody on it yet. */
    public static final Team EMPTY = new Team(Optional.empty(), Optional.empty(), Optional.empty());

    /** Makes absent members empty. */
    public Team {
        caseManager = Require.optional(caseManager);
        youthWorker = Require.optional(youthWorker);
        buddy = Require.optional(buddy);
        organisation = Require.optional(organisation);
    }

    /** A team whose coordinating organisation is not recorded. */
    public Team(Optional<Professional> caseManager, Optional<Professional> youthWorker, Optional<Professional> buddy) {
        this(caseManager, youthWorker, buddy, Optional.empty());
    }

    /** This team with {@code professional} as case manager. */
    public Team withCaseManager(Professional professional) {
        return new Team(Optional.of(professional), youthWorker, buddy, organisation);
    }

    /** This team with {@code professional} as youth worker. */
    public Team withYouthWorker(Professional professional) {
        return new Team(caseManager, Optional.of(professional), buddy, organisation);
    }

    /** This team with {@code professional} as buddy. */
    public Team withBuddy(Professional professional) {
        return new Team(caseManager, youthWorker, Optional.of(professional), organisation);
    }

    /** This team working for {@code coordinator}, the organisation that coordinates the case. */
    public Team withOrganisation(OrganisationId coordinator) {
        return new Team(caseManager, youthWorker, buddy, Optional.of(coordinator));
    }
}
