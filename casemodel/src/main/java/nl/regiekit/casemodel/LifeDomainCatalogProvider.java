package nl.regiekit.casemodel;

import java.util.List;

/**
 * Supplies an organisation's own life-domain catalogues. Implement it, declare it with
 * {@code provides nl.regiekit.casemodel.LifeDomainCatalogProvider with ...} (or a
 * {@code META-INF/services} file on the class path), and {@code RegiekitConfig.discover()}
 * (module {@code casefile}) finds it: the one place where providers are looked for.
 */
public interface LifeDomainCatalogProvider {

    /** The catalogues this provider supplies; never null. */
    List<LifeDomainCatalog> catalogs();
}
