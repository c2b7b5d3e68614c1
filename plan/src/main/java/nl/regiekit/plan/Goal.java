package nl.regiekit.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

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
 * A goal of the help plan (doel, method §7): short or long term, for the family system as a
 * whole or for named members, serving one or more life domains, brought forward by the family, a
 * member or a professional, with its SMART parts, status and who is responsible. An organisation
 * that contributes the goal to the one plan ("one family, one plan") is its contributor.
 * Immutable and thread-safe.
 *
 * <p>Invariants: at least one life domain; members and domains listed once; a goal brought forward
 * by a member names that member.
 *
 * @param id the identifier; never null
 * @param title a short title, free text; never null or blank
 * @param term short or long term; never null
 * @param members the members it is for; empty for the system as a whole; never null
 * @param domains the life domains it serves; never null or empty
 * @param source who brought it forward; never null
 * @param proposer the member who brought it forward, when {@code source} is {@link GoalSource#MEMBER}; never null
 * @param smart the SMART parts; never null
 * @param status the status; never null
 * @param responsible who is responsible, if settled; never null
 * @param contributor the organisation that contributed the goal, if one did; never null
 */
public record Goal(@NotNull GoalId id, @NotBlank @Size(max = 200) String title, @NotNull Term term,
                   List<@NotNull PersonId> members, @Size(min = 1) List<@NotNull LifeDomainCode> domains,
                   @NotNull GoalSource source, Optional<PersonId> proposer, @NotNull @Valid Smart smart,
                   @NotNull GoalStatus status, Optional<@Valid Responsible> responsible,
                   Optional<OrganisationId> contributor) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws ModelViolation if an invariant is broken, with the pointer of the offending value
     */
    public Goal {
        Objects.requireNonNull(id, "id");
        Require.nonBlank(title, "title");
        Objects.requireNonNull(term, "term");
        members = Require.list(members);
        domains = Require.list(domains);
        Objects.requireNonNull(source, "source");
        proposer = Require.optional(proposer);
        smart = smart == null ? Smart.EMPTY : smart;
        Objects.requireNonNull(status, "status");
        responsible = Require.optional(responsible);
        contributor = Require.optional(contributor);
        if (domains.isEmpty()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/domains");
        }
        Require.uniqueKeys(members, m -> m, "members");
        Require.uniqueKeys(domains, d -> d, "domains");
        if ((source == GoalSource.MEMBER) != proposer.isPresent()) {
            throw new ModelViolation(ModelCodes.VALUE_INVALID, "/proposer");
        }
    }

    /** Whether the goal is for the family system as a whole rather than named members. */
    public boolean isForSystem() {
        return members.isEmpty();
    }

    /** Whether the goal concerns {@code member}: it is for the system or names the member. */
    public boolean concerns(PersonId member) {
        return members.isEmpty() || members.contains(member);
    }

    /** This goal with another status. */
    public Goal withStatus(GoalStatus changed) {
        return new Goal(id, title, term, members, domains, source, proposer, smart, changed, responsible,
            contributor);
    }

    /** This goal with other SMART parts. */
    public Goal withSmart(Smart changed) {
        return new Goal(id, title, term, members, domains, source, proposer, changed, status, responsible,
            contributor);
    }

    /** The identifier only: a goal's wording may be personal. */
    @Override
    public String toString() {
        return "Goal[id=" + id + ", status=" + status + "]";
    }
}
