package nl.regiekit.casemodel;

import java.util.List;

/**
 * A vendor's own catalogue, as a provider supplies it (module {@code casefile} tests that
 * {@code RegiekitConfig.discover()} finds such a provider). Fictional organisation.
 */
public final class AcmeLifeDomainCatalogProvider implements LifeDomainCatalogProvider {

    /** The catalogue this provider supplies. */
    public static final LifeDomainCatalog ACME = new LifeDomainCatalog(LifeDomainCatalogId.of("acme:wijkteam"), "2",
        "Leefgebieden Wijkteam Acme", "Life domains of the Acme neighbourhood team", List.of(
            LifeDomain.of("money", "Geld", "Money"),
            LifeDomain.of("home", "Thuis", "Home"),
            LifeDomain.of("upbringing", "Opvoeding", "Upbringing")));

    /** Called by {@link java.util.ServiceLoader}. */
    public AcmeLifeDomainCatalogProvider() {
    }

    @Override
    public List<LifeDomainCatalog> catalogs() {
        return List.of(ACME);
    }
}
