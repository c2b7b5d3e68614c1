package nl.regiekit.casemodel.finding;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import nl.regiekit.casemodel.Texts;

/**
 * The messages of findings and signals in any language, from the bundles named {@code findings}
 * ({@link Texts}): the bundles of every {@link FindingCatalog} ({@link FindingCatalog#messages}), and a
 * vendor's {@code regiekit/findings_LANG.properties} on the class path, which adds a language (Frisian,
 * Papiamento, Turkish, Arabic) or rewords a message without a release of Regiekit. A code no bundle
 * knows reads as its code. Each language is read once, on first use, and kept. The catalogues come from
 * the one static registry, {@link FindingCatalog#catalogs()}, whose Javadoc says why it is static rather
 * than part of an organisation's configuration. Thread-safe.
 */
public final class FindingMessages {

    private static final Texts TEXTS = new Texts("findings",
        language -> FindingCatalog.catalogs().stream().map(c -> c.messages(language)).toList());

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
        return BY_LANGUAGE.computeIfAbsent(Texts.language(locale), TEXTS::in).getOrDefault(code, code);
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
        return TEXTS.file(language);
    }
}
