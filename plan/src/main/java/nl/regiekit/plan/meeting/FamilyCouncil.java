package nl.regiekit.plan.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.CaseId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;
import nl.regiekit.plan.Agreement;
import nl.regiekit.plan.AgreementSource;

/**
 * The record of a family council (verslag van een familieberaad, method §10): who was present, each
 * turn taken with its points and their four answers, whether every member reached a satisfactory
 * solution, the new agreements (who, what, when), and whether the meeting was closed. The agreements
 * flow into the help plan with {@link AgreementSource#FAMILY_COUNCIL} as their source. The method's
 * checks (a member without a turn, a point without a solution, an incomplete agreement, a meeting
 * closed without every member satisfied) are findings of {@link MeetingRules}. Immutable and
 * thread-safe.
 *
 * <p>Invariants: the members present are listed once; every turn and outcome is of a member present;
 * agreement identifiers are unique and each agreement's source is the family council.
 *
 * @param id the identifier; never null
 * @param caseId the case; never null
 * @param date the date it was held; never null
 * @param present the members present; never null
 * @param turns the turns taken, in order; never null
 * @param outcomes per member, whether a satisfactory solution was reached; never null
 * @param agreements the new agreements; never null
 * @param closed whether the meeting was closed
 */
public record FamilyCouncil(@NotNull MeetingId id, @NotNull CaseId caseId, @NotNull LocalDate date,
                            List<@NotNull PersonId> present, List<@Valid Turn> turns,
                            List<@Valid MemberOutcome> outcomes, List<@Valid Agreement> agreements,
                            boolean closed) {

    /**
     * @throws NullPointerException if a required argument or a list element is null
     * @throws ModelViolation if an invariant is broken, with the pointer of the offending value
     */
    public FamilyCouncil {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(date, "date");
        present = Require.list(present);
        turns = Require.list(turns);
        outcomes = Require.list(outcomes);
        agreements = Require.list(agreements);
        Require.uniqueKeys(present, p -> p, "present");
        Set<PersonId> members = Set.copyOf(present);
        for (int i = 0; i < turns.size(); i++) {
            Require.resolves(turns.get(i).member(), members, "/turns/" + i + "/member");
        }
        Require.uniqueKeys(outcomes, MemberOutcome::member, "outcomes", "member");
        for (int i = 0; i < outcomes.size(); i++) {
            Require.resolves(outcomes.get(i).member(), members, "/outcomes/" + i + "/member");
        }
        Require.uniqueKeys(agreements, Agreement::id, "agreements", "id");
        for (int i = 0; i < agreements.size(); i++) {
            if (agreements.get(i).source() != AgreementSource.FAMILY_COUNCIL) {
                throw new ModelViolation(ModelCodes.VALUE_INVALID, "/agreements/" + i + "/source");
            }
        }
    }

    /** The members present who had no turn, in the order present. */
    public List<PersonId> withoutTurn() {
        Set<PersonId> spoke = turns.stream().map(Turn::member).collect(Collectors.toSet());
        return present.stream().filter(p -> !spoke.contains(p)).toList();
    }

    /** Identifiers and counts only: what was said is personal. */
    @Override
    public String toString() {
        return "FamilyCouncil[id=" + id + ", case=" + caseId + ", turns=" + turns.size() + "]";
    }
}
