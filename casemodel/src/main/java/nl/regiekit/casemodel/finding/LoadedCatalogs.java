package nl.regiekit.casemodel.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The finding catalogues of {@link FindingCatalog#catalogs()}, looked up through {@link ServiceLoader} when
 * this class is first used: the JVM initialises it once, thread-safe.
 */
final class LoadedCatalogs {

    static final List<FindingCatalog> CATALOGS = load();

    private LoadedCatalogs() {
    }

    private static List<FindingCatalog> load() {
        List<FindingCatalog> catalogs = new ArrayList<>();
        ServiceLoader.load(FindingCatalog.class, FindingCatalog.class.getClassLoader()).forEach(catalogs::add);
        return List.copyOf(catalogs);
    }
}
