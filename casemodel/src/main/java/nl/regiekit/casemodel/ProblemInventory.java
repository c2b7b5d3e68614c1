package nl.regiekit.casemodel;

import jakarta.validation.Valid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.regiekit.casemodel.finding.ModelViolation;
import nl.regiekit.casemodel.internal.Require;

/**
 * The problem inventory per life domain (probleeminventarisatie, method §4 phase 2), drawn up in
 * the contact phase before there is a plan: the contact phase ends when it is complete and case
 * manager and family (provisionally) agree on it. Immutable and thread-safe.
 *
 * <p>Invariant: each life domain appears at most once.
 *
 * @param domains the life domains inventoried; never null
 * @param agreed the date case manager and family agreed on it, once they did; never null
 */
public record ProblemInventory(List<@Valid InventoryEntry> domains, Optional<LocalDate> agreed) {

    /**
     * @throws NullPointerException if a list element is null
     * @throws ModelViolation if a life domain appears twice
     */
    public ProblemInventory {
        domains = Require.list(domains);
        agreed = Require.optional(agreed);
        Require.uniqueKeys(domains, InventoryEntry::domain, "domains", "domain");
    }

    /** The life domains of {@code catalog} this inventory leaves out, in catalogue order. */
    public List<LifeDomainCode> missing(LifeDomainCatalog catalog) {
        Set<LifeDomainCode> done = domains.stream().map(InventoryEntry::domain).collect(Collectors.toSet());
        return catalog.domains().stream().map(LifeDomain::code).filter(c -> !done.contains(c)).toList();
    }

    /** Whether it covers every life domain of {@code catalog} and was agreed on or before {@code date}. */
    public boolean completeOn(LifeDomainCatalog catalog, LocalDate date) {
        return missing(catalog).isEmpty() && agreed.filter(d -> !d.isAfter(date)).isPresent();
    }

    /** The life domains with problems, in inventory order. */
    public List<LifeDomainCode> problemDomains() {
        return domains.stream().filter(InventoryEntry::problem).map(InventoryEntry::domain).toList();
    }

    /** This inventory agreed with the family on {@code date}. */
    public ProblemInventory agreedOn(LocalDate date) {
        return new ProblemInventory(domains, Optional.of(date));
    }
}
