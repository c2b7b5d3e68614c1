package nl.regiekit.casemodel.finding;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The finding codes one module defines, found through {@link ServiceLoader} so that tools
 * (the rules catalogue, the command line, the service's {@code GET /v1/codes}) can list every code of every
 * module present, and so that {@link FindingMessages} finds their messages. An organisation's own rules
 * come with a catalogue of their own, registered the same way.
 *
 * <p>{@link #catalogs()} is the one registry of finding catalogues, and it is static, loaded once per
 * JVM on first use, unlike everything an organisation configures ({@code RegiekitConfig}: policy,
 * life-domain and factor catalogues, instruments, rules, clock), which is built once and passed on. The
 * reason: a finding's code and message are facts of the modules on the class path, the same for every
 * organisation, and a message must resolve where no configuration is at hand, from
 * {@link Finding#message(java.util.Locale)} on a finding read back from JSON, in a log, in a test. What an
 * organisation may change about a code (switch it off, another severity) is in its policy's
 * {@link RuleSettings}; its wording is in its bundles, read by {@link FindingMessages} through
 * {@code nl.regiekit.casemodel.Texts}. Nothing else in the library looks finding catalogues up.
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

    /**
     * Every catalogue on the class path or module path, in load order: looked up once, on the first call,
     * and kept.
     *
     * @throws java.util.ServiceConfigurationError if a catalogue that is declared cannot be made
     */
    static List<FindingCatalog> catalogs() {
        return LoadedCatalogs.CATALOGS;
    }
}
