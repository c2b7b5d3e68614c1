package nl.regiekit.casemodel.rules;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import nl.regiekit.casemodel.Case;
import nl.regiekit.casemodel.Criterion;
import nl.regiekit.casemodel.CriteriaSet;
import nl.regiekit.casemodel.InventoryEntry;
import nl.regiekit.casemodel.LawfulBasis;
import nl.regiekit.casemodel.LifeDomainCatalog;
import nl.regiekit.casemodel.LifeDomainCatalogs;
import nl.regiekit.casemodel.ProblemInventory;

/**
 * The admission criteria that can be derived from a case (method §3), so that the recorded ones can
 * be judged rather than only recorded: the organisations involved on the referral date (once any
 * organisation is registered), the life
 * domains with problems and a threatened eviction in the problem inventory, and a child protection
 * measure as a lawful basis of the case (once any consent or basis is registered). What the case does not tell (nuisance, resistance or
 * openness to help, indicated youth care, a justice framework, or the inventory's criteria before
 * there is one) is left out: not derivable is not "not met". The eviction is read from
 * {@link LifeDomainCatalogs#THREATENED_EVICTION}, when the case's catalogue names it.
 */
public final class ReferralCriteria {

    private ReferralCriteria() {
    }

    /**
     * Whether each derivable criterion holds for {@code subject} under {@code set}'s numbers; the
     * threatened eviction only when {@code catalog} names its problem on some domain.
     *
     * @throws NullPointerException if an argument is null
     */
    public static Map<Criterion, Boolean> derive(Case subject, CriteriaSet set, Optional<LifeDomainCatalog> catalog) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(catalog, "catalog");
        Map<Criterion, Boolean> derived = new EnumMap<>(Criterion.class);
        // Organisations and lawful bases are registered after the referral (at the introduction and in the
        // contact phase): before any is, nothing can be derived from them.
        if (!subject.organisations().isEmpty()) {
            long involved = subject.organisations().stream().filter(o -> o.involvedOn(subject.referral().date()))
                .count();
            derived.put(Criterion.THREE_OR_MORE_ORGANISATIONS, involved >= set.organisationsAtLeast());
        }
        if (!subject.consents().isEmpty()) {
            derived.put(Criterion.CHILD_PROTECTION_MEASURE, subject.consents().stream()
                .anyMatch(c -> c.basis() == LawfulBasis.CHILD_PROTECTION_MEASURE));
        }
        Optional<ProblemInventory> inventory = subject.outreachOrNone().inventory();
        if (inventory.isPresent()) {
            int domains = inventory.get().problemDomains().size();
            derived.put(Criterion.PROBLEMS_IN_TWO_OR_MORE_DOMAINS, domains >= set.domainsAtLeast());
            derived.put(Criterion.PROBLEMS_IN_FOUR_OR_MORE_DOMAINS, domains >= set.manyDomainsAtLeast());
            boolean named = catalog.filter(c -> c.domains().stream().anyMatch(d -> d.hasProblem(LifeDomainCatalogs.THREATENED_EVICTION)))
                .isPresent();
            if (named) {
                derived.put(Criterion.THREATENED_EVICTION, inventory.get().domains().stream()
                    .filter(InventoryEntry::problem).anyMatch(e -> e.problems().contains(LifeDomainCatalogs.THREATENED_EVICTION)));
            }
        }
        return derived;
    }
}
