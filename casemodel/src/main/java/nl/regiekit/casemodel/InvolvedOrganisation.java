package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.finding.ModelCodes;
import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * An organisation involved with the family (betrokken instantie, method §5): who, the contact
 * person, why it is involved, the members and life domains it works on, since when and until
 * when. Keeping this inventory current ("who does what") is a core task of the case manager.
 * Immutable and thread-safe.
 *
 * @param id the identifier; never null
 * @param name the organisation's name; never null or blank
 * @param contact the contact person's name, if recorded; never null
 * @param reason why it is involved, free text; never null or blank
 * @param members the family members it works with; never null
 * @param domains the life domains it works on; never null
 * @param since the date its involvement began; never null
 * @param until the date its involvement ended, if it has; never null, not before {@code since}
 */
public record InvolvedOrganisation(@NotNull OrganisationId id, @NotBlank @Size(max = 200) String name,
                                   Optional<@Size(max = 200) String> contact,
                                   @NotBlank @Size(max = 4000) String reason,
                                   List<@NotNull PersonId> members, List<@NotNull LifeDomainCode> domains,
                                   @NotNull LocalDate since, Optional<LocalDate> until) {

    /**
     * @throws NullPointerException if a required argument is null
     * @throws IllegalArgumentException if {@code name} or {@code reason} is blank
     * @throws ModelViolation with {@link ModelCodes#DATE_ORDER} if {@code until} is before {@code since}
     */
    public InvolvedOrganisation {
        Objects.requireNonNull(id, "id");
        Require.nonBlank(name, "name");
        contact = Require.optional(contact);
        Require.nonBlank(reason, "reason");
        members = Require.list(members);
        domains = Require.list(domains);
        Objects.requireNonNull(since, "since");
        until = Require.optional(until);
        if (until.isPresent() && until.get().isBefore(since)) {
            throw new ModelViolation(ModelCodes.DATE_ORDER, "/until");
        }
    }

    /** Whether the organisation is involved on {@code date}. */
    public boolean involvedOn(LocalDate date) {
        return !date.isBefore(since) && until.map(end -> !date.isAfter(end)).orElse(true);
    }

    /** This organisation with its involvement ended on {@code date}. */
    public InvolvedOrganisation endedOn(LocalDate date) {
        return new InvolvedOrganisation(id, name, contact, reason, members, domains, since, Optional.of(date));
    }

    /** The identifier only: names and free text never reach a log line through {@code toString}. */
    @Override
    public String toString() {
        return "InvolvedOrganisation[id=" + id + "]";
    }
}
