package nl.regiekit.plan;

import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.OrganisationId;
import nl.regiekit.casemodel.PersonId;
import nl.regiekit.casemodel.ProfessionalId;
import nl.regiekit.casemodel.internal.Require;

/**
 * Who is responsible (verantwoordelijke): an involved organisation, a family member or a
 * professional of the team, exactly one of them. Immutable and thread-safe.
 *
 * @param organisation the organisation, if an organisation is responsible; never null
 * @param member the family member, if a member is responsible; never null
 * @param professional the professional of the team, if one is responsible; never null
 */
public record Responsible(Optional<OrganisationId> organisation, Optional<PersonId> member,
                          Optional<ProfessionalId> professional) {

    /** @throws IllegalArgumentException unless exactly one part is present */
    public Responsible {
        organisation = Require.optional(organisation);
        member = Require.optional(member);
        professional = Require.optional(professional);
        if ((organisation.isPresent() ? 1 : 0) + (member.isPresent() ? 1 : 0) + (professional.isPresent() ? 1 : 0) != 1) {
            throw new IllegalArgumentException("exactly one of organisation, member and professional");
        }
    }

    /** An organisation is responsible. */
    public static Responsible organisation(OrganisationId id) {
        return new Responsible(Optional.of(Objects.requireNonNull(id, "id")), Optional.empty(), Optional.empty());
    }

    /** A family member is responsible. */
    public static Responsible member(PersonId id) {
        return new Responsible(Optional.empty(), Optional.of(Objects.requireNonNull(id, "id")), Optional.empty());
    }

    /** A professional of the team is responsible. */
    public static Responsible professional(ProfessionalId id) {
        return new Responsible(Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(id, "id")));
    }

    /** The identifier of whoever is responsible, as text. */
    public String value() {
        return organisation.map(OrganisationId::value)
            .or(() -> member.map(PersonId::value))
            .orElseGet(() -> professional.orElseThrow().value());
    }
}
