package nl.regiekit.balance;

import java.util.List;

/** A fictional organisation's own factor catalogue, found through {@code META-INF/services} in the tests. */
public final class AcmeFactorCatalogProvider implements FactorCatalogProvider {

    /** The catalogue it supplies. */
    static final FactorCatalog ACME = new FactorCatalog(FactorCatalogId.of("acme:factors"), "2024.2",
        "Acme factoren", "Acme factors", List.of(
            Factor.of("gambling", FactorCategory.RISK_PARENT, 2, "Gokken", "Gambling"),
            Factor.of("mentor", FactorCategory.PROTECTIVE_ENVIRONMENT, 1, "Mentor", "Mentor")));

    @Override
    public List<FactorCatalog> catalogs() {
        return List.of(ACME);
    }
}
