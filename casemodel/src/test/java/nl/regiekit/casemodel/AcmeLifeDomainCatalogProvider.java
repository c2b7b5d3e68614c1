package nl.regiekit.casemodel;

import java.util.List;

/**
 * A vendor's own catalogue, declared in {@code META-INF/services} of the test class path so
 * that {@link LifeDomainCatalogs#load()} can be seen to find it. Fictional organisation.
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
