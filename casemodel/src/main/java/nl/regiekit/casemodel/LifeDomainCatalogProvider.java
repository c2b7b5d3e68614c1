package nl.regiekit.casemodel;

import java.util.List;

/**
 * Supplies an organisation's own life-domain catalogues. Implement it, declare it with
 * {@code provides nl.regiekit.casemodel.LifeDomainCatalogProvider with ...} (or a
 * {@code META-INF/services} file on the class path), and {@link LifeDomainCatalogs#load()}
 * finds it.
 */
public interface LifeDomainCatalogProvider {

    /** The catalogues this provider supplies; never null. */
    List<LifeDomainCatalog> catalogs();
}
