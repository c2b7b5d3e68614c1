package nl.regiekit.casemodel.finding;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of findings and signals in any language, from resource bundles: the message of a code is
 * looked up, first to last, in
 * <ol>
 *   <li>a vendor's bundle for the language, {@code regiekit/findings_LANG.properties} on the class path;</li>
 *   <li>the bundle of the code's {@link FindingCatalog} for the language ({@link FindingCatalog#messages});</li>
 *   <li>a vendor's base bundle, {@code regiekit/findings.properties} on the class path (its rewording in
 *       Dutch);</li>
 *   <li>the catalogue's base bundle, Dutch, which holds every code of the library.</li>
 * </ol>
 * So a vendor adds Frisian, Papiamento, Turkish or Arabic with one file {@code regiekit/findings_fy.properties}
 * (code = template, UTF-8) in a jar on the class path, or rewords one message for its users, without a
 * release of Regiekit; a code no bundle knows reads as its code. A vendor's bundle is found through the
 * thread's context class loader; it must be in a jar on the class path (a named module encapsulates
 * it). Each language is read once, on first use, and kept. Thread-safe.
 */
public final class FindingMessages {

    /** The base name of a vendor's bundle, a class-path resource: {@code regiekit/findings_LANG.properties}. */
    public static final String VENDOR = "regiekit/findings";

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private FindingMessages() {
    }

    /**
     * The template of {@code code} in the language of {@code locale}, placeholders unfilled; the code
     * itself if no bundle has it.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String template(String code, Locale locale) {
        Objects.requireNonNull(code, "code");
        return BY_LANGUAGE.computeIfAbsent(language(locale), FindingMessages::load).getOrDefault(code, code);
    }

    /**
     * The message of {@code code} in the language of {@code locale}, with {@code {i}} replaced by the
     * i-th of {@code values}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static String message(String code, Locale locale, List<String> values) {
        String text = template(code, locale);
        for (int i = 0; i < values.size(); i++) {
            text = text.replace("{" + i + "}", values.get(i));
        }
        return text;
    }

    /**
     * The file name of a catalogue's bundle in {@code language}: {@code findings.properties} for the
     * Dutch base ({@code ""}), {@code findings_en.properties} for English.
     *
     * @throws NullPointerException if {@code language} is null
     */
    public static String file(String language) {
        return "findings" + (language.isEmpty() ? "" : "_" + language) + ".properties";
    }

    /** The language of {@code locale} as bundles name it: {@code ""} for Dutch, the base. */
    private static String language(Locale locale) {
        String language = locale.getLanguage();
        return language.equals("nl") ? "" : language;
    }

    private static Map<String, String> load(String language) {
        Map<String, String> templates = new HashMap<>();
        List<FindingCatalog> catalogs = FindingCatalog.catalogs();
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
            ? Thread.currentThread().getContextClassLoader() : FindingMessages.class.getClassLoader();
        catalogs.forEach(c -> read(c.messages(""), templates));
        read(loader.getResourceAsStream(VENDOR + ".properties"), templates);
        if (!language.isEmpty()) {
            catalogs.forEach(c -> read(c.messages(language), templates));
            read(loader.getResourceAsStream(VENDOR + "_" + language + ".properties"), templates);
        }
        return Map.copyOf(templates);
    }

    private static void read(InputStream in, Map<String, String> templates) {
        if (in == null) {
            return;
        }
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("a bundle of finding messages cannot be read", e);
        }
        properties.forEach((code, template) -> templates.put((String) code, (String) template));
    }
}
