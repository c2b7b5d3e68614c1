package nl.regiekit.plan;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.LifeDomainCode;
import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * A trajectory (traject, deeltraject, method §4 and §7): help for one member on one life domain by
 * one provider organisation, with its start, planned end and status, and, while it waits, the date
 * it was put on the provider's waiting list. Immutable and thread-safe.
 *
 * <p>Invariants: a waiting trajectory has a waiting-list date; the planned end is not before the
 * start; the goals it serves are listed once.
 *
 * @param id the identifier; never null
 * @param member the member it is for; never null
 * @param domain the life domain; never null
 * @param provider the provider organisation; never null
 * @param start the start date, once started; never null
 * @param plannedEnd the planned end date; never null
 * @param status the status; never null
 * @param waitingSince the date it was put on the waiting list, if it was; never null
 * @param goals the goals of the plan it serves; never null
 */
public record Trajectory(@NotNull TrajectoryId id, @NotNull PersonId member, @NotNull LifeDomainCode domain,
                         @NotNull OrganisationId provider, Optional<LocalDate> start, Optional<LocalDate> plannedEnd,
                         @NotNull TrajectoryStatus status, Optional<LocalDate> waitingSince,
                         List<@NotNull GoalId> goals) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation if an invariant is broken, with the pointer of the offending value
     */
    public Trajectory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(provider, "provider");
        start = Require.optional(start);
        plannedEnd = Require.optional(plannedEnd);
        Objects.requireNonNull(status, "status");
        waitingSince = Require.optional(waitingSince);
        goals = Require.list(goals);
        if (status == TrajectoryStatus.WAITING && waitingSince.isEmpty()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/waitingSince");
        }
        if (start.isPresent() && plannedEnd.isPresent() && plannedEnd.get().isBefore(start.get())) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/plannedEnd");
        }
        Require.uniqueKeys(goals, g -> g, "goals");
    }

    /** This trajectory with another status. */
    public Trajectory withStatus(TrajectoryStatus changed) {
        return new Trajectory(id, member, domain, provider, start, plannedEnd, changed, waitingSince, goals);
    }

    /** This trajectory no longer serving {@code goal}. */
    public Trajectory withoutGoal(GoalId goal) {
        return new Trajectory(id, member, domain, provider, start, plannedEnd, status, waitingSince,
            goals.stream().filter(g -> !g.equals(goal)).toList());
    }

    /** This trajectory started on {@code date}: running from then on. */
    public Trajectory startedOn(LocalDate date) {
        return new Trajectory(id, member, domain, provider, Optional.of(date), plannedEnd, TrajectoryStatus.RUNNING,
            waitingSince, goals);
    }
}
