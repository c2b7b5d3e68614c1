package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * Practical help on the spot (praktische hulp, method §1, §4 phases 1 and 2): something urgent the
 * case manager arranged at once, before any plan exists (the energy reconnected, food, beds), on one
 * life domain, for some members, and who did it: an involved organisation, or the case manager in
 * person. It counts in "who does what", in the report and in the first evaluation. Immutable and
 * thread-safe.
 *
 * @param date the date it was done; never null
 * @param domain the life domain; never null
 * @param members the members it was for, empty for the whole family; never null
 * @param organisation the involved organisation that did it, absent when the case manager did it; never null
 * @param action what was done, free text; never null or blank
 */
public record PracticalHelp(@NotNull LocalDate date, @NotNull LifeDomainCode domain,
                            List<@NotNull PersonId> members, Optional<OrganisationId> organisation,
                            @NotBlank @Size(max = 4000) String action) {

    /**
     * @throws NullPointerException if a required argument or a list element is null
     * @throws nl.regiekit.casemodel.finding.ModelViolation if {@code action} is blank
     */
    public PracticalHelp {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(domain, "domain");
        members = Require.list(members);
        organisation = Require.optional(organisation);
        Require.nonBlank(action, "action");
    }

    /** Whether the case manager did it in person rather than an involved organisation. */
    public boolean byCaseManager() {
        return organisation.isEmpty();
    }

    /** Without the free text: what was done may be personal. */
    @Override
    public String toString() {
        return "PracticalHelp[date=" + date + ", domain=" + domain + ", organisation=" + organisation.orElse(null)
            + "]";
    }
}
