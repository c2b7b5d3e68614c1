package nl.regiekit.casemodel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.internal.Require;

/**
 * A recorded exchange of information about the family with an organisation: one of the
 * critical moments that the method asks to register (method §7, §11). It needs a consent or
 * other lawful basis covering every member and life domain it concerns. Immutable and
 * thread-safe.
 *
 * @param date the date; never null
 * @param organisation the organisation information was gathered from or shared with; never null
 * @param about the members it was about; never null or empty
 * @param domains the life domains it concerned; never null or empty
 * @param direction whether information was received from or given to the organisation, if recorded; never null
 */
public record InformationExchange(@NotNull LocalDate date, @NotNull OrganisationId organisation,
                                  @Size(min = 1) List<@NotNull PersonId> about,
                                  @Size(min = 1) List<@NotNull LifeDomainCode> domains,
                                  Optional<ExchangeDirection> direction) {

    /**
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code about} or {@code domains} is empty
     */
    public InformationExchange {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(organisation, "organisation");
        about = Require.list(about);
        domains = Require.list(domains);
        direction = Require.optional(direction);
        if (about.isEmpty() || domains.isEmpty()) {
            throw new IllegalArgumentException("an exchange is about at least one member and one domain");
        }
    }

    /**
     * An exchange without its direction recorded.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code about} or {@code domains} is empty
     */
    public InformationExchange(LocalDate date, OrganisationId organisation, List<PersonId> about,
                               List<LifeDomainCode> domains) {
        this(date, organisation, about, domains, Optional.empty());
    }
}
