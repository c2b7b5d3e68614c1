package nl.regiekit.casemodel.finding;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The finding codes one module defines, found through {@link ServiceLoader} so that tools
 * (the rules catalogue, the command line) can list every code of every module present, and so that
 * {@link FindingMessages} finds their messages. An organisation's own rules come with a catalogue of
 * their own, registered the same way.
 */
public interface FindingCatalog {

    /** The codes of this catalogue; never null. */
    Collection<FindingCode> codes();

    /**
     * The messages of this catalogue's codes in one language, as a properties file in UTF-8 (code =
     * template), or null if the catalogue has none in that language. The library's catalogues keep
     * {@code findings.properties} (Dutch, which every code has) and {@code findings_en.properties}
     * beside their class, and read them with {@code getClass().getResourceAsStream(...)}: that call must
     * be made from the catalogue's own module, which may read its own resources.
     *
     * @param language an ISO 639 language code such as {@code en}, or {@code ""} for Dutch, the base
     */
    InputStream messages(String language);

    /** Every code of every catalogue on the class path or module path, in load order. */
    static List<FindingCode> all() {
        List<FindingCode> codes = new ArrayList<>();
        catalogs().forEach(catalog -> codes.addAll(catalog.codes()));
        return List.copyOf(codes);
    }

    /** Every catalogue on the class path or module path, in load order. */
    static List<FindingCatalog> catalogs() {
        List<FindingCatalog> catalogs = new ArrayList<>();
        ServiceLoader.load(FindingCatalog.class, FindingCatalog.class.getClassLoader()).forEach(catalogs::add);
        return List.copyOf(catalogs);
    }
}
