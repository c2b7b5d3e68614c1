package nl.regiekit.balance;

import java.util.List;

/**
 * Supplies an organisation's own factor catalogues. Implement it, declare it with
 * {@code provides nl.regiekit.balance.FactorCatalogProvider with ...} (or a
 * {@code META-INF/services} file on the class path), and {@code RegiekitConfig.discover()}
 * (module {@code casefile}) finds it: the one place where providers are looked for.
 */
public interface FactorCatalogProvider {

    /** The catalogues this provider supplies; never null. */
    List<FactorCatalog> catalogs();
}
