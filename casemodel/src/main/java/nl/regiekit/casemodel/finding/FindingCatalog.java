package nl.regiekit.casemodel.finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The finding codes one module defines, found through {@link ServiceLoader} so that tools
 * (the rules catalogue, the command line) can list every code of every module present.
 */
public interface FindingCatalog {

    /** The codes of this catalogue; never null. */
    Collection<FindingCode> codes();

    /** Every code of every catalogue on the class path or module path, in load order. */
    static List<FindingCode> all() {
        List<FindingCode> codes = new ArrayList<>();
        ServiceLoader.load(FindingCatalog.class, FindingCatalog.class.getClassLoader())
            .forEach(catalog -> codes.addAll(catalog.codes()));
        return List.copyOf(codes);
    }
}
